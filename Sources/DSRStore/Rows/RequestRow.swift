import DSRCore
import GRDB

/// A row of the `request` table: a request's current state, with the columns the lists filter and sort on and the
/// whole ``RequestRecord`` as JSON.
struct RequestRow: Codable, Equatable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "request"

    /// The year of receipt.
    var caseYear: Int
    /// The sequence number within the year.
    var caseSequence: Int
    /// The request kind's raw value.
    var kind: String
    /// The current state.
    var state: String
    /// The clock's state: `running`, `paused` or `stopped`.
    var clock: String
    /// The workflow version.
    var workflowVersion: Int
    /// The day of receipt, `YYYY-MM-DD`.
    var received: String
    /// The statutory deadline, `YYYY-MM-DD` (text order is date order).
    var deadline: String
    /// The day the request was closed, if it is.
    var closedOn: String?
    /// Whether the request is open.
    var isOpen: Bool
    /// How it ended, if it is closed.
    var outcome: String?
    /// The sequence number of the event that wrote this state.
    var lastEventSequence: Int64
    /// The whole record as canonical JSON.
    var record: String
    /// The controller's own reference, unique among the requests that have one.
    var reference: String?
    /// How the request arrived.
    var channel: String
    /// The language to answer in.
    var language: String
    /// Whether the Art. 12(3) extension was taken.
    var isExtended: Bool

    /// Builds the row of a record.
    init(_ record: RequestRecord, json: String, lastEventSequence: Int64) {
        self.caseYear = record.caseNumber.year
        self.caseSequence = record.caseNumber.sequence
        self.kind = record.kind.rawValue
        self.state = record.state.rawValue
        self.clock = record.clock.rawValue
        self.workflowVersion = record.workflowVersion
        self.received = record.received.description
        self.deadline = record.deadline.description
        self.closedOn = record.closedOn?.description
        self.isOpen = record.isOpen
        self.outcome = record.outcome?.rawValue
        self.lastEventSequence = lastEventSequence
        self.record = json
        self.reference = record.reference
        self.channel = record.channel.rawValue
        self.language = record.language.rawValue
        self.isExtended = record.isExtended
    }

    /// The case number.
    var caseNumber: CaseNumber { CaseNumber(year: caseYear, sequence: caseSequence) }
}
