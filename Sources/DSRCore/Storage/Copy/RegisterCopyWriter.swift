/// What writes a portable register file (an SQLite register) from another store's contents: a backup of a register
/// that is not a file itself (a PostgreSQL register's `dsr backup`). DSRStore provides it; the composition root hands
/// it to the store that needs it, so that no store depends on another.
public protocol RegisterCopyWriter: Sendable {
    /// Copies `source` into a new register file at `destination`, verifies the file (with `workflows`, each case also
    /// replayed; its head must be the source's snapshot's), and only then puts it at `destination` with its anchor
    /// beside it, as ``BackupStorage/backup(to:replacing:workflows:)`` does.
    /// - Parameter identityKeyLocation: Where the source register's key file is, if it has one, for the result.
    /// - Throws: ``BackupError`` as ``BackupStorage/backup(to:replacing:workflows:)``; ``StoreError`` if a store fails.
    func writeRegister(
        copying source: any RegisterCopySource, to destination: String, replacing: Bool,
        workflows: WorkflowCatalog?, identityKeyLocation: String?
    ) async throws -> BackupMade
}
