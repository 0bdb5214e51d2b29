import Foundation

/// A place a register is kept, which a backup can replace: it need not hold a register yet, nor a sound one, so it is
/// not opened as ``CaseStorage`` (DSRStore: `SQLiteRegisterLocation`, a register file's path).
public protocol RegisterRestoring: Sendable {
    /// Replaces the register with a copy of the backup at `source` once the copy verifies (with `workflows`, each
    /// case also replayed); a register that is replaced is kept beside it, named with the time `now`.
    /// - Returns: The restored register's verification, where the replaced one was kept, and where its key belongs.
    /// - Throws: ``BackupError`` if `source` is missing or does not verify, or a register is there and `replacing`
    ///   is false; ``StoreError`` if `source` is not a register or the copy fails. Nothing is replaced then.
    func restore(from source: String, replacing: Bool, workflows: WorkflowCatalog?, now: Date) async throws
        -> RestoreOutcome
}
