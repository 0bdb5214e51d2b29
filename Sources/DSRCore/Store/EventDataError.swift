import Foundation

/// Data shown from the hash chain cannot be shown as it must be: the command stops instead of showing something
/// else. Messages never contain the data.
///
/// (Writing cannot fail: every value dsr writes into the chain writes its own canonical JSON, see ``CanonicalJSON``.)
public enum EventDataError: LocalizedErrorWithCategory, Sendable, Equatable {
    /// A stored JSON text that names an identity code cannot be read or written back, so the code cannot be masked:
    /// the text is not shown at all.
    case cannotMaskIdentityCode

    /// Stored data that cannot be read is a storage failure (74).
    public var category: ErrorCategory {
        switch self {
        case .cannotMaskIdentityCode: .storage
        }
    }

    /// What happened and what to do, in the register's terms (the tool names its audit command; see its wording).
    public var errorDescription: String? {
        switch self {
        case .cannotMaskIdentityCode:
            "stored data that names an identity code cannot be read, so it is not shown (the code could not be "
                + "masked); verify the register's hash chain."
        }
    }
}
