/// A field of a request that `case set` can correct.
public enum CaseField: String, Sendable, Codable, CaseIterable {
    /// The data subject's name.
    case name
    /// The data subject's e-mail address.
    case email
    /// The data subject's postal address.
    case address
    /// The data subject's phone number.
    case phone
    /// The language of the answer.
    case language
    /// The controller's own reference.
    case reference
    /// The channel the request came by.
    case channel
    /// The day the request was received.
    case received

    /// Whether the field's values are personal data (``PersonalData``): kept beside the hash chain under a salted
    /// commitment, withheld in its public form and removed by a purge. The controller's reference counts, since it
    /// may name the person.
    public var isPersonal: Bool {
        switch self {
        case .name, .email, .address, .phone, .reference: true
        case .language, .channel, .received: false
        }
    }

    /// Whether the field may be emptied: a request always has a name, a language, a channel and a day of receipt.
    public var isRemovable: Bool {
        switch self {
        case .email, .address, .phone, .reference: true
        case .name, .language, .channel, .received: false
        }
    }

}
