import Foundation

/// A token as front ends list it: never its secret or the secret's hash.
public struct TokenSummary: Sendable, Equatable, Codable {
    /// The token's id.
    public var id: Int64
    /// The user the token acts as.
    public var user: UserName
    /// What the token opens.
    public var kind: TokenKind
    /// Its label.
    public var label: String
    /// When it was made.
    public var createdAt: Date
    /// Who made it.
    public var createdBy: String
    /// When it was revoked, if it was.
    public var revokedAt: Date?

    /// Creates a summary.
    public init(
        id: Int64, user: UserName, kind: TokenKind, label: String, createdAt: Date, createdBy: String,
        revokedAt: Date?
    ) {
        self.id = id
        self.user = user
        self.kind = kind
        self.label = label
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.revokedAt = revokedAt
    }
}
