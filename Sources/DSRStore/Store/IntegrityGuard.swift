import Foundation

/// Remembers whether SQLite's integrity check has found a register file sound in this process, so that a damaged
/// file is never written to and the check runs once per process, before its first change.
final class IntegrityGuard: @unchecked Sendable {
    private let lock = NSLock()
    private var checked: Bool

    /// A guard; `checked` is true where there is no file to check (an in-memory register).
    init(checked: Bool) {
        self.checked = checked
    }

    /// Runs `check` unless it already succeeded in this process.
    func ensure(_ check: () throws -> Void) throws {
        lock.lock()
        defer { lock.unlock() }
        guard !checked else { return }
        try check()
        checked = true
    }
}
