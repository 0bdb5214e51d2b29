import DSRCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension SQLiteStore: IdentityKeyStorage {
    /// Gives the register its key file (DATABASE.key, mode 0600): adopts one an earlier dsr left there, else makes
    /// one, and records its fingerprint; on the store's executor.
    /// - Throws: ``StoreError/failed(operation:reason:)`` if the register is read-only or in memory;
    ///   ``IdentityCodeError/keyExists(path:)`` if it has its key; ``IdentityCodeError`` if its key is gone.
    public func initialiseIdentityKey(actor: String, today: Today) async throws -> IdentityKeyInstalled {
        try await StoreExecutor.run {
            let operation = "record an identity-code key"
            if let reason = self.readOnlyReason {
                throw StoreError.failed(operation: operation, reason: "the register is read-only: \(reason)")
            }
            guard let path = self.path else {
                throw StoreError.failed(operation: operation, reason: "a register in memory has no key file")
            }
            let key: IdentityCodeKey
            let reason: IdentityKeyReason
            switch try self.registerKey() {
            case .recorded(let existing):
                throw IdentityCodeError.keyExists(path: existing.path)
            case .unrecorded(let existing):
                key = existing
                reason = .adopted
            case .none:
                key = try IdentityCodeKey.create(forRegister: path)
                reason = .created
            }
            try self.recordKeyFingerprint(of: key, reason: reason, actor: actor, now: today.now, today: today.date)
            return IdentityKeyInstalled(location: key.path, fingerprint: key.fingerprint, adopted: reason == .adopted)
        }
    }

    /// Replaces the key file with a new key, re-sealing every stored code in one transaction
    /// (``rotateKey(from:to:actor:now:today:)``); the old file is kept as DATABASE.key.retired-FINGERPRINT. On the
    /// store's executor.
    /// - Throws: ``StoreError/failed(operation:reason:)`` if the register is read-only;
    ///   ``IdentityCodeError/noKey(path:)`` if it has no key; ``IdentityCodeError`` if the key cannot be used or the
    ///   old key cannot be kept. Nothing changes then.
    public func rotateIdentityKey(actor: String, today: Today) async throws -> IdentityKeyRotated {
        try await StoreExecutor.run {
            if let reason = self.readOnlyReason {
                throw StoreError.failed(
                    operation: "rotate the identity-code key",
                    reason: "the register is read-only: \(reason)")
            }
            let (found, adopted) = try self.usableKey(actor: actor, today: today)
            guard let old = found else {
                throw IdentityCodeError.noKey(path: IdentityCodeKey.path(forRegister: self.path ?? ":memory:"))
            }
            let retired = old.path + ".retired-" + old.fingerprint.prefix(16)
            let (new, pending) = try old.makeReplacement()
            guard link(old.path, retired) == 0 else {
                unlink(pending)
                throw IdentityCodeError.keyUnreadable(
                    path: retired,
                    reason: "the old key could not be kept under this name (\(String(cString: strerror(errno))))")
            }
            let count: Int
            do {
                count = try self.rotateKey(from: old, to: new, actor: actor, now: today.now, today: today.date)
            } catch {
                unlink(pending)
                unlink(retired)
                throw error
            }
            try IdentityCodeKey.installReplacement(pending, at: old.path)
            return IdentityKeyRotated(
                resealed: count, location: new.path, fingerprint: new.fingerprint,
                retiredLocation: retired, adoptedKeyPath: adopted)
        }
    }
}
