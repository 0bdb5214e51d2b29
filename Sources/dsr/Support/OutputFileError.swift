import DSRCore
import Foundation

/// Why dsr did not write a file it was told to write. Messages name the path the officer gave, never its contents.
enum OutputFileError: LocalizedErrorWithCategory, Equatable {
    /// A file is already there and `--force` was not given (exit 73).
    case exists(path: String)
    /// The path is one of the register's own files, which dsr never writes over (exit 73).
    case protected(path: String, what: String)
    /// Something other than a regular file is there: a symbolic link, FIFO, device, socket or folder (exit 73).
    case notRegularFile(path: String, kind: String)
    /// The file cannot be created there: no such folder, no permission, a read-only file system (exit 73).
    case cannotCreate(path: String, reason: String)
    /// Writing or syncing the file failed, for example on a full disk; nothing was put at the path (exit 74).
    case cannotWrite(path: String, reason: String)

    var category: ErrorCategory {
        switch self {
        case .exists, .protected, .notRegularFile, .cannotCreate: .cannotCreate
        case .cannotWrite: .storage
        }
    }

    var errorDescription: String? {
        switch self {
        case .exists(let path):
            "\(path) already exists; it was left as it is. Give --force to replace it, or choose another path."
        case .protected(let path, let what):
            "\(path) is \(what); dsr never writes over it, not even with --force. Choose another path."
        case .notRegularFile(let path, let kind):
            "\(path) is \(kind), not a regular file; dsr replaces only regular files, not even with --force. "
                + "Choose another path."
        case .cannotCreate(let path, let reason):
            "cannot create \(path): \(reason); check that its folder exists and that you may write in it."
        case .cannotWrite(let path, let reason):
            "cannot write \(path): \(reason); nothing was put there. Check the disk and run the command again."
        }
    }
}
