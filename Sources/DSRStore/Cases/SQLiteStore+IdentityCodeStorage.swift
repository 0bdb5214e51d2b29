import DSRCore
import Foundation

extension SQLiteStore: IdentityCodeStorage {
    /// Seals a code under the register's key (adopting a key left by an earlier dsr), on the store's executor.
    /// - Throws: ``StoreError/failed(operation:reason:)`` if the register is read-only;
    ///   ``IdentityCodeError/noKey(path:)`` if it has no key (`dsr key init` makes one); ``IdentityCodeError`` if
    ///   its key file is missing, another key, or cannot be read. No key is ever made here.
    public func sealIdentityCode(_ code: Henkilotunnus, actor: String, today: Today) async throws
        -> IdentityKeyAnswer<SealedIdentityCode>
    {
        try await StoreExecutor.run {
            if let reason = self.readOnlyReason {
                throw StoreError.failed(operation: "register a request", reason: "the register is read-only: \(reason)")
            }
            let (key, adopted) = try self.usableKey(actor: actor, today: today)
            guard let key else {
                throw IdentityCodeError.noKey(path: IdentityCodeKey.path(forRegister: self.path ?? ":memory:"))
            }
            return IdentityKeyAnswer(try key.seal(code), adoptedKeyPath: adopted)
        }
    }

    /// The lookup tag of a code under the register's key, or `nil` if the register has no key and holds no codes,
    /// on the store's executor.
    public func identityLookupTag(_ code: Henkilotunnus, actor: String, today: Today) async throws
        -> IdentityKeyAnswer<String?>
    {
        try await StoreExecutor.run {
            let (key, adopted) = try self.usableKey(actor: actor, today: today)
            return IdentityKeyAnswer(key?.lookup(code), adoptedKeyPath: adopted)
        }
    }

    /// Whether the register has a usable key (adopting a key left by an earlier dsr), on the store's executor.
    /// - Throws: ``IdentityCodeError/noKey(path:)`` if `required` and there is none; ``IdentityCodeError`` if the key
    ///   file is missing, another key, or cannot be read.
    public func checkIdentityKey(required: Bool, actor: String, today: Today) async throws -> IdentityKeyAnswer<Bool> {
        try await StoreExecutor.run {
            let (key, adopted) = try self.usableKey(actor: actor, today: today)
            if key == nil, required {
                throw IdentityCodeError.noKey(path: IdentityCodeKey.path(forRegister: self.path ?? ":memory:"))
            }
            return IdentityKeyAnswer(key != nil, adoptedKeyPath: adopted)
        }
    }

    /// The requests whose identity code has the lookup tag (``records(withIdentityLookup:)``), on the store's
    /// executor.
    public func records(withIdentityLookup tag: String) async throws -> [RequestRecord] {
        try await StoreExecutor.run { try self.records(withIdentityLookup: tag) }
    }

    /// The register's key for a use case that needs it: the key the register recorded, or the key of a register made
    /// by an earlier dsr, adopted now (its fingerprint recorded in the chain, unless the register is read-only), with
    /// the adopted key's path.
    /// - Returns: `nil` for the key if the register has no key, no key file and no stored code.
    /// - Throws: ``IdentityCodeError`` if the key file is missing, another key, or cannot be read.
    public func usableKey(actor: String, today: Today) throws -> (key: IdentityCodeKey?, adoptedPath: String?) {
        switch try registerKey() {
        case .recorded(let key):
            return (key, nil)
        case .unrecorded(let key):
            guard readOnlyReason == nil else { return (key, nil) }
            try recordKeyFingerprint(of: key, reason: .adopted, actor: actor, now: today.now, today: today.date)
            return (key, key.path)
        case .none:
            return (nil, nil)
        }
    }
}
