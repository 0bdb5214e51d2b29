import DSRCore
import Foundation

extension SQLiteStore: BackupStorage {
    /// Copies and verifies the register (``backup(to:replacing:workflows:)``, with the copy's file check overlapping
    /// its walk) on the store's executor, and says where
    /// the anchor was kept (``anchorPath(forBackup:)``) and where the register's key file is, if it has one.
    public func backup(to destination: String, replacing: Bool, workflows: WorkflowCatalog?) async throws
        -> BackupMade
    {
        let report = try await backupOverlapping(to: destination, replacing: replacing, workflows: workflows)
        let key = path.map(IdentityCodeKey.path(forRegister:))
        return BackupMade(
            report: report, anchorLocation: report.anchor.map { _ in Self.anchorPath(forBackup: destination) },
            identityKeyLocation: key.flatMap { FileManager.default.fileExists(atPath: $0) ? $0 : nil })
    }
}
