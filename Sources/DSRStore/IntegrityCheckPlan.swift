import Foundation

/// How a register opened in this process is made sure of before its first change, for a front end's diagnostics:
/// SQLite's `quick_check` runs unless the integrity stamp beside the file shows it exactly as a checking dsr process
/// left it (see `IntegrityStamp`).
public enum IntegrityCheckPlan: Sendable, Equatable {
    /// An in-memory register: there is no file to check.
    case inMemory
    /// A register this process only reads (the reason it cannot be written): it is never changed here.
    case readOnly(reason: String)
    /// The stamp is current; the check is skipped. `checkedAt` is the time of the last full check (seconds since 1970).
    case stampCurrent(checkedAt: Int64)
    /// No current stamp (none, the file changed since, or the last full check is more than a day old): the check
    /// runs before the first change.
    case checkBeforeFirstChange
}

extension SQLiteStore {
    /// How this register is made sure of before this process first changes it (read from the stamp now).
    public var integrityCheckPlan: IntegrityCheckPlan {
        if let readOnlyReason { return .readOnly(reason: readOnlyReason) }
        guard let path else { return .inMemory }
        if let stamp = IntegrityStamp.trusted(forRegister: path, now: IntegrityGuard.systemClock()) {
            return .stampCurrent(checkedAt: stamp.checkedAt)
        }
        return .checkBeforeFirstChange
    }
}
