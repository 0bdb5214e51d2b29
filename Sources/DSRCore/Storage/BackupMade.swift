import Foundation

/// What a backup did: the verification of the copy and where its anchor and the register's key are.
public struct BackupMade: Sendable, Equatable {
    /// The verification of the copy, with its head.
    public var report: ChainReport
    /// Where the backup's anchor (its head, ``ChainAnchor``) was kept beside it, or `nil` if none was written.
    public var anchorLocation: String?
    /// Where the register's identity-code key is, if it has one there: a backup does not hold it, so it must be
    /// kept apart from the backups.
    public var identityKeyLocation: String?

    /// Creates the result.
    public init(report: ChainReport, anchorLocation: String?, identityKeyLocation: String?) {
        self.report = report
        self.anchorLocation = anchorLocation
        self.identityKeyLocation = identityKeyLocation
    }
}
