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
    /// The categories of the person's data (GDPR Art. 15(1)(b); ``AccessInformation``).
    case categories
    /// The purposes their data are processed for (Art. 15(1)(a)).
    case purposes
    /// The recipients of their data, by name where known (Art. 15(1)(c); CJEU C-154/21).
    case recipients
    /// How long their data are kept (Art. 15(1)(d)).
    case retention
    /// Where their data came from, when not from them (Art. 15(1)(g)).
    case source
    /// Automated decision-making about them, or that there is none (Art. 15(1)(h)).
    case automatedDecisions
    /// Transfers of their data outside the EU/EEA and the safeguards (Art. 15(2)).
    case transfers
    /// The user of the register the case is assigned to (a user name, not the data subject's data), or none.
    case assignee

    /// Whether the field's values are personal data (``PersonalData``): kept beside the hash chain under a salted
    /// commitment, withheld in its public form and removed by a purge. The controller's reference counts, since it
    /// may name the person.
    public var isPersonal: Bool {
        switch self {
        case .name, .email, .address, .phone, .reference: true
        case .categories, .purposes, .recipients, .retention, .source, .automatedDecisions, .transfers: true
        case .language, .channel, .received, .assignee: false
        }
    }

    /// Whether the field may be emptied: a request always has a name, a language, a channel and a day of receipt.
    public var isRemovable: Bool {
        switch self {
        case .email, .address, .phone, .reference, .assignee: true
        case .categories, .purposes, .recipients, .retention, .source, .automatedDecisions, .transfers: true
        case .name, .language, .channel, .received: false
        }
    }

    /// Whether the field is part of the access response's information (``AccessInformation``).
    public var isAccessInformation: Bool {
        switch self {
        case .categories, .purposes, .recipients, .retention, .source, .automatedDecisions, .transfers: true
        case .name, .email, .address, .phone, .language, .reference, .channel, .received, .assignee: false
        }
    }
}
