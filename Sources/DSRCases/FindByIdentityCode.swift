import DSRCore

/// The command to find every request, open or closed, of the person with an identity code.
public struct FindByIdentityCode: Sendable, Equatable {
    /// The person's henkilötunnus, already validated.
    public var code: Henkilotunnus

    /// Creates the command.
    public init(code: Henkilotunnus) {
        self.code = code
    }
}
