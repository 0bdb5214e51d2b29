extension RequestSummary {
    /// Creates a request's summary from the values a register keeps in its list columns, as text where the summary
    /// holds text; equal to ``init(_:asOf:)`` of the record the values were copied from.
    /// - Parameters:
    ///   - caseNumber: The case number.
    ///   - kind: The kind's raw value.
    ///   - state: The state.
    ///   - clock: What the clock is doing.
    ///   - received: The day of receipt, `YYYY-MM-DD`.
    ///   - deadline: The deadline.
    ///   - isExtended: Whether the extension was taken.
    ///   - channel: The channel's raw value.
    ///   - language: The language code.
    ///   - closed: The day it was closed, `YYYY-MM-DD`, if it was.
    ///   - outcome: The outcome's raw value, if closed.
    ///   - asOf: The day to count days left from.
    ///   - name: The data subject's name, if it was read.
    ///   - assignee: The user the case is assigned to, if any.
    public init(
        caseNumber: CaseNumber, kind: String, state: String, clock: ClockState, received: String,
        deadline: CivilDate, isExtended: Bool, channel: String, language: String, closed: String?,
        outcome: String?, asOf: CivilDate, name: String? = nil, assignee: String? = nil
    ) {
        self.case = caseNumber.description
        self.name = name
        self.kind = kind
        self.state = state
        self.clock = clock.rawValue
        self.received = received
        self.deadline = deadline.description
        // The rules of RequestRecord.daysLeft(asOf:) and isOverdue(asOf:).
        self.daysLeft = clock == .running ? asOf.days(until: deadline) : nil
        self.overdue = clock == .running && deadline < asOf
        self.extended = isExtended
        self.channel = channel
        self.language = language
        self.closed = closed
        self.outcome = outcome
        self.assignee = assignee
    }
}
