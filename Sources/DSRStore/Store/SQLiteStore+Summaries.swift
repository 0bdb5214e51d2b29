import DSRCore
import GRDB

#if canImport(GRDBSQLite)
    import GRDBSQLite
#elseif canImport(SQLite3)
    import SQLite3
#endif

extension SQLiteStore {
    /// The summaries of the requests the query selects, read from the list columns alone (no record is decoded; the
    /// name is SQLite's `json_extract` of the stored record), in the order of ``records(_:)``.
    ///
    /// Overdue and due-by lists use the partial index `request_runningDeadline` as ``records(_:)`` does; the list
    /// columns are copies of the record that `dsr audit verify` checks.
    /// - Parameters:
    ///   - query: Which requests.
    ///   - asOf: The day to count days left from.
    ///   - names: Whether to read the data subject's name too (and the case's assignee, from the same record).
    public func summaries(_ query: RequestQuery, asOf: CivilDate, names: Bool) throws(StoreError) -> [RequestSummary] {
        let operation = "list requests"
        let selection = query.selection(
            columns: Self.summaryColumns + (names ? Self.nameColumn + Self.assigneeColumn : ""))
        return try readStatement(operation) { db in
            // Stepped through SQLite's C interface: a list of thousands of rows spends most of its time reading
            // columns, and GRDB's rows decode every value through a generic conversion. Measured
            // (docs/performance.md, Overdue): 2 ms of CPU saved at 3,000 rows, of `overdue`'s 11–13 ms at 1M.
            // Kept on the connection: a server lists with the same few queries again and again.
            let statement = try db.cachedStatement(sql: selection.sql)
            try statement.setArguments(selection.arguments)
            let handle = statement.sqliteStatement
            defer { sqlite3_reset(handle) }
            func bytes(_ column: Int32) -> UnsafeBufferPointer<UInt8>? {
                guard let bytes = sqlite3_column_text(handle, column) else { return nil }
                return UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(handle, column)))
            }
            func text(_ column: Int32) -> String? {
                bytes(column).map { String(decoding: $0, as: UTF8.self) }
            }
            var summaries: [RequestSummary] = []
            while true {
                let code = sqlite3_step(handle)
                if code == SQLITE_DONE { break }
                guard code == SQLITE_ROW else {
                    let message = sqlite3_errmsg(db.sqliteConnection).map { String(cString: $0) }
                    throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message)
                }
                let caseNumber = CaseNumber(
                    year: Int(sqlite3_column_int64(handle, 0)),
                    sequence: Int(sqlite3_column_int64(handle, 1)))
                guard let kind = text(2), let state = text(3), let clock = text(4).flatMap(ClockState.init(rawValue:)),
                    let received = text(5), let deadline = bytes(6).flatMap(UTCTimestamp.day(fromBytes:)),
                    let channel = text(8),
                    let language = text(9)
                else {
                    throw StoreError.unreadable(operation: operation, what: "the list columns of case \(caseNumber)")
                }
                summaries.append(
                    RequestSummary(
                        caseNumber: caseNumber, kind: kind, state: state, clock: clock, received: received,
                        deadline: deadline, isExtended: sqlite3_column_int64(handle, 7) != 0, channel: channel,
                        language: language, closed: text(10), outcome: text(11), asOf: asOf,
                        name: names ? text(12) : nil, assignee: names ? text(13) : nil))
            }
            return summaries
        }
    }

    /// The columns a summary is read from, in the order ``summaries(_:asOf:)`` reads them.
    static let summaryColumns = """
        caseYear, caseSequence, kind, state, clock, received, deadline, isExtended, channel, language, closedOn, \
        outcome
        """

    /// The name column that follows ``summaryColumns`` when names are read: the name in the stored record.
    static let nameColumn = ", json_extract(record, '$.subject.name')"

    /// The assignee column that follows ``nameColumn``: read with the names only, since both come from the stored
    /// record and a list without names reads the index alone.
    static let assigneeColumn = ", json_extract(record, '$.assignee')"
}
