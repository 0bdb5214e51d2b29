import Foundation
import DSRCore

/// Why anchors to check the register against cannot be read. Messages name files and line numbers only, never the
/// text that was given.
public enum ChainAnchorError: LocalizedErrorWithCategory, Sendable, Equatable {
    /// A line given with `--anchor`, or a line of a file (`line`, from 1, or `nil` for the file as a whole), is not
    /// an anchor line.
    case malformed(source: String, line: Int?)
    /// Nothing is at the path given.
    case missing(path: String)
    /// The file or folder cannot be read.
    case unreadable(path: String)
    /// The folder holds no `.anchor` file.
    case noAnchorFiles(folder: String)

    /// A malformed anchor is invalid data (exit 65); a missing file or an empty folder is not found (66); an
    /// unreadable one is storage (74).
    public var category: ErrorCategory {
        switch self {
        case .malformed: .invalidData
        case .missing, .noAnchorFiles: .notFound
        case .unreadable: .storage
        }
    }

    /// What is wrong and what to do.
    public var errorDescription: String? {
        let format = "'\(ChainAnchor.prefix) events=N head=HEX' (HEX: 64 lowercase hexadecimal digits)"
        switch self {
        case .malformed(let source, nil):
            return "\(source) holds no anchor line; an anchor is one line \(format), as 'dsr audit anchor' and "
                + "'dsr backup' write it."
        case .malformed(let source, let line?):
            return "line \(line) of \(source) is not an anchor line; an anchor is one line \(format), as "
                + "'dsr audit anchor' and 'dsr backup' write it."
        case .missing(let path):
            return "there is no anchor file or folder at \(path); check the path."
        case .unreadable(let path):
            return "\(path) cannot be read; check its permissions."
        case .noAnchorFiles(let folder):
            return "the folder \(folder) holds no .anchor file; give the file a backup's anchor was kept in "
                + "(BACKUP.anchor), or the folder of the backups."
        }
    }
}
