import DSRCore

/// The requests of one person, matched by their identity code's keyed lookup tag.
public struct IdentityMatches: Sendable, Equatable {
    /// The requests, in case-number order (empty if none, or if the register has no key and holds no codes).
    public var records: [RequestRecord]
    /// The path of an identity-code key file made by an earlier dsr that was adopted on the way, or `nil`.
    public var adoptedKeyPath: String?

    /// Creates the result.
    public init(records: [RequestRecord], adoptedKeyPath: String? = nil) {
        self.records = records
        self.adoptedKeyPath = adoptedKeyPath
    }
}
