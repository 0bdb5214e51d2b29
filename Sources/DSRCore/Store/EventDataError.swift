import Foundation

/// Data that must be written into the hash chain, or shown from it, cannot be: the command stops instead of writing
/// or showing something else. Messages name the type involved, never the data.
public enum EventDataError: LocalizedErrorWithCategory, Sendable, Equatable {
    /// A value cannot be written as canonical JSON (for example a floating-point NaN): no event is written, rather
    /// than an event whose data says nothing (`{}`) chained for ever.
    case cannotEncode(type: String)
    /// A stored JSON text that names an identity code cannot be read or written back, so the code cannot be masked:
    /// the text is not shown at all.
    case cannotMaskIdentityCode

    /// Data that cannot be encoded is invalid (exit 65); stored data that cannot be read is a storage failure (74).
    public var category: ErrorCategory {
        switch self {
        case .cannotEncode: .invalidData
        case .cannotMaskIdentityCode: .storage
        }
    }

    /// What happened and what to do, in the register's terms (the tool names its audit command; see its wording).
    public var errorDescription: String? {
        switch self {
        case .cannotEncode(let type):
            "a value of type \(type) cannot be written as canonical JSON, so no event was written; nothing was changed."
        case .cannotMaskIdentityCode:
            "stored data that names an identity code cannot be read, so it is not shown (the code could not be "
                + "masked); verify the register's hash chain."
        }
    }
}
