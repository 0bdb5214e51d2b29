import DSRCore

extension CaseService {
    /// Gives a register that has no recorded identity-code key its key (adopting one an earlier dsr left), with
    /// its fingerprint recorded in the hash chain.
    public func initialiseIdentityKey(actor: String, today: Today) async throws -> IdentityKeyInstalled {
        try await storage.initialiseIdentityKey(actor: actor, today: today)
    }

    /// Replaces the register's identity-code key, re-sealing every stored code under the new one.
    public func rotateIdentityKey(actor: String, today: Today) async throws -> IdentityKeyRotated {
        try await storage.rotateIdentityKey(actor: actor, today: today)
    }
}
