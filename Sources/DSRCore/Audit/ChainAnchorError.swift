import Foundation

/// Why anchors to check the register against cannot be read. Messages name files and line numbers only, never the
/// text that was given.
public enum ChainAnchorError: LocalizedErrorWithCategory, Sendable, Equatable {
    /// An anchor line given as text (`path` `nil`), or a line of a file (`line`, from 1, or `nil` for the file as a
    /// whole), is not an anchor line.
    case malformed(path: String?, line: Int?)
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

    /// The form an anchor line takes, for the messages.
    public static let lineFormat = "'\(ChainAnchor.prefix) events=N head=HEX' (HEX: 64 lowercase hexadecimal digits)"

    /// What is wrong, in the register's words (a front end adds how to make an anchor).
    public var errorDescription: String? {
        switch self {
        case .malformed(nil, _):
            "the anchor given is not an anchor line; an anchor is one line \(Self.lineFormat)."
        case .malformed(let path?, nil):
            "\(path) holds no anchor line; an anchor is one line \(Self.lineFormat)."
        case .malformed(let path?, let line?):
            "line \(line) of \(path) is not an anchor line; an anchor is one line \(Self.lineFormat)."
        case .missing(let path):
            "there is no anchor file or folder at \(path); check the path."
        case .unreadable(let path):
            "\(path) cannot be read; check its permissions."
        case .noAnchorFiles(let folder):
            "the folder \(folder) holds no .anchor file; give the file a backup's anchor was kept in "
                + "(BACKUP.anchor), or the folder of the backups."
        }
    }
}
