import Foundation
import GRDB

/// SQLite's `quick_check` of a register file on a second, read-only connection, which the asynchronous
/// `verifyChain` (``AuditStorage``) runs as a second job on the store's executor while the walk of the register runs
/// on the first connection (the check reads the whole file; on two cores the two overlap).
///
/// The check sees the file as committed when it starts, which is the walk's snapshot unless another process
/// commits in between; either way it tests that the file is sound. If the second connection cannot be opened or the
/// check fails to run, ``run(path:)`` returns `nil` and the caller runs the check on its own connection, as before.
enum IntegrityCheck {
    /// Runs the check of the register at `path` on a connection of its own, and returns its lines (`ok` when the
    /// file is sound), or `nil` if it could not run.
    static func run(path: String) -> [String]? {
        do {
            let sqlitePath = RegisterFile(path: path).access().sqlitePath(for: path)
            let queue = try DatabaseQueue(path: sqlitePath, configuration: SQLiteStore.configuration(readonly: true))
            defer { try? queue.close() }
            return try queue.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check") }
        } catch {
            return nil
        }
    }
}
