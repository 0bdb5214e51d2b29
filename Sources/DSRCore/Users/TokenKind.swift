/// What a token opens: the HTTP API with its user's role, or the calendar subscription only.
public enum TokenKind: String, Sendable, Codable, CaseIterable, Hashable {
    /// An API token (`Authorization: Bearer …`): acts as its user, with the user's role.
    case api
    /// A calendar token, for a calendar subscription URL: reads the deadline calendar and nothing else, and never
    /// signs a change.
    case calendar
}
