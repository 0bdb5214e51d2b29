import DSRCore
import Foundation

/// A privacy notice in which no controller details were recognised, with no name given and no field kept: there is
/// nothing to import, and nothing was stored.
public struct NoticeNotRecognised: LocalizedErrorWithCategory, Sendable, Equatable {
    /// Creates the error.
    public init() {}

    /// The notice's content is invalid data (exit 65).
    public var category: ErrorCategory { .invalidData }

    /// What was wrong, in domain words.
    public var errorDescription: String? {
        "no controller details were recognised in the privacy notice, so no profile was stored."
    }
}
