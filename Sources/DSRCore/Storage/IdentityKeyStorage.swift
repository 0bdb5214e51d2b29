import Foundation

/// The register's identity-code key, as the service layer sees it: giving a register its key and replacing it.
/// Where the key is kept (a file beside an SQLite register, a secret store for a server) is the backend's matter.
public protocol IdentityKeyStorage: Sendable {
    /// Gives a register that has no recorded key its key: adopts a key left by an earlier dsr, else makes one, and
    /// records its fingerprint in the hash chain as done by `actor` at `today`.
    /// - Throws: ``StoreError/failed(operation:reason:)`` if the register is read-only; the backend's key error if
    ///   the register already has its key, or if it holds codes whose key is gone.
    func initialiseIdentityKey(actor: String, today: Today) async throws -> IdentityKeyInstalled

    /// Replaces the register's key with a new one, re-sealing every stored code under it in one transaction; the
    /// old key is kept for the backups made before.
    /// - Throws: ``StoreError/failed(operation:reason:)`` if the register is read-only; the backend's key error if
    ///   it has no key or its key cannot be used. Nothing changes then.
    func rotateIdentityKey(actor: String, today: Today) async throws -> IdentityKeyRotated
}
