import DSRCore
import GRDB

extension SQLiteStore {
    /// The summaries of the requests the query selects, read from the list columns alone (no record is decoded), in
    /// the order of ``records(_:)``.
    ///
    /// Overdue and due-by lists use the partial index `request_runningDeadline` as ``records(_:)`` does; the list
    /// columns are copies of the record that `dsr audit verify` checks.
    public func summaries(_ query: RequestQuery, asOf: CivilDate) throws(StoreError) -> [RequestSummary] {
        let operation = "list requests"
        let selection = query.selection(columns: Self.summaryColumns)
        return try read(operation) { db in
            var summaries: [RequestSummary] = []
            let rows = try Row.fetchCursor(db, sql: selection.sql, arguments: selection.arguments)
            while let row = try rows.next() {
                let caseNumber = CaseNumber(year: row[0], sequence: row[1])
                let clockText: String = row[4]
                let deadlineText: String = row[6]
                guard let clock = ClockState(rawValue: clockText), let deadline = Self.day(deadlineText) else {
                    throw StoreError.failed(operation: operation,
                                            reason: "the list columns of case \(caseNumber) cannot be read; run 'dsr audit verify'")
                }
                summaries.append(RequestSummary(
                    caseNumber: caseNumber, kind: row[2], state: row[3], clock: clock, received: row[5],
                    deadline: deadline, isExtended: row[7], channel: row[8], language: row[9], closed: row[10],
                    outcome: row[11], asOf: asOf))
            }
            return summaries
        }
    }

    /// The columns a summary is read from, in the order ``summaries(_:asOf:)`` reads them.
    static let summaryColumns = """
        caseYear, caseSequence, kind, state, clock, received, deadline, isExtended, channel, language, closedOn, \
        outcome
        """

    /// A day as the register writes it, `YYYY-MM-DD`, read from its digits.
    static func day(_ text: String) -> CivilDate? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }
}
