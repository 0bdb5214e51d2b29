import Foundation

/// An API or calendar token as the register keeps it: the SHA-256 of its secret, never the secret.
///
/// Its id is the sequence number of the `token-created` event that recorded it.
public struct TokenRecord: Sendable, Equatable {
    /// The token's id (the sequence number of its `token-created` event); 0 before it is stored.
    public var id: Int64
    /// The user the token acts as.
    public var user: UserName
    /// What the token opens.
    public var kind: TokenKind
    /// The label given when it was made (for example `ci`).
    public var label: String
    /// The SHA-256 of the token's secret part, lowercase hex.
    public var secretHash: String
    /// When it was made (the event's time).
    public var createdAt: Date
    /// Who made it (the event's actor).
    public var createdBy: String
    /// When it was revoked, if it was.
    public var revokedAt: Date?

    /// Creates a record.
    public init(
        id: Int64 = 0, user: UserName, kind: TokenKind, label: String, secretHash: String, createdAt: Date,
        createdBy: String, revokedAt: Date? = nil
    ) {
        self.id = id
        self.user = user
        self.kind = kind
        self.label = label
        self.secretHash = secretHash
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.revokedAt = revokedAt
    }

    /// The canonical JSON whose SHA-256 the `token-created` event records as its state hash: the chain commits to
    /// the secret's hash without holding it.
    public var stateJSON: String {
        CanonicalJSON.encode([
            "user": user.rawValue, "kind": kind.rawValue, "label": label, "secretHash": secretHash,
        ])
    }

    /// The token as front ends list it, without its hash.
    public var summary: TokenSummary {
        TokenSummary(
            id: id, user: user, kind: kind, label: label, createdAt: createdAt, createdBy: createdBy,
            revokedAt: revokedAt)
    }
}
