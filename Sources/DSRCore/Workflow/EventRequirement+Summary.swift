/// What each requirement of an event asks for, in domain words.
extension EventRequirement {
    /// The piece of information the event needs, as the object of "needs …" (no front end's option names).
    public var summary: String {
        switch self {
        case .reason: "a reason"
        case .grounds: "at least one refusal ground"
        case .recipients: "the recipients told under GDPR Art. 19 (or that there were none)"
        case .endCondition: "when the restriction ends"
        case .details: "what was done"
        case .liftDate: "the day the restriction ends"
        }
    }
}
