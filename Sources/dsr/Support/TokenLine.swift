import DSRCore
import Foundation

/// A token as `dsr token list` prints it, times in UTC (`2026-11-21T10:00:00Z`).
struct TokenLine: Encodable {
    /// The id.
    var id: Int64
    /// The user.
    var user: String
    /// api or calendar.
    var kind: String
    /// The label.
    var label: String
    /// When it was made.
    var createdAt: String
    /// Who made it.
    var createdBy: String
    /// When it was revoked, if it was.
    var revokedAt: String?

    /// The line of a token.
    init(_ token: TokenSummary) {
        id = token.id
        user = token.user.rawValue
        kind = token.kind.rawValue
        label = token.label
        createdAt = UserCommands.timestamp(token.createdAt)
        createdBy = token.createdBy
        revokedAt = token.revokedAt.map(UserCommands.timestamp)
    }
}
