import DSRCore
import Foundation
import PostgresNIO

extension PostgresStore: ExportStorage {
    /// A page of the requests the query selects after a case number, read in one statement, with the day of each
    /// case's first `acknowledge` event.
    ///
    /// The query's kind, state, open/closed and deadline filters apply; its order and limit do not.
    /// - Throws: ``StoreError`` for a storage failure, or a stored request that cannot be decoded.
    public func exportPage(_ query: RequestQuery, after: CaseNumber?, limit: Int) async throws -> [ExportedRequest] {
        let operation = "read the requests"
        var conditions: [String] = []
        var bindings = PostgresBindings()
        func bind(_ value: String) -> String {
            bindings.append(value)
            return "$\(bindings.count)"
        }
        func bind(_ value: Int) -> String {
            bindings.append(value)
            return "$\(bindings.count)"
        }
        if query.overdueAsOf != nil || query.dueOnOrBefore != nil {
            conditions.append("r.clock = 'running'")
        } else if !query.includeClosed {
            conditions.append("r.is_open")
        }
        if let day = query.overdueAsOf { conditions.append("r.deadline < " + bind(day.description)) }
        if let day = query.dueOnOrBefore { conditions.append("r.deadline <= " + bind(day.description)) }
        if let kind = query.kind { conditions.append("r.kind = " + bind(kind.rawValue)) }
        if let state = query.state { conditions.append("r.state = " + bind(state.rawValue)) }
        if let after {
            conditions.append("(r.case_year, r.case_sequence) > (\(bind(after.year)), \(bind(after.sequence)))")
        }
        let sql = """
            SELECT r.case_year, r.case_sequence, r.record,
                   (SELECT e.on_day FROM event e
                     WHERE e.case_year = r.case_year AND e.case_sequence = r.case_sequence AND e.name = 'acknowledge'
                     ORDER BY e.sequence LIMIT 1)
            FROM request r
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            ORDER BY r.case_year, r.case_sequence
            LIMIT \(bind(max(1, limit)))
            """
        let selection = PostgresQuery(unsafeSQL: sql, binds: bindings)
        return try await read(operation) { connection in
            var page: [ExportedRequest] = []
            let rows = try await connection.guardedQuery(selection, logger: logger)
            for try await (year, sequence, json, acknowledged) in rows.decode((Int, Int, String, String?).self) {
                let record = try Self.decodeRecord(
                    json, CaseNumber(year: year, sequence: sequence), operation: operation)
                page.append(
                    ExportedRequest(record: record, acknowledgedOn: acknowledged.flatMap(CivilDate.init(parsing:))))
            }
            return page
        }
    }
}
