import DSRCore
import Foundation

extension CaseService {
    /// Copies the register to a backup, verifies the copy (replaying every case through its workflow) and keeps it
    /// with its anchor.
    /// - Throws: ``BackupError`` if something is in the way, cannot be written, or the copy does not verify;
    ///   ``StoreError`` if the copy fails.
    public func backup(_ command: BackupRegister) async throws -> BackupMade {
        try await storage.backup(to: command.destination, replacing: command.replacing, workflows: workflows)
    }

    /// Replaces the register kept at `register` with a backup, once the backup verifies (every case replayed through
    /// `workflows`); a register replaced is kept beside it, named with the time `now`. The register is not
    /// opened as a service first: it may be missing, or damaged, which is why it is being restored.
    /// - Throws: ``BackupError`` if the backup is missing or does not verify, or a register is there and the command
    ///   does not replace it; ``StoreError`` if the backup is not a register. Nothing is replaced then.
    public static func restore(
        _ command: RestoreRegister, into register: any RegisterRestoring,
        workflows: WorkflowCatalog, now: Date
    ) async throws -> RestoreOutcome {
        try await register.restore(
            from: command.source, replacing: command.replacing, workflows: workflows,
            now: now)
    }
}
