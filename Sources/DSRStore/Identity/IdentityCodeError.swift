import DSRCore
import Foundation

/// Why an identity code cannot be protected or matched. Messages name the key file, never a code.
public enum IdentityCodeError: LocalizedErrorWithCategory, Sendable, Equatable {
    /// The key file cannot be read, created, or is not a key file.
    case keyUnreadable(path: String, reason: String)
    /// Encryption failed.
    case cannotSeal
    /// A sealed code does not open under this key (another register's key, or a changed value).
    case cannotOpen

    /// Every identity-code failure is a storage failure (exit 74).
    public var category: ErrorCategory { .storage }

    /// What went wrong and what to do.
    public var errorDescription: String? {
        switch self {
        case .keyUnreadable(let path, let reason):
            "the identity-code key file \(path) is not usable: \(reason). Restore it from where you keep its copy "
                + "(it is not in register backups); without it, stored identity codes can be neither matched nor opened."
        case .cannotSeal:
            "the identity code could not be encrypted; nothing was stored. Try again, and report it if it persists."
        case .cannotOpen:
            "a stored identity code does not open with this register's key file; it was sealed under another key or changed."
        }
    }
}
