import Foundation

/// The machine-readable view of a request used by `--format json` and `csv`: the person's name is its only
/// personal data, and it is there only when asked for (names hidden leave it `nil`, left out of the JSON).
public struct RequestSummary: Sendable, Codable, Equatable {
    /// The case number.
    public var `case`: String
    /// The data subject's name (``PersonalData/removed`` after a purge); `nil` when names are hidden.
    public var name: String?
    /// The request kind.
    public var kind: String
    /// The workflow state.
    public var state: String
    /// What the clock is doing.
    public var clock: String
    /// The day of receipt.
    public var received: String
    /// The statutory deadline.
    public var deadline: String
    /// Days left to the deadline on the as-of day (negative when overdue); `nil` unless the clock runs.
    public var daysLeft: Int?
    /// Whether the request is overdue on the as-of day.
    public var overdue: Bool
    /// Whether the Art. 12(3) extension was taken.
    public var extended: Bool
    /// The channel it arrived by.
    public var channel: String
    /// The language to answer in.
    public var language: String
    /// The day it was closed, if it was.
    public var closed: String?
    /// How it ended, if it did.
    public var outcome: String?
    /// The answer printed but not sent (`2026-0042/L3`), for a closed request that is not answered until it is sent
    /// (``AnswerDispatch``); `nil` otherwise, and then left out of the JSON.
    public var unsentAnswer: String?
    /// The user the case is assigned to (a user of the register, not personal data of the person); `nil` if
    /// nobody or when names are hidden, and then left out of the JSON.
    public var assignee: String?

    /// Summarises a record as of a day.
    /// - Parameters:
    ///   - record: The request.
    ///   - asOf: The day to count days left from.
    ///   - name: Whether to include the data subject's name.
    public init(_ record: RequestRecord, asOf: CivilDate, name: Bool = false) {
        self.case = record.caseNumber.description
        self.name = name ? record.subject.name : nil
        self.kind = record.kind.rawValue
        self.state = record.state.rawValue
        self.clock = record.clock.rawValue
        self.received = record.received.description
        self.deadline = record.deadline.description
        self.daysLeft = record.clock == .running ? record.daysLeft(asOf: asOf) : nil
        self.overdue = record.isOverdue(asOf: asOf)
        self.extended = record.isExtended
        self.channel = record.channel.rawValue
        self.language = record.language.rawValue
        self.closed = record.closedOn?.description
        self.outcome = record.outcome?.rawValue
        // Read with the name only, as a store's summaries read both from the stored record (never from the index).
        self.assignee = name ? record.assignee : nil
    }

    /// The summary of a closed request whose answer was printed but not sent: overdue once its deadline has passed.
    public init(_ answer: UnsentAnswer, asOf: CivilDate, name: Bool = false) {
        self.init(answer.record, asOf: asOf, name: name)
        self.daysLeft = asOf.days(until: answer.record.deadline)
        self.overdue = answer.record.deadline < asOf
        self.unsentAnswer = answer.letter.description
    }
}
