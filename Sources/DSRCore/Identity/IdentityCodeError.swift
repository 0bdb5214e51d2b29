import Foundation

/// Why an identity code cannot be protected or matched. Messages name the key file, never a code.
public enum IdentityCodeError: LocalizedErrorWithCategory, Sendable, Equatable {
    /// The key file cannot be read, created, or is not a key file.
    case keyUnreadable(path: String, reason: String)
    /// The register recorded a key (or holds codes sealed under one), but its key file is not there.
    case keyMissing(path: String)
    /// The key file is not the key the register recorded (or does not open its codes).
    case keyMismatch(path: String)
    /// A key rotation re-sealed the codes and recorded the new key, but stopped before putting it in place: the new
    /// key is in the file at `pending`, to be moved to `path`.
    case rotationUnfinished(path: String, pending: String)
    /// The register has no key yet; one must be created first.
    case noKey(path: String)
    /// The register already has a key (or a key file is already at its path); dsr never replaces a key.
    case keyExists(path: String)
    /// Encryption failed.
    case cannotSeal
    /// A sealed code does not open under this key (another register's key, or a changed value).
    case cannotOpen

    /// A key that exists already is refused by the rule that no command replaces a key (exit 1); every other
    /// identity-code failure is a storage failure (exit 74).
    public var category: ErrorCategory {
        switch self {
        case .keyExists: .ruleViolation
        case .keyUnreadable, .keyMissing, .keyMismatch, .rotationUnfinished, .noKey, .cannotSeal, .cannotOpen: .storage
        }
    }

    /// What went wrong and what to do, in domain words (the command line's wording, with its `key` commands, is in
    /// `Sources/dsr/Support/Wording/IdentityCodeError+CommandLine.swift`).
    public var errorDescription: String? {
        switch self {
        case .keyUnreadable(let path, let reason):
            "the identity-code key file \(path) is not usable: \(reason). Restore it from where you keep its copy "
                + "(it is not in register backups); without it, stored identity codes can be neither matched nor opened."
        case .keyMissing(let path):
            "the identity-code key file \(path) is missing, but this register has a key (its fingerprint is recorded "
                + "in the hash chain); nothing was changed. Without it, stored identity codes can be neither matched nor "
                + "opened. Restore the file from your backup of the key (cp BACKUP \(path); chmod 600 \(path)); see "
                + "docs/security.md, Key handling."
        case .keyMismatch(let path):
            "the identity-code key file \(path) is not this register's key (its fingerprint differs from the one "
                + "recorded in the hash chain); nothing was changed. Put the register's own key back from your backup "
                + "of it (cp BACKUP \(path); chmod 600 \(path)); see docs/security.md, Key handling."
        case .cannotSeal:
            "the identity code could not be encrypted; nothing was stored. Try again, and report it if it persists."
        case .cannotOpen:
            "a stored identity code does not open with this register's key file; it was sealed under another key or changed."
        case .rotationUnfinished(let path, let pending):
            "the key rotation stopped after re-sealing the identity codes under the new key, before putting that key in "
                + "place: it is in \(pending); nothing was changed. Finish the rotation: mv \(pending) \(path)"
        case .noKey(let path):
            "this register has no identity-code key yet; nothing was changed. Create the register's key (it will "
                + "be \(path)), keep a copy of it, and try again."
        case .keyExists(let path):
            "the register already has an identity-code key (\(path)); a key is never replaced by creating another, and "
                + "nothing was changed. To replace it, re-sealing every stored code, rotate the key."
        }
    }
}
