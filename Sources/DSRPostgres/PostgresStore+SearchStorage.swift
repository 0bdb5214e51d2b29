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
            let rows = try await connection.guardedQuery(selection, logger: logger)
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
        try await connection.guardedQuery(
            """
            INSERT INTO request_search (case_year, case_sequence, text)
            VALUES (\(record.caseNumber.year), \(record.caseNumber.sequence), \(text))
            ON CONFLICT (case_year, case_sequence) DO UPDATE SET text = EXCLUDED.text
            """, logger: logger)
    }

    /// Writes the search index's row of every request that has none (``PostgresSearchText``), 1,000 requests at a
    /// time, so that memory stays bounded: the requests stored before the search index existed (after migration 3 is
    /// applied), and those of a copied register (``fill(from:batchSize:)``).
    func indexUnindexedRequests(on connection: PostgresConnection) async throws {
        let operation = "index the requests for search"
        var after = (year: 0, sequence: 0)
        while true {
            let rows = try await connection.guardedQuery(
                """
                SELECT r.case_year, r.case_sequence, r.record FROM request r
                WHERE (r.case_year, r.case_sequence) > (\(after.year), \(after.sequence))
                  AND NOT EXISTS (SELECT 1 FROM request_search s
                                  WHERE s.case_year = r.case_year AND s.case_sequence = r.case_sequence)
                ORDER BY r.case_year, r.case_sequence LIMIT 1000
                """, logger: logger)
            var texts: [(Int, Int, String)] = []
            for try await (year, sequence, json) in rows.decode((Int, Int, String).self) {
                let record = try Self.decodeRecord(
                    json, CaseNumber(year: year, sequence: sequence), operation: operation)
                texts.append((year, sequence, PostgresSearchText.indexed(record)))
            }
            guard let last = texts.last else { return }
            var bindings = PostgresBindings(capacity: texts.count * 3)
            var tuples: [String] = []
            for (year, sequence, text) in texts {
                bindings.append(year)
                bindings.append(sequence)
                bindings.append(text)
                let count = bindings.count
                tuples.append("($\(count - 2), $\(count - 1), $\(count))")
            }
            try await connection.guardedQuery(
                PostgresQuery(
                    unsafeSQL: "INSERT INTO request_search (case_year, case_sequence, text) VALUES "
                        + tuples.joined(separator: ", "), binds: bindings),
                logger: logger)
            after = (last.0, last.1)
        }
    }
}
