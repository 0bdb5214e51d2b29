import Foundation

/// What replacing a register's identity-code key did.
public struct IdentityKeyRotated: Sendable, Equatable {
    /// How many stored identity codes were re-sealed under the new key.
    public var resealed: Int
    /// Where the new key is kept.
    public var location: String
    /// The new key's fingerprint, recorded in the hash chain.
    public var fingerprint: String
    /// Where the old key is kept (backups made before the rotation need it).
    public var retiredLocation: String
    /// The path of a key file made by an earlier dsr that was adopted before it was replaced, or `nil`.
    public var adoptedKeyPath: String?

    /// Creates the result.
    public init(
        resealed: Int, location: String, fingerprint: String, retiredLocation: String,
        adoptedKeyPath: String? = nil
    ) {
        self.resealed = resealed
        self.location = location
        self.fingerprint = fingerprint
        self.retiredLocation = retiredLocation
        self.adoptedKeyPath = adoptedKeyPath
    }
}
