import DSRCore
import GRDB

extension SQLiteStore {
    /// The access log and its head checked against the log's keyed chain (``AccessLogCheck``), in one snapshot; with
    /// `key` `nil` (the key file cannot be read here), chained entries are counted as not covered.
    /// - Throws: ``StoreError`` if the log cannot be read.
    func accessLogCheck(key: IdentityCodeKey?) throws(StoreError) -> AccessLogCheck {
        try read("check the access log") { db in
            var check = AccessLogCheck(chain: key?.accessLogChain)
            let entries = try Row.fetchCursor(
                db, sql: "SELECT position, caseYear, caseSequence, actor, viewedAt, mac FROM caseView ORDER BY position"
            )
            while let row = try entries.next() {
                check.entry(
                    position: Int64.fromDatabaseValue(row[0]) ?? 0, caseYear: Int.fromDatabaseValue(row[1]) ?? 0,
                    caseSequence: Int.fromDatabaseValue(row[2]) ?? 0, actor: String.fromDatabaseValue(row[3]) ?? "",
                    viewedAt: String.fromDatabaseValue(row[4]) ?? "", mac: String.fromDatabaseValue(row[5]))
            }
            for row in try Row.fetchAll(db, sql: "SELECT position, mac, seal FROM caseViewHead") {
                check.head(
                    position: Int64.fromDatabaseValue(row[0]) ?? -1, mac: String.fromDatabaseValue(row[1]),
                    seal: String.fromDatabaseValue(row[2]))
            }
            return check
        }
    }
}
