import DSRCore
import GRDB

/// Hooks for the tests of the full-text index (``SearchIndex``): visible inside the package only, never part of the
/// public API.
extension SQLiteStore {
    /// Whether any of the index's shadow tables (the FTS5 segments, their term index and configuration; a contentless
    /// table keeps no texts) holds `text`'s UTF-8 bytes anywhere, deleted or not.
    package func searchIndexHoldsForTesting(_ text: String) throws(StoreError) -> Bool {
        try read("read the search index") { db in
            let tables = try String.fetchAll(
                db,
                sql: """
                    SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '\(SearchIndex.table)^_%' ESCAPE '^'
                    """)
            for table in tables {
                let columns = try Row.fetchAll(db, sql: "PRAGMA table_info(\(table.quotedDatabaseIdentifier))")
                    .compactMap { String.fromDatabaseValue($0["name"]) }
                for column in columns {
                    let found =
                        try Bool.fetchOne(
                            db,
                            sql: """
                                SELECT EXISTS (SELECT 1 FROM \(table.quotedDatabaseIdentifier)
                                               WHERE instr(CAST(\(column.quotedDatabaseIdentifier) AS BLOB), CAST(? AS BLOB)) > 0)
                                """, arguments: [text]) ?? true
                    if found { return true }
                }
            }
            return false
        }
    }

    /// The names of the index's shadow tables.
    package func searchIndexShadowTablesForTesting() throws(StoreError) -> [String] {
        try read("read the search index") { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '\(SearchIndex.table)^_%' ESCAPE '^'
                    ORDER BY name
                    """)
        }
    }

    /// Runs FTS5's own check of the index's structure; throws if it finds the index damaged.
    package func checkSearchIndexForTesting() throws(StoreError) {
        do {
            try writer.writeWithoutTransaction { db in
                try db.execute(
                    sql: "INSERT INTO \(SearchIndex.table) (\(SearchIndex.table), rank) VALUES ('integrity-check', 0)")
            }
        } catch {
            throw Self.storeError(error, operation: "check the search index")
        }
    }

    /// The statements SQLite plans for a search (`EXPLAIN QUERY PLAN`), one line per step.
    package func searchPlanForTesting(_ query: SearchQuery) throws(StoreError) -> [String] {
        try read("plan a search") { db in
            try Row.fetchAll(
                db,
                sql: "EXPLAIN QUERY PLAN SELECT rowid FROM \(SearchIndex.table) WHERE \(SearchIndex.table) "
                    + "MATCH ? ORDER BY rowid DESC LIMIT ?",
                arguments: [SearchIndex.matchExpression(query.terms), query.limit]
            )
            .compactMap { String.fromDatabaseValue($0["detail"]) }
        }
    }

    /// Whether migration 6 (``RegisterSchema/v6``), white space aside, is the SQL that ``SearchIndex`` runs today
    /// to create the index and index every request.
    package static var searchIndexMigrationMatchesForTesting: Bool {
        func normalised(_ sql: String) -> String { sql.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        let columns = SearchIndex.columns.map(\.name).joined(separator: ", ")
        let current =
            "PRAGMA user_version = 6;\n" + SearchIndex.createSQL + "\nINSERT INTO \(SearchIndex.table) (rowid, "
            + columns + ") " + SearchIndex.documentsSQL(from: "request") + ";"
        return normalised(RegisterSchema.v6) == normalised(current)
    }

    /// The search texts of `record` as the import computes them in Swift (``SearchDocument``) and as the index's SQL
    /// computes them from the record's stored JSON (``SearchIndex/documentsSQL(from:)``), each as the rowid and
    /// the texts.
    package static func searchTextsForTesting(_ record: RequestRecord) throws -> (
        swift: [String?], sql: [String?]
    ) {
        let document = SearchDocument(record)
        let queue = try DatabaseQueue()
        let row = try queue.read { db in
            try Row.fetchOne(
                db, sql: SearchIndex.documentsSQL(from: "(SELECT ? AS caseYear, ? AS caseSequence, ? AS record)"),
                arguments: [record.caseNumber.year, record.caseNumber.sequence, CanonicalJSON.encode(record)])
        }
        let sql: [String?] =
            row.map { row in
                [String(describing: row[0] as Int64)] + (1...SearchIndex.columns.count).map { index in row[index] }
            } ?? []
        return ([String(document.rowid)] + document.texts, sql)
    }
}
