import Foundation
import GRDB

/// Remembers whether a register file has been found sound in this process, so that a damaged file is never written
/// to and the check runs at most once per process, before its first change; and leaves an ``IntegrityStamp`` for the
/// next process when this one changed the file.
///
/// The file is sound when its stamp shows that it is exactly as a dsr process that had checked it left it, within a
/// day of the last full check, or else when SQLite's `quick_check` finds it so.
///
/// `@unchecked Sendable` because its mutable state (`checked`, `changed`, `checkedAt`) is read and written only while
/// holding `lock`; the other properties are constants (the connection, a GRDB `DatabaseQueue`, is itself `Sendable`),
/// and `deinit` runs once no other reference to the guard is left.
final class IntegrityGuard: @unchecked Sendable {
    private let lock = NSLock()
    private var checked: Bool
    private var changed = false
    /// When the file was last read whole and found sound (seconds since 1970), once known in this process.
    private var checkedAt: Int64?
    /// The wall clock in seconds since 1970, for the age of a full check.
    private let clock: @Sendable () -> Int64
    /// The register's file, or `nil` for an in-memory or read-only register (no stamp).
    private let registerPath: String?
    /// The process's connection to the file, closed before the stamp is taken.
    private let connection: DatabaseQueue?

    /// A guard for a register without a file to check (in memory: `checked` is true) or that is never written here.
    init(checked: Bool) {
        self.checked = checked
        self.registerPath = nil
        self.connection = nil
        self.clock = Self.systemClock
    }

    /// A guard for the register file at `registerPath`, which this process writes through `connection`; `clock`
    /// gives the wall-clock time in seconds since 1970.
    init(registerPath: String, connection: DatabaseQueue?, clock: @escaping @Sendable () -> Int64 = systemClock) {
        self.checked = false
        self.registerPath = registerPath
        self.connection = connection
        self.clock = clock
    }

    /// The system's wall clock, in whole seconds since 1970.
    static let systemClock: @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970) }

    /// Runs `check` unless the file was already found sound in this process or its stamp is current.
    func ensure(_ check: () throws -> Void) throws {
        lock.lock()
        defer { lock.unlock() }
        guard !checked else { return }
        if let registerPath, let stamp = IntegrityStamp.trusted(forRegister: registerPath, now: clock()) {
            checked = true
            checkedAt = stamp.checkedAt
            return
        }
        let started = clock()
        try check()
        checked = true
        checkedAt = started
    }

    /// Notes that this process committed a change to the file (after ``ensure(_:)`` found it sound).
    func noteChange() {
        lock.lock()
        defer { lock.unlock() }
        changed = changed || checked
    }

    /// When the last copy of the store goes: closes the connection (SQLite copies the log into the file and removes
    /// it if no other process has the file open) and, if this process changed the file, records its stamp with the
    /// time of the last full check (this process's, or the one the stamp it trusted carried).
    deinit {
        guard changed, let registerPath, let connection, let checkedAt else { return }
        do {
            try connection.close()
        } catch {
            return
        }
        guard let file = IntegrityStamp.fileState(ofRegister: registerPath) else { return }
        IntegrityStamp(file: file, checkedAt: checkedAt).record(forRegister: registerPath)
    }
}
