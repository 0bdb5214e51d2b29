import DSRCore

/// The command to correct a request's data and record its access information (`case set`): each field given is set, an empty text removes a value
/// that may be removed; fields not given stay as they are.
public struct SetCaseFields: Sendable, Equatable {
    /// The case.
    public var caseNumber: CaseNumber
    /// The data subject's name.
    public var name: String?
    /// The e-mail address (empty: remove).
    public var email: String?
    /// The postal address (empty: remove).
    public var address: String?
    /// The phone number (empty: remove).
    public var phone: String?
    /// The controller's reference (empty: remove).
    public var reference: String?
    /// The language of the answer.
    public var language: Language?
    /// The channel the request came by.
    public var channel: Channel?
    /// The day the request was received.
    public var received: CivilDate?
    /// The GDPR Art. 15(1)–(2) information as it applies to the person (empty texts: remove): categories, purposes,
    /// recipients, retention, source, automated decision-making and transfers. ``AccessInformation/noneValue``
    /// records that there are no recipients, no automated decision-making or no transfers.
    public var access: AccessInformation
    /// Why, required when a recorded value is changed or removed.
    public var reason: String?
    /// The name of the enabled user to assign the case to (empty: assigned to nobody).
    public var assignee: String?

    /// Creates the command.
    public init(
        caseNumber: CaseNumber, name: String? = nil, email: String? = nil, address: String? = nil,
        phone: String? = nil, reference: String? = nil, language: Language? = nil, channel: Channel? = nil,
        received: CivilDate? = nil, access: AccessInformation = AccessInformation(), reason: String? = nil,
        assignee: String? = nil
    ) {
        self.access = access
        self.caseNumber = caseNumber
        self.name = name
        self.email = email
        self.address = address
        self.phone = phone
        self.reference = reference
        self.language = language
        self.channel = channel
        self.received = received
        self.reason = reason
        self.assignee = assignee
    }
}
