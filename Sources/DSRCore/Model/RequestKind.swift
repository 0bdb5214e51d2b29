/// The six data-subject rights dsr handles, each a kind of request with its own workflow.
public enum RequestKind: String, Sendable, Codable, CaseIterable, Hashable {
    /// Right of access, GDPR Art. 15 (*tarkastuspyyntö*).
    case access
    /// Right to rectification, GDPR Art. 16 (*korjauspyyntö*, *oikaisupyyntö*).
    case rectification
    /// Right to erasure, GDPR Art. 17 (*poistopyyntö*).
    case erasure
    /// Right to restriction of processing, GDPR Art. 18 (*rajoittamispyyntö*).
    case restriction
    /// Right to data portability, GDPR Art. 20 (*siirtopyyntö*).
    case portability
    /// Right to object, GDPR Art. 21 (*vastustamispyyntö*, *kielto*).
    case objection

    /// The GDPR article that grants the right, for example `Art. 15`.
    public var article: String {
        switch self {
        case .access: "Art. 15"
        case .rectification: "Art. 16"
        case .erasure: "Art. 17"
        case .restriction: "Art. 18"
        case .portability: "Art. 20"
        case .objection: "Art. 21"
        }
    }
}
