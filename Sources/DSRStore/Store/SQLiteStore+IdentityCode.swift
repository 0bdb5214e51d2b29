import DSRCore
import GRDB

extension SQLiteStore {
    /// The requests, open or closed, whose data subject gave the identity code with this lookup tag (see
    /// ``IdentityCodeKey/lookup(_:)``), by case number.
    public func records(withIdentityLookup tag: String) throws(StoreError) -> [RequestRecord] {
        let operation = "find requests by identity code"
        let rows = try read(operation) { db in
            try RequestRow.fetchAll(
                db,
                sql: """
                    SELECT * FROM request WHERE json_extract(record, '$.subject.identityCode.lookup') = ?
                    ORDER BY caseYear, caseSequence
                    """, arguments: [tag])
        }
        var records: [RequestRecord] = []
        for row in rows {
            records.append(try Self.decodeRecord(row, operation: operation))
        }
        return records
    }
}
