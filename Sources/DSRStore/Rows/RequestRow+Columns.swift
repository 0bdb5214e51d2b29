import DSRCore

extension RequestRow {
    /// The columns ``init(columns:)`` reads, in this order.
    static let columnList = """
        caseYear, caseSequence, kind, state, clock, workflowVersion, received, deadline, closedOn, isOpen, outcome, \
        lastEventSequence, record, reference, channel, language, isExtended
        """

    /// The row at a cursor over ``columnList``, or `nil` if a column holds a value of the wrong kind.
    init?(columns row: ColumnCursor) {
        func optionalText(_ column: Int32) -> String?? {
            if row.isNull(column) { return .some(nil) }
            return row.text(column).map { .some($0) }
        }
        guard let caseNumber = Self.caseNumber(in: row), let kind = row.text(2), let state = row.text(3),
            let clock = row.text(4), let workflowVersion = row.integer(5), let received = row.text(6),
            let deadline = row.text(7), let closedOn = optionalText(8), let isOpen = row.integer(9),
            let outcome = optionalText(10), let lastEventSequence = row.integer(11), let record = row.text(12),
            let reference = optionalText(13), let channel = row.text(14), let language = row.text(15),
            let isExtended = row.integer(16), let version = Int(exactly: workflowVersion)
        else { return nil }
        self.caseYear = caseNumber.year
        self.caseSequence = caseNumber.sequence
        self.kind = kind
        self.state = state
        self.clock = clock
        self.workflowVersion = version
        self.received = received
        self.deadline = deadline
        self.closedOn = closedOn
        self.isOpen = isOpen != 0
        self.outcome = outcome
        self.lastEventSequence = lastEventSequence
        self.record = record
        self.reference = reference
        self.channel = channel
        self.language = language
        self.isExtended = isExtended != 0
    }

    /// The case number in the key columns of a row at a cursor over ``columnList``, if they can be read.
    static func caseNumber(in row: ColumnCursor) -> CaseNumber? {
        guard let year = row.integer(0), let sequence = row.integer(1) else { return nil }
        return CaseNumber(year: Int(year), sequence: Int(sequence))
    }
}
