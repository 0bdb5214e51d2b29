import DSRCore

/// An authentication with a token as a front end received it (`Authorization: Bearer …`, or a calendar URL).
public struct TokenSignIn: Sendable, Equatable {
    /// The token as received.
    public var token: String
    /// The kind of token this entry point accepts: an API route accepts API tokens only, the calendar route calendar
    /// tokens only.
    public var kind: TokenKind

    /// Creates the command.
    public init(token: String, kind: TokenKind = .api) {
        self.token = token
        self.kind = kind
    }
}
