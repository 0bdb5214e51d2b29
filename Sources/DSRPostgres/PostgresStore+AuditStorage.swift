import DSRCore
import DSRStore
import Foundation
import PostgresNIO

extension PostgresStore: AuditStorage {
    /// Checks the whole register against its hash chain on one snapshot (a `REPEATABLE READ`, read-only
    /// transaction), with ``PostgresChainCheck``: the event log in sequence order with its personal data, the head
    /// row, the request rows against their cases' latest events, the case counters, the controller-profile versions
    /// and the issued letters; with `workflows`, each case is also replayed through its workflow. The access log is
    /// checked against its keyed chain in the same snapshot (``AccessLogCheck``).
    ///
    /// The identity-code key is not reported on (`checkingIdentityKey`): the commands that need it check it.
    public func verifyChain(replaying workflows: WorkflowCatalog?, anchors: [ChainAnchor], checkingIdentityKey: Bool)
        async throws -> ChainReport
    {
        let operation = "verify the register"
        // Sealed attachments are opened with the key when it can be read; without it their bytes are not opened.
        let key = try? await registerKey().key
        do {
            return try await withOpenConnection { connection in
                try await connection.guardedQuery("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: logger)
                do {
                    var check = PostgresChainCheck(
                        replay: workflows.map { HistoryReplay(workflows: $0) }, anchors: anchors, key: key)
                    try await check.walk(self, on: connection, operation: operation)
                    var report = check.report()
                    let accessLog = try await accessLogCheck(key: key, on: connection)
                    report.problems += accessLog.problems()
                    report.caseViewsNotCovered = accessLog.notCovered
                    try await connection.guardedQuery("COMMIT", logger: logger)
                    return report
                } catch {
                    _ = try? await connection.guardedQuery("ROLLBACK", logger: logger)
                    throw error
                }
            }
        } catch {
            throw storeError(error, operation: operation)
        }
    }

    /// The last event's number and hash, as stored (the empty anchor for an empty log).
    /// - Throws: ``StoreError``, or ``AuditTrailError/unreadableHead`` if they cannot be read.
    public func chainAnchor() async throws -> ChainAnchor {
        let head: (Int64, String)? = try await read("read the head of the event log") { connection in
            let rows = try await connection.guardedQuery(
                "SELECT sequence, hash FROM event ORDER BY sequence DESC LIMIT 1", logger: logger)
            for try await row in rows {
                let cells = row.makeRandomAccess()
                guard let sequence = Self.cell(cells, 0, as: Int64.self),
                    let hash = Self.cell(cells, 1, as: String.self)
                else { throw AuditTrailError.unreadableHead }
                return (sequence, hash)
            }
            return nil
        }
        guard let (sequence, hash) = head else { return ChainAnchor.empty }
        guard let anchor = ChainAnchor(events: sequence, headHash: hash) else { throw AuditTrailError.unreadableHead }
        return anchor
    }

    /// Up to `limit` events above `after` and at most `through`, one case's or all, in sequence order and exactly
    /// as stored, with their full data (identity codes masked) if asked for and still kept.
    public func auditTrailEntries(
        of caseNumber: CaseNumber?, includingPersonalData: Bool, after: Int64, through: Int64, limit: Int
    ) async throws -> [AuditTrailEntry] {
        let operation = caseNumber.map { "export the history of case \($0)" } ?? "export the event log"
        var bindings = PostgresBindings()
        bindings.append(after)
        bindings.append(through)
        var sql = """
            SELECT event.sequence, case_year, case_sequence, name, on_day, recorded_at, actor, workflow_version,
                state_after, format, event.data, personal_hash, state_hash, previous_hash, hash, event_personal.data
            FROM event LEFT JOIN event_personal USING (sequence)
            WHERE event.sequence > $1 AND event.sequence <= $2
            """
        if let caseNumber {
            bindings.append(caseNumber.year)
            bindings.append(caseNumber.sequence)
            sql += " AND case_year = $3 AND case_sequence = $4"
        }
        bindings.append(max(0, limit))
        sql += " ORDER BY event.sequence LIMIT $\(bindings.count)"
        let query = PostgresQuery(unsafeSQL: sql, binds: bindings)
        return try await read(operation) { connection in
            var entries: [AuditTrailEntry] = []
            let rows = try await connection.guardedQuery(query, logger: logger)
            for try await row in rows {
                let cells = row.makeRandomAccess()
                let sequence = Self.cell(cells, 0, as: Int64.self) ?? 0
                guard let year = Self.cell(cells, 1, as: Int?.self), let number = Self.cell(cells, 2, as: Int?.self),
                    let name = Self.cell(cells, 3, as: String.self), let on = Self.cell(cells, 4, as: String.self),
                    let recordedAt = Self.cell(cells, 5, as: String.self),
                    let actor = Self.cell(cells, 6, as: String.self),
                    let workflowVersion = Self.cell(cells, 7, as: Int.self),
                    let stateAfter = Self.cell(cells, 8, as: String?.self),
                    let format = Self.cell(cells, 9, as: Int.self), let data = Self.cell(cells, 10, as: String.self),
                    let personalHash = Self.cell(cells, 11, as: String?.self),
                    let stateHash = Self.cell(cells, 12, as: String?.self),
                    let previousHash = Self.cell(cells, 13, as: String.self),
                    let hash = Self.cell(cells, 14, as: String.self),
                    let personal = Self.cell(cells, 15, as: String?.self)
                else {
                    throw AuditTrailError.unreadableEvent(sequence: sequence, caseNumber: caseNumber)
                }
                let eventCase = year.flatMap { year in number.map { CaseNumber(year: year, sequence: $0) } }
                let shown = try includingPersonalData ? personal.map(PersonalData.maskingIdentityCodes(inJSON:)) : nil
                entries.append(
                    AuditTrailEntry(
                        sequence: sequence, caseNumber: eventCase?.description, caseYear: year, caseSequence: number,
                        name: name, on: on, recordedAt: recordedAt, actor: actor, workflowVersion: workflowVersion,
                        stateAfter: stateAfter, format: format, data: data, personalHash: personalHash,
                        stateHash: stateHash, previousHash: previousHash, hash: hash,
                        personalDataRemoved: personalHash != nil && personal == nil, personalData: shown))
            }
            return entries
        }
    }
}
