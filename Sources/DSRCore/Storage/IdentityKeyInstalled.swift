import Foundation

/// A register's identity-code key, given to it now.
public struct IdentityKeyInstalled: Sendable, Equatable {
    /// Where the key is kept.
    public var location: String
    /// The key's fingerprint, recorded in the hash chain.
    public var fingerprint: String
    /// Whether a key left by an earlier dsr was adopted (`false`: a new key was made).
    public var adopted: Bool

    /// Creates the result.
    public init(location: String, fingerprint: String, adopted: Bool) {
        self.location = location
        self.fingerprint = fingerprint
        self.adopted = adopted
    }
}
