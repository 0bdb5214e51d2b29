/// A data-subject request as it stands now: who asked for what, where its workflow is, and its deadline.
public struct RequestRecord: Sendable, Codable, Equatable {
    /// The case number.
    public var caseNumber: CaseNumber
    /// The right exercised.
    public var kind: RequestKind
    /// The current state in the kind's workflow.
    public var state: StateID
    /// The version of the workflow definition the request follows.
    public var workflowVersion: Int
    /// The day the request reached the controller.
    public var received: CivilDate
    /// The person who made the request.
    public var subject: DataSubject
    /// How the request arrived.
    public var channel: Channel
    /// The language to answer in.
    public var language: Language
    /// For an objection, whether it is against direct marketing (Art. 21(2), absolute).
    public var isDirectMarketing: Bool
    /// A free-text note from registration.
    public var note: String?
    /// The clock's current state.
    public var clock: ClockState
    /// The day the extension was taken, if it was.
    public var extendedOn: CivilDate?
    /// Why the extension was needed.
    public var extensionReason: String?
    /// The clock's pauses, oldest first.
    public var pauses: [ClockPause]
    /// The statutory deadline, recomputed after every event.
    public var deadline: CivilDate
    /// The day the request was closed, if it is.
    public var closedOn: CivilDate?
    /// How it ended, if it is closed.
    public var outcome: Outcome?
    /// The refusal, if it was refused.
    public var refusal: Refusal?
    /// The recipients told under Art. 19, if recorded (an empty list records that there were none).
    public var recipientsNotified: [String]?
    /// When a restriction will end (Art. 18).
    public var endCondition: String?
    /// What the latest identity or clarification request asked the data subject for, one item each
    /// (`--asked`; GDPR Art. 12(6), recital 63).
    public var askedFor: [String]?
    /// The day from which a restriction ends, told to the data subject before it is lifted (Art. 18(3)).
    public var liftsOn: CivilDate?
    /// Why a restriction is lifted, told with ``liftsOn`` (Art. 18(3); legal-facts § 2.9).
    public var liftReason: String?
    /// What was done, as recorded on completion.
    public var details: String?
    /// The day of the latest recorded event; later events cannot be dated before it.
    public var lastEventOn: CivilDate
    /// The controller's own reference for the request (for example from the spreadsheet it was imported from); it
    /// identifies the request when a file is imported again.
    public var reference: String?
    /// The GDPR Art. 15(1)–(2) information as it applies to the person, recorded per case for the access response
    /// (``AccessInformation``); `nil` if none is recorded.
    public var access: AccessInformation?
    /// The day `dsr purge` removed the request's personal data, if it did (see ``PersonalData``).
    public var personalDataRemovedOn: CivilDate?
    /// The name of the register's user the case is assigned to (`case set --assignee`), or `nil` if nobody's.
    public var assignee: String?

    /// Creates a record; ``RequestRules`` make the one a registration stores.
    public init(
        caseNumber: CaseNumber, kind: RequestKind, state: StateID, workflowVersion: Int, received: CivilDate,
        subject: DataSubject, channel: Channel, language: Language, isDirectMarketing: Bool, note: String?,
        clock: ClockState, extendedOn: CivilDate? = nil, extensionReason: String? = nil, pauses: [ClockPause] = [],
        deadline: CivilDate, closedOn: CivilDate? = nil, outcome: Outcome? = nil, refusal: Refusal? = nil,
        recipientsNotified: [String]? = nil, endCondition: String? = nil, details: String? = nil,
        lastEventOn: CivilDate? = nil, reference: String? = nil
    ) {
        self.caseNumber = caseNumber
        self.kind = kind
        self.state = state
        self.workflowVersion = workflowVersion
        self.received = received
        self.subject = subject
        self.channel = channel
        self.language = language
        self.isDirectMarketing = isDirectMarketing
        self.note = note
        self.clock = clock
        self.extendedOn = extendedOn
        self.extensionReason = extensionReason
        self.pauses = pauses
        self.deadline = deadline
        self.closedOn = closedOn
        self.outcome = outcome
        self.refusal = refusal
        self.recipientsNotified = recipientsNotified
        self.endCondition = endCondition
        self.details = details
        self.lastEventOn = lastEventOn ?? received
        self.reference = reference
    }

    /// Whether the request is still open (not in a final state).
    public var isOpen: Bool { closedOn == nil }

    /// Whether the Art. 12(3) extension was taken.
    public var isExtended: Bool { extendedOn != nil }

    /// The full deadline computation for the record's current clock.
    public func deadlineDetail(calculator: DeadlineCalculator = DeadlineCalculator()) -> Deadline {
        calculator.deadline(received: received, extended: isExtended, pauses: pauses)
    }

    /// Days from `date` to the deadline: positive while time is left, negative when overdue.
    public func daysLeft(asOf date: CivilDate) -> Int {
        date.days(until: deadline)
    }

    /// Whether the deadline has passed on `date` while the controller still has to act (the clock is running).
    public func isOverdue(asOf date: CivilDate) -> Bool {
        clock == .running && deadline < date
    }
}
