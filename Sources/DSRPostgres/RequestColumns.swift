import DSRCore

/// The columns of a `request` row that lists filter and sort on, copies of its record's fields: the one mapping from a
/// record to them, which `insertRow`, `updateRow` and the import's batch (``PostgresRequestBatch``) write, and which
/// `dsr audit verify` checks they still are, as an SQLite register's verifier checks its `RequestRow`.
struct RequestColumns: Equatable, Sendable {
    var kind: String
    var state: String
    var clock: String
    var workflowVersion: Int
    var received: String
    var deadline: String
    var closedOn: String?
    var isOpen: Bool
    var outcome: String?
    var reference: String?
    var channel: String
    var language: String
    var isExtended: Bool

    /// The columns as read from a row.
    init(
        kind: String, state: String, clock: String, workflowVersion: Int, received: String, deadline: String,
        closedOn: String?, isOpen: Bool, outcome: String?, reference: String?, channel: String, language: String,
        isExtended: Bool
    ) {
        self.kind = kind
        self.state = state
        self.clock = clock
        self.workflowVersion = workflowVersion
        self.received = received
        self.deadline = deadline
        self.closedOn = closedOn
        self.isOpen = isOpen
        self.outcome = outcome
        self.reference = reference
        self.channel = channel
        self.language = language
        self.isExtended = isExtended
    }

    /// The columns dsr writes for `record`.
    init(_ record: RequestRecord) {
        self.init(
            kind: record.kind.rawValue, state: record.state.rawValue, clock: record.clock.rawValue,
            workflowVersion: record.workflowVersion, received: record.received.description,
            deadline: record.deadline.description, closedOn: record.closedOn?.description, isOpen: record.isOpen,
            outcome: record.outcome?.rawValue, reference: record.reference, channel: record.channel.rawValue,
            language: record.language.rawValue, isExtended: record.isExtended)
    }
}
