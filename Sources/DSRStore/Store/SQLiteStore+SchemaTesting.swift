import DSRCore
import GRDB

/// Hooks for the tests of schema version 4 (migration `import`): visible inside the package only, never part of the
/// public API.
extension SQLiteStore {
    /// Stands in for a register written before version 4: sets every request's version-4 columns to the values
    /// `ALTER TABLE ... ADD COLUMN` gives existing rows, behind dsr's back.
    package func resetListColumnsForTesting() throws(StoreError) {
        try tamperForTesting("UPDATE request SET reference = NULL, channel = '', language = '', isExtended = 0")
    }

    /// The details of SQLite's query plan for the summaries of a request query, one line per step.
    package func summaryPlanForTesting(_ query: RequestQuery) throws(StoreError) -> [String] {
        let selection = query.selection(columns: Self.summaryColumns)
        return try read("explain a query") { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + selection.sql, arguments: selection.arguments)
                .compactMap { String.fromDatabaseValue($0["detail"]) }
        }
    }

    /// Runs the statement by which migration `import` (version 4) fills the new list columns of existing requests, as
    /// the migration does (with the update trigger set aside).
    package func runListColumnBackfillForTesting() throws(StoreError) {
        try tamperForTesting(RegisterSchema.v4Backfill)
    }
}
