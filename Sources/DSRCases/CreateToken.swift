import DSRCore

/// The command to create an API or calendar token for a user.
public struct CreateToken: Sendable, Equatable {
    /// The longest label accepted.
    public static let labelLimit = 100

    /// The user the token acts as.
    public var user: UserName
    /// A label saying what the token is for (`ci`, `phone calendar`); 1–100 characters, no control characters.
    public var label: String
    /// What the token opens.
    public var kind: TokenKind

    /// Creates the command.
    public init(user: UserName, label: String, kind: TokenKind = .api) {
        self.user = user
        self.label = label
        self.kind = kind
    }
}
