import Foundation

/// Why the curated supervisory-authority data compiled into dsr cannot be used.
public enum SupervisoryAuthorityError: LocalizedErrorWithCategory, Sendable, Equatable {
    /// The data file was not compiled into dsr.
    case missing(file: String)
    /// The data file is not valid JSON or lacks a field.
    case malformed(file: String, detail: String)

    /// The data is a build defect: invalid data (exit 65).
    public var category: ErrorCategory { .invalidData }

    /// What went wrong and what to do.
    public var errorDescription: String? {
        switch self {
        case .missing(let file):
            "The supervisory authority's details (Sources/DSRCore/Data/\(file)) are not compiled into dsr; restore the file and rebuild dsr."
        case .malformed(let file, let detail):
            "The supervisory authority's details in Sources/DSRCore/Data/\(file) are malformed: \(detail); fix the file and rebuild dsr."
        }
    }
}
