import DSRCore

/// The command to register an incoming request.
public struct RegisterRequest: Sendable, Equatable {
    /// What is known of the request (its subject's identity code, if any, goes in ``identityCode``).
    public var draft: RequestDraft
    /// The subject's henkilötunnus, already validated, to seal under the register's key.
    public var identityCode: Henkilotunnus?

    /// Creates the command.
    public init(draft: RequestDraft, identityCode: Henkilotunnus? = nil) {
        self.draft = draft
        self.identityCode = identityCode
    }
}
