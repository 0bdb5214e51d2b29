import DSRCore

/// A token just created: its summary and the token itself, which is shown this once and never stored.
public struct CreatedToken: Sendable, Equatable {
    /// The token's id, user, kind and label.
    public var summary: TokenSummary
    /// The token (`dsr_<id>_<secret>`).
    public var token: String

    /// Creates the result.
    public init(summary: TokenSummary, token: String) {
        self.summary = summary
        self.token = token
    }
}
