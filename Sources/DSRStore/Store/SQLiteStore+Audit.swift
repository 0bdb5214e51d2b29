import DSRCore
import GRDB

extension SQLiteStore {
    /// Checks the whole register against its hash chain, on one consistent snapshot.
    ///
    /// Every event's hash is recomputed from its fields and the previous event's hash (see `EventChain` and
    /// `docs/storage.md` for the canonical encoding); sequence numbers must run from 1 without gaps; each request's
    /// current state and each controller-profile version must be the state their latest event recorded; and SQLite's
    /// `quick_check` must find the file sound. This detects rows changed, deleted or inserted behind dsr's back.
    /// - Returns: What was checked, the head hash, and every problem found (none if the register is intact).
    /// - Throws: ``StoreError`` if the register cannot be read at all.
    public func verifyChain() throws(StoreError) -> ChainReport {
        try read("verify the event log") { db in
            var verifier = ChainVerifier()
            let events = try Row.fetchCursor(db, sql: "SELECT * FROM event ORDER BY sequence")
            while let row = try events.next() { verifier.check(event: row) }
            let requests = try Row.fetchCursor(db, sql: "SELECT * FROM request ORDER BY caseYear, caseSequence")
            while let row = try requests.next() { verifier.check(request: row) }
            let profiles = try Row.fetchCursor(db, sql: "SELECT * FROM controllerProfile ORDER BY version")
            while let row = try profiles.next() { verifier.check(profile: row) }
            verifier.finish()
            verifier.check(integrity: try String.fetchAll(db, sql: "PRAGMA quick_check"))
            return verifier.report
        }
    }
}
