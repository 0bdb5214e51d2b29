import DSRCore

/// What the reading half of the case walk (``ChainVerifier/checkCases(_:requests:)``) hands to the checking half,
/// in the order the walk meets it: values owned by Swift, read out of SQLite's rows, so that the checking half runs
/// on another thread while the reading half steps the statements.
enum CaseWalkItem: Sendable {
    /// A request row, with its case's events (`nil` if no case with events has its number).
    case request(StoredRequest, case: CaseInProgress?)
    /// A case with events but no request row.
    case missingRequest(CaseInProgress)

    /// A request row as the case walk reads it: the row, or its case number if the row cannot be read, and its
    /// import key.
    struct StoredRequest: Sendable {
        /// The row, or `nil` if a column holds a value of the wrong kind.
        let row: RequestRow?
        /// The case number in the row's key columns, if they can be read.
        let caseNumber: CaseNumber?
        /// The import key's text, or `nil` if it is null or not text.
        let importKey: [UInt8]?
        /// Whether the import key is null.
        let importKeyIsNull: Bool
        /// The hex SHA-256 of the row's stored record, which its case's latest event must have recorded as its state
        /// hash (computed by the reading half, which has the time to spare).
        let recordHash: String?

        /// The request row at a cursor over ``RequestRow/columnList`` and `importKey`.
        init(_ cursor: ColumnCursor) {
            row = RequestRow(columns: cursor)
            caseNumber = RequestRow.caseNumber(in: cursor)
            importKey = cursor.bytes(ChainVerifier.importKeyColumn).map(Array.init)
            importKeyIsNull = cursor.isNull(ChainVerifier.importKeyColumn)
            recordHash = row.map { EventChain.sha256Hex($0.record) }
        }
    }
}
