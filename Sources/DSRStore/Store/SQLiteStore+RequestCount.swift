import DSRCore
import GRDB

extension SQLiteStore {
    /// How many requests the query selects, its limit and offset left aside: a `COUNT(*)` over the same conditions
    /// as ``records(_:)``, so a paged list never reads the rows of other pages.
    ///
    /// The total is counted again only when the register changed since the same query was last counted
    /// (``RequestCountCache``): the pages of a long list, or a list asked for again and again, count it once.
    public func count(_ query: RequestQuery) throws(StoreError) -> Int {
        var all = query
        all.limit = nil
        all.offset = nil
        let selection = all.selection(columns: "COUNT(*)")
        return try read("count requests") { db in
            try requestCounts.count(sql: selection.sql, arguments: selection.arguments, in: db)
        }
    }
}
