import Foundation

/// One of the files a register keeps (the register itself, its logs, its key, its stamp), which nothing but the
/// register may write: a front end refuses to write an output file over any of them.
public struct RegisterOwnFile: Sendable, Equatable {
    /// What a register's file is for.
    public enum Role: Sendable, Equatable, CaseIterable {
        /// The register itself.
        case register
        /// Its write-ahead log.
        case writeAheadLog
        /// The shared-memory index of its write-ahead log.
        case sharedMemory
        /// Its rollback journal.
        case rollbackJournal
        /// Its identity-code key file.
        case identityKey
        /// Its integrity stamp.
        case integrityStamp
    }

    /// The file's path.
    public var path: String
    /// What it is.
    public var role: Role

    /// Creates the entry.
    public init(path: String, role: Role) {
        self.path = path
        self.role = role
    }
}
