import Foundation

/// Why a backup or a restore did not happen. Messages name files, event numbers and case numbers only.
public enum BackupError: LocalizedErrorWithCategory, Sendable, Equatable {
    /// Something is already at the path, and replacing it was not asked for.
    case destinationExists(path: String, isRegister: Bool)
    /// There is no file to restore from.
    case sourceMissing(path: String)
    /// The file to restore does not verify; nothing was replaced.
    case sourceDoesNotVerify(path: String, problems: Int, first: String)
    /// The backup was written, but the register it copies does not verify.
    case copyDoesNotVerify(path: String, problems: Int, first: String)
    /// A file cannot be written.
    case cannotWrite(path: String, reason: String)

    /// A file in the way cannot be created over (73); a source or copy that does not verify is a rule violation (1);
    /// a missing source is not found (66); a failed write is storage (74).
    public var category: ErrorCategory {
        switch self {
        case .destinationExists: .cannotCreate
        case .sourceDoesNotVerify, .copyDoesNotVerify: .ruleViolation
        case .sourceMissing: .notFound
        case .cannotWrite: .storage
        }
    }

    /// What happened, in the register's words (a front end adds the command or option to use).
    public var errorDescription: String? {
        switch self {
        case .destinationExists(let path, true):
            "a register is already at \(path); it was left as it is. Replace it (it is then kept beside it as a "
                + ".replaced-… file), or choose another path."
        case .destinationExists(let path, false):
            "\(path) already exists; it was left as it is. Choose another path, or replace it."
        case .sourceMissing(let path):
            "there is no backup at \(path); check the path."
        case .sourceDoesNotVerify(let path, let problems, let first):
            "the backup \(path) does not verify (\(problems) problem(s); first: \(first)); nothing was replaced. "
                + "Restore another backup, or verify this one for the details."
        case .copyDoesNotVerify(let path, let problems, let first):
            "the backup was written to \(path), but the register does not verify (\(problems) problem(s); first: "
                + "\(first)). Keep the backup, and verify the register for the details."
        case .cannotWrite(let path, let reason):
            "cannot write \(path): \(reason); check the folder and its permissions."
        }
    }
}
