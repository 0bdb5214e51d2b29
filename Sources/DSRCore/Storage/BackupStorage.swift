import Foundation

/// The register's backups, as the service layer sees it: a consistent, verified copy made while others may write.
public protocol BackupStorage: Sendable {
    /// Copies the register to `destination` as one consistent snapshot, verifies the copy (with `workflows`, each
    /// case also replayed) and only then puts it at `destination` with its anchor (its head, ``ChainAnchor``) kept
    /// beside it, both private to their owner.
    /// - Returns: The copy's verification, where its anchor was kept and where the register's key is (the backup
    ///   does not hold it).
    /// - Throws: ``BackupError`` if `destination` or its anchor exists and `replacing` is false, cannot be written,
    ///   or the copy does not verify (it is then kept, without an anchor); ``StoreError`` if the copy fails.
    func backup(to destination: String, replacing: Bool, workflows: WorkflowCatalog?) async throws -> BackupMade
}
