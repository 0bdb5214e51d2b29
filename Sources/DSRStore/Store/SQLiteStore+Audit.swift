import DSRCore
import GRDB

extension SQLiteStore {
    /// Checks the whole register against its hash chain, on one consistent snapshot.
    ///
    /// Every event's hash is recomputed from its fields and the previous event's hash (see `EventChain` and
    /// `docs/storage.md` for the canonical encoding); sequence numbers must run from 1 without gaps; each event's
    /// personal data must match the salted hash the chain recorded, and may be missing only after a purge of its
    /// case; each request's current state and each controller-profile version must be the state their latest event
    /// recorded; each year's case counter must match the cases numbered in it; the tables, indexes and triggers must
    /// be the ones dsr made; and SQLite's `quick_check` must find the file sound. This detects rows changed, deleted
    /// or inserted behind dsr's back in every table that matters.
    ///
    /// With `workflows`, each case is also replayed from its registration through its workflow's state machine, and
    /// the result must be the stored state (`dsr audit verify` does this).
    /// - Returns: What was checked, the head hash, and every problem found (none if the register is intact).
    /// - Throws: ``StoreError`` if the register cannot be read at all.
    public func verifyChain(replaying workflows: WorkflowCatalog? = nil) throws(StoreError) -> ChainReport {
        try read("verify the event log") { db in
            var verifier = ChainVerifier(replay: workflows.map { HistoryReplay(workflows: $0) })
            let events = try Row.fetchCursor(db, sql: """
                SELECT event.*, eventPersonal.salt AS personalSalt, eventPersonal.data AS personalData
                FROM event LEFT JOIN eventPersonal USING (sequence) ORDER BY event.sequence
                """)
            while let row = try events.next() { verifier.check(event: row) }
            let orphans = try Int64.fetchAll(db, sql: """
                SELECT sequence FROM eventPersonal WHERE sequence NOT IN (SELECT sequence FROM event) ORDER BY sequence
                """)
            for sequence in orphans { verifier.check(orphanPersonalData: sequence) }
            let requests = try Row.fetchCursor(db, sql: "SELECT * FROM request ORDER BY caseYear, caseSequence")
            while let row = try requests.next() { verifier.check(request: row) }
            verifier.finishRequests()
            let profiles = try Row.fetchCursor(db, sql: "SELECT * FROM controllerProfile ORDER BY version")
            while let row = try profiles.next() { verifier.check(profile: row) }
            let counters = try Row.fetchAll(db, sql: "SELECT year, \"last\" FROM caseCounter ORDER BY year")
            for counter in counters {
                verifier.check(counterYear: Int.fromDatabaseValue(counter["year"]) ?? 0,
                               last: Int.fromDatabaseValue(counter["last"]) ?? 0)
            }
            verifier.finish()
            verifier.check(integrity: try String.fetchAll(db, sql: "PRAGMA quick_check"))
            verifier.check(schemaDifferences: try RegisterSchema.differences(in: db))
            return verifier.report
        }
    }
}
