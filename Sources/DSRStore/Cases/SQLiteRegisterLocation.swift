import DSRCore
import Foundation

/// The path of an SQLite register file, which a backup can replace whether a register is there or not
/// (``SQLiteStore/restore(from:to:replacing:workflows:now:)``).
public struct SQLiteRegisterLocation: RegisterRestoring {
    /// The register's path.
    public let path: String

    /// The register at `path`.
    public init(path: String) {
        self.path = path
    }

    /// Replaces the register at ``path`` with the verified backup (``SQLiteStore/restore(from:to:replacing:workflows:now:)``,
    /// with the backup's file check overlapping its walk), on the store's executor.
    public func restore(from source: String, replacing: Bool, workflows: WorkflowCatalog?, now: Date) async throws
        -> RestoreOutcome
    {
        try await SQLiteStore.restoreOverlapping(
            from: source, to: path, replacing: replacing, workflows: workflows,
            now: now)
    }

    /// The register's own files, which no output may replace: the database, the companions SQLite keeps beside it
    /// (``PrivateFile/companions``), the identity-code key file and the integrity stamp.
    public static func ownFiles(ofRegister path: String) -> [RegisterOwnFile] {
        let companions: [String: RegisterOwnFile.Role] = [
            "-wal": .writeAheadLog, "-shm": .sharedMemory,
            "-journal": .rollbackJournal,
        ]
        return [RegisterOwnFile(path: path, role: .register)]
            + PrivateFile.companions.compactMap { suffix in
                companions[suffix].map { RegisterOwnFile(path: path + suffix, role: $0) }
            }
            + [
                RegisterOwnFile(path: IdentityCodeKey.path(forRegister: path), role: .identityKey),
                RegisterOwnFile(path: IntegrityStamp.path(forRegister: path), role: .integrityStamp),
            ]
    }
}
