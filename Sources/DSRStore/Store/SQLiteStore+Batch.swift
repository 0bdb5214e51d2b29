import DSRCore
import GRDB

extension SQLiteStore {
    /// Adds many requests in one `BEGIN IMMEDIATE` transaction: all of them or none.
    ///
    /// The write lock is held until `body` returns, so other dsr commands that write wait for the import (up to 10
    /// seconds each, as they wait for any writer); readers are never blocked. The transaction commits with the
    /// same durability as any other change (WAL, `synchronous = FULL`).
    /// - Parameter body: Adds the requests through the batch; returns whether to keep them.
    /// - Returns: Whether the requests were stored.
    /// - Throws: Whatever `body` throws, unchanged (nothing is then stored); ``StoreError`` for a storage failure.
    public func insertBatch(_ body: (any RequestBatch) throws -> Bool) throws -> Bool {
        let operation = "import requests"
        // As every change: a read-only register is refused, and a file SQLite finds damaged is not written to.
        try checkIntegrityBeforeWriting(operation: operation)
        do {
            let kept = try writer.writeWithoutTransaction { db in
                // A larger page cache for the batch (64 MiB instead of SQLite's 2 MiB) keeps the indexes' pages in
                // memory instead of writing them to the log again and again; the commit is the same.
                let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
                try db.execute(sql: "PRAGMA cache_size = -65536")
                defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
                var keep = false
                try db.inTransaction(.immediate) {
                    let unindexed = try SearchIndex.lastRow(db)
                    let batch = try SQLiteRequestBatch(db: db, operation: operation, key: identityKey)
                    keep = try callerStep { try body(batch) }
                    if keep { try SearchIndex.indexRows(after: unindexed, db) }  // the new requests, in one statement
                    return keep ? .commit : .rollback
                }
                return keep
            }
            if kept { integrity.noteChange() }
            return kept
        } catch let failure as CallerFailure {
            throw failure.error
        } catch {
            throw Self.storeError(error, operation: operation)
        }
    }

    /// Calls `body` with each request the query selects, in case-number order, reading one row at a time, with the
    /// day of the case's first `acknowledge` event.
    ///
    /// The query's kind, state, open/closed and deadline filters apply; its order and limit do not.
    /// - Throws: Whatever `body` throws, unchanged; ``StoreError`` for a storage failure.
    public func forEachRequest(_ query: RequestQuery, _ body: (RequestRecord, _ acknowledgedOn: CivilDate?) throws -> Void)
        throws
    {
        let operation = "read the requests"
        var conditions: [String] = []
        var arguments = StatementArguments()
        if query.overdueAsOf != nil || query.dueOnOrBefore != nil {
            conditions.append("r.clock = 'running'")
        } else if !query.includeClosed {
            conditions.append("r.isOpen = 1")
        }
        if let day = query.overdueAsOf {
            conditions.append("r.deadline < ?")
            arguments += [day.description]
        }
        if let day = query.dueOnOrBefore {
            conditions.append("r.deadline <= ?")
            arguments += [day.description]
        }
        if let kind = query.kind {
            conditions.append("r.kind = ?")
            arguments += [kind.rawValue]
        }
        if let state = query.state {
            conditions.append("r.state = ?")
            arguments += [state.rawValue]
        }
        let sql = """
            SELECT r.caseYear, r.caseSequence, r.record,
                   (SELECT e."on" FROM event e
                     WHERE e.caseYear = r.caseYear AND e.caseSequence = r.caseSequence AND e.name = 'acknowledge'
                     ORDER BY e.sequence LIMIT 1) AS acknowledgedOn
            FROM request r
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            ORDER BY r.caseYear, r.caseSequence
            """
        do {
            try writer.read { db in
                let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
                while let row = try rows.next() {
                    let caseNumber = CaseNumber(year: row[0], sequence: row[1])
                    let text: String = row[2]
                    guard let record = try? StoreJSON.decode(RequestRecord.self, from: text) else {
                        throw StoreError.failed(operation: operation, reason:
                            "the stored state of case \(caseNumber) cannot be read; run 'dsr audit verify'")
                    }
                    let acknowledged: String? = row[3]
                    try callerStep { try body(record, acknowledged.flatMap(CivilDate.init(parsing:))) }
                }
            }
        } catch let failure as CallerFailure {
            throw failure.error
        } catch {
            throw Self.storeError(error, operation: operation)
        }
    }
}
