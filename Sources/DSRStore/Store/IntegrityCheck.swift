import Foundation
import GRDB

/// SQLite's `quick_check` of a register file, run on a second, read-only connection on another thread while
/// `dsr audit verify` walks the register on the first (the check reads the whole file; on two cores the two
/// overlap).
///
/// The check sees the file as committed when it starts, which is the walk's snapshot unless another process
/// commits in between; either way it tests that the file is sound. If the second connection cannot be opened or the
/// check fails to run, ``result()`` returns `nil` and the caller runs the check on its own connection, as before.
final class IntegrityCheck: @unchecked Sendable {
    /// The register's file.
    private let path: String
    /// Signalled when the check is done.
    private let done = DispatchSemaphore(value: 0)
    /// The check's lines, or `nil` if it could not run; written once by the check's thread before `done` is
    /// signalled, read after waiting on `done`.
    private var lines: [String]?
    /// Whether ``start()`` was called.
    private var started = false

    /// A check of the register at `path`, not yet started.
    init(path: String) {
        self.path = path
    }

    /// Starts the check on another thread.
    func start() {
        started = true
        let path = path
        Thread.detachNewThread { [self] in
            lines = Self.run(path: path)
            done.signal()
        }
    }

    /// Waits for the check and returns its lines (`ok` when the file is sound), or `nil` if it could not run.
    func result() -> [String]? {
        guard started else { return nil }
        done.wait()
        return lines
    }

    private static func run(path: String) -> [String]? {
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
