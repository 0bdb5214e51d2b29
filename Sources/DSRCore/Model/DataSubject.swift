/// The person who made the request. Everything here is personal data: never put it in errors or logs.
public struct DataSubject: Sendable, Codable, Equatable {
    /// The person's name.
    public var name: String
    /// Their e-mail address, if given.
    public var email: String?
    /// Their postal address, if given (may span lines).
    public var address: String?
    /// Their telephone number, if given.
    public var phone: String?
    /// Their henkilötunnus, if given: masked, sealed and tagged for lookup, never in plain form.
    public var identityCode: SealedIdentityCode?

    /// Creates a data subject.
    public init(
        name: String, email: String? = nil, address: String? = nil, phone: String? = nil,
        identityCode: SealedIdentityCode? = nil
    ) {
        self.name = name
        self.email = email
        self.address = address
        self.phone = phone
        self.identityCode = identityCode
    }
}
