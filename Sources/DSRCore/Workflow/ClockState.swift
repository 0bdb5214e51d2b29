/// What a request's statutory clock is doing while the request is in a state.
public enum ClockState: String, Sendable, Codable, CaseIterable {
    /// The deadline is running: the controller must act.
    case running
    /// The clock is paused while the controller waits for the data subject (EDPB 01/2022 § 159).
    case paused
    /// The request has been answered or closed; no deadline runs.
    case stopped
}

/// What an event does to a request's clock.
public enum ClockEffect: String, Sendable, Codable, CaseIterable {
    /// Nothing.
    case none
    /// Starts a pause on the event's day.
    case pause
    /// Ends the open pause on the event's day; its length is added to the deadline.
    case resume
    /// Takes the Art. 12(3) extension of two further months (once, within the first month).
    case extend
    /// Stops the clock: the request has been answered or closed on the event's day.
    case stop
}

/// How a closed request ended.
public enum Outcome: String, Sendable, Codable, CaseIterable {
    /// The right was granted.
    case completed
    /// The request was refused in whole or in part (Art. 12(4)).
    case refused
    /// The data subject withdrew the request.
    case withdrawn
}

/// A piece of information an event cannot be recorded without.
public enum EventRequirement: String, Sendable, Codable, CaseIterable {
    /// A free-text reason (for example why an extension is needed, or why a request is refused).
    case reason
    /// One or more refusal-ground codes valid for the kind.
    case grounds
    /// The recipients told of the rectification, erasure or restriction under Art. 19 (or an explicit "none").
    case recipients
    /// When a restriction will end (Art. 18).
    case endCondition = "end-condition"
    /// The day from which a restriction ends, with the reason, told before it is lifted (Art. 18(3)); the day must
    /// be after the day of the notice.
    case liftDate = "lift-date"
    /// What was done, for example the format and channel of a portability delivery or the processing stopped.
    case details
}

/// A letter dsr can write for a request.
public enum LetterType: String, Sendable, Codable, CaseIterable {
    /// Acknowledgement of receipt with the period "from X to Y" (EDPB 01/2022 § 57).
    case acknowledgement
    /// Request for information to confirm identity (Art. 12(6)).
    case identityRequest = "identity-request"
    /// Request to specify the request (recital 63).
    case clarificationRequest = "clarification-request"
    /// Notice of the extension with its reasons (Art. 12(3)).
    case extensionNotice = "extension-notice"
    /// Cover letter of the access response (Art. 15(1)–(2)).
    case accessResponse = "access-response"
    /// Notice that data were rectified (Art. 16, 19).
    case rectificationNotice = "rectification-notice"
    /// Notice that data were erased (Art. 17, 19).
    case erasureNotice = "erasure-notice"
    /// Notice that processing was restricted (Art. 18, 19).
    case restrictionNotice = "restriction-notice"
    /// Notice before a restriction is lifted (Art. 18(3)).
    case restrictionLiftNotice = "restriction-lift-notice"
    /// Notice of the portability delivery (Art. 20).
    case portabilityNotice = "portability-notice"
    /// Notice of what processing stopped after an objection (Art. 21).
    case objectionNotice = "objection-notice"
    /// Written refusal certificate, whole or partial (Art. 12(4)).
    case refusal
    /// Confirmation that the request was withdrawn and nothing further is done (good practice under the
    /// accountability principle, Art. 5(2); legal-facts § 2.9).
    case withdrawalConfirmation = "withdrawal-confirmation"
}
