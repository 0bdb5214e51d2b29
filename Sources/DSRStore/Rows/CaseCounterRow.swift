import GRDB

/// A row of the `caseCounter` table: the last case number given in a year of receipt.
struct CaseCounterRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "caseCounter"

    /// The year of receipt.
    var year: Int
    /// The last sequence number given in that year.
    var last: Int

    /// Allocates the next sequence number of `year` and returns it.
    ///
    /// Must run inside the write transaction that stores the new request, so that a number is used exactly once.
    static func allocate(year: Int, in db: Database) throws -> Int {
        if var counter = try CaseCounterRow.fetchOne(db, key: year) {
            counter.last += 1
            try counter.update(db)
            return counter.last
        }
        try CaseCounterRow(year: year, last: 1).insert(db)
        return 1
    }
}
