import DSRCore
import GRDB

extension SQLiteStore: SearchStorage {
    /// The requests that match the query (``search(_:)-(SearchQuery)``), on the store's executor.
    public func search(_ query: SearchQuery) async throws -> [RequestRecord] {
        try await StoreExecutor.run { try self.search(query) }
    }

    /// The requests, open or closed, that match every word of the query, newest case first, at most `query.limit`,
    /// found through the full-text index ``SearchIndex`` (FTS5): the index gives the newest matching case numbers,
    /// and only those requests are read.
    /// - Throws: ``StoreError`` for a storage failure.
    public func search(_ query: SearchQuery) throws(StoreError) -> [RequestRecord] {
        let operation = "search the requests"
        let rows = try read(operation) { db in
            let caseNumbers = try SearchIndex.caseNumbers(matching: query.terms, limit: query.limit, db)
            return try caseNumbers.compactMap { caseNumber in
                try RequestRow.fetchOne(db, key: caseNumber.databaseKey)
            }
        }
        var records: [RequestRecord] = []
        records.reserveCapacity(rows.count)
        for row in rows {
            records.append(try Self.decodeRecord(row, operation: operation))
        }
        return records
    }

    /// Merges the full-text index into one segment (``SearchIndex/optimize(_:)``), so that the tokens of purged
    /// texts are gone from it for good; a purge run does this before its checkpoint.
    /// - Throws: ``StoreError`` for a storage failure.
    public func optimizeSearchIndex() throws {
        try write("tidy the search index") { db in try SearchIndex.optimize(db) }
    }
}
