import DSRCore
import Foundation
import PostgresNIO

extension PostgresStore: SearchStorage {
    /// The requests, open or closed, that match every word of the query, newest case first, at most `query.limit`,
    /// found through `request_search` (``PostgresSearchText``); only those requests are read.
    /// - Throws: ``StoreError`` for a storage failure.
    public func search(_ query: SearchQuery) async throws -> [RequestRecord] {
        let operation = "search the requests"
        let patterns = query.terms.map(PostgresSearchText.pattern)
        if patterns.contains(nil) { return [] }
        var bindings = PostgresBindings()
        var conditions: [String] = []
        for pattern in patterns.compactMap({ $0 }) {
            bindings.append(pattern)
            conditions.append("s.text LIKE $\(bindings.count)")
        }
        bindings.append(query.limit)
        let selection = PostgresQuery(
            unsafeSQL: """
                SELECT r.case_year, r.case_sequence, r.record FROM request_search s
                JOIN request r USING (case_year, case_sequence)
                WHERE \(conditions.joined(separator: " AND "))
                ORDER BY s.case_year DESC, s.case_sequence DESC LIMIT $\(bindings.count)
                """, binds: bindings)
        return try await read(operation) { connection in
            var records: [RequestRecord] = []
            let rows = try await connection.query(selection, logger: logger)
            for try await (year, sequence, json) in rows.decode((Int, Int, String).self) {
                records.append(
                    try Self.decodeRecord(json, CaseNumber(year: year, sequence: sequence), operation: operation))
            }
            return records
        }
    }

    /// Writes a request's row of the search index (inside the transaction that stores the request).
    func index(_ record: RequestRecord, on connection: PostgresConnection) async throws {
        let text = PostgresSearchText.indexed(record)
        try await connection.query(
            """
            INSERT INTO request_search (case_year, case_sequence, text)
            VALUES (\(record.caseNumber.year), \(record.caseNumber.sequence), \(text))
            ON CONFLICT (case_year, case_sequence) DO UPDATE SET text = EXCLUDED.text
            """, logger: logger)
    }

    /// Indexes the requests stored before the search index existed (after migration 3 is applied).
    func indexUnindexedRequests(on connection: PostgresConnection) async throws {
        let rows = try await connection.query(
            """
            SELECT r.case_year, r.case_sequence, r.record FROM request r
            WHERE NOT EXISTS (SELECT 1 FROM request_search s
                              WHERE s.case_year = r.case_year AND s.case_sequence = r.case_sequence)
            """, logger: logger)
        var records: [RequestRecord] = []
        for try await (year, sequence, json) in rows.decode((Int, Int, String).self) {
            records.append(
                try Self.decodeRecord(
                    json, CaseNumber(year: year, sequence: sequence), operation: "index the requests for search"))
        }
        for record in records { try await index(record, on: connection) }
    }
}
