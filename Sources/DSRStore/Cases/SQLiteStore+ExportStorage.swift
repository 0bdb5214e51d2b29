import DSRCore
import GRDB

extension SQLiteStore: ExportStorage {
    /// A page of the requests the query selects after a case number, read on the store's executor in one read, with
    /// the day of each case's first `acknowledge` event.
    ///
    /// The query's kind, state, open/closed and deadline filters apply; its order and limit do not.
    /// - Throws: ``StoreError`` for a storage failure, or a stored request that cannot be decoded.
    public func exportPage(_ query: RequestQuery, after: CaseNumber?, limit: Int) async throws -> [ExportedRequest] {
        try await StoreExecutor.run { try self.exportPageNow(query, after: after, limit: limit) }
    }

    /// ``exportPage(_:after:limit:)``, on the calling thread.
    private func exportPageNow(_ query: RequestQuery, after: CaseNumber?, limit: Int) throws -> [ExportedRequest] {
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
        if let after {
            conditions.append("(r.caseYear, r.caseSequence) > (?, ?)")
            arguments += [after.year, after.sequence]
        }
        arguments += [max(1, limit)]
        let sql = """
            SELECT r.caseYear, r.caseSequence, r.record,
                   (SELECT e."on" FROM event e
                     WHERE e.caseYear = r.caseYear AND e.caseSequence = r.caseSequence AND e.name = 'acknowledge'
                     ORDER BY e.sequence LIMIT 1) AS acknowledgedOn
            FROM request r
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            ORDER BY r.caseYear, r.caseSequence
            LIMIT ?
            """
        do {
            return try writer.read { db in
                var page: [ExportedRequest] = []
                let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
                while let row = try rows.next() {
                    let caseNumber = CaseNumber(year: row[0], sequence: row[1])
                    let text: String = row[2]
                    guard let record = try? StoreJSON.decode(RequestRecord.self, from: text) else {
                        throw StoreError.unreadable(
                            operation: operation, what: "the stored state of case \(caseNumber)")
                    }
                    let acknowledged: String? = row[3]
                    page.append(
                        ExportedRequest(
                            record: record,
                            acknowledgedOn: acknowledged.flatMap(CivilDate.init(parsing:))))
                }
                return page
            }
        } catch {
            throw Self.storeError(error, operation: operation)
        }
    }
}
