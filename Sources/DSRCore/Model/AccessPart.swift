/// A part of the access response's GDPR Art. 15(1) information that must not be empty
/// (``AccessInformation/missingRequiredParts``).
public enum AccessPart: String, Sendable, Codable, CaseIterable {
    /// The purposes of the processing (Art. 15(1)(a)).
    case purposes
    /// The categories of the person's data (Art. 15(1)(b)).
    case categories
    /// The recipients of the person's data (Art. 15(1)(c); CJEU C-154/21).
    case recipients
    /// The retention period or its criteria (Art. 15(1)(d)).
    case retention
    /// Whether there is automated decision-making, and if so its logic and consequences (Art. 15(1)(h)).
    case automatedDecisions

    /// The case field that records the part.
    public var field: CaseField {
        switch self {
        case .purposes: .purposes
        case .categories: .categories
        case .recipients: .recipients
        case .retention: .retention
        case .automatedDecisions: .automatedDecisions
        }
    }
}
