/// What the officer gives when recording an event: the day and whatever the event requires.
public struct EventInput: Sendable, Codable, Equatable {
    /// The day the event happened.
    public var on: CivilDate
    /// A free-text reason.
    public var reason: String?
    /// Refusal grounds.
    public var grounds: [GroundCode]
    /// For a partial refusal, what was granted.
    public var granted: String?
    /// Whether § 34(3) justifies withholding the reasons of an access restriction.
    public var reasonsWithheld: Bool
    /// The Art. 19 recipients told; an empty list records that there were none, `nil` that none were given.
    public var recipients: [String]?
    /// When a restriction will end.
    public var endCondition: String?
    /// What was done.
    public var details: String?
    /// What an identity or clarification request asks the data subject for, one item each (GDPR Art. 12(6)).
    public var asked: [String]?
    /// The day from which a restriction ends, announced before it is lifted (Art. 18(3)).
    public var liftsOn: CivilDate?
    /// A free-text note.
    public var note: String?
    /// Set by the service, not the officer: `true` when the event refused the request after its deadline
    /// (GDPR Art. 12(4)), so that the event's data records the refusal as late.
    public var late: Bool?

    /// Creates an input.
    public init(
        on: CivilDate, reason: String? = nil, grounds: [GroundCode] = [], granted: String? = nil,
        reasonsWithheld: Bool = false, recipients: [String]? = nil, endCondition: String? = nil,
        details: String? = nil, note: String? = nil, liftsOn: CivilDate? = nil,
        asked: [String]? = nil
    ) {
        self.on = on
        self.reason = reason
        self.grounds = grounds
        self.granted = granted
        self.reasonsWithheld = reasonsWithheld
        self.recipients = recipients
        self.endCondition = endCondition
        self.details = details
        self.note = note
        self.liftsOn = liftsOn
        self.asked = asked
    }
}
