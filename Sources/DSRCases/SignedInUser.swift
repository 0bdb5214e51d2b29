import DSRCore

/// A user whose password or token was accepted, or whose session is being checked: the principal and the sessions
/// generation in force (a session made under another generation is stale and must end).
public struct SignedInUser: Sendable, Equatable {
    /// Who is acting.
    public var principal: Principal
    /// The user's sessions generation now.
    public var sessionsGeneration: Int64

    /// Creates the value.
    public init(principal: Principal, sessionsGeneration: Int64) {
        self.principal = principal
        self.sessionsGeneration = sessionsGeneration
    }
}
