import DSRCore
import DSRStore

/// The tool's use of identity codes given on the command line: validated, then sealed or turned into a lookup tag
/// at once, so the plain code lives no longer than this call; and the register's key those need.
enum IdentityCodes {
    /// Validates a henkilötunnus given as `--hetu`.
    /// - Throws: ``InputError/invalidIdentityCode(field:)`` (exit 65), without repeating the code.
    static func validated(_ text: String) throws -> Henkilotunnus {
        guard let code = Henkilotunnus(text) else { throw InputError.invalidIdentityCode(field: "--hetu") }
        return code
    }

    /// Seals a validated code under the register's key.
    /// - Throws: a storage error (exit 74) if the register is read-only, has no key (`dsr key init` makes one), or
    ///   its key file is missing, another key, or cannot be read. No key is ever made here.
    static func seal(_ code: Henkilotunnus, store: SQLiteStore, global: GlobalOptions) throws -> SealedIdentityCode {
        if let reason = store.readOnlyReason {
            throw StoreError.failed(operation: "register a request", reason: "the register is read-only: \(reason)")
        }
        guard let key = try key(of: store, global: global) else {
            throw IdentityCodeError.noKey(path: IdentityCodeKey.path(forRegister: global.databasePath))
        }
        return try key.seal(code)
    }

    /// The lookup tag of a code under the register's key, or `nil` if the register has no key and holds no codes.
    /// - Throws: a storage error (exit 74) if the key file is missing, another key, or cannot be read.
    static func lookupTag(_ code: Henkilotunnus, store: SQLiteStore, global: GlobalOptions) throws -> String? {
        try key(of: store, global: global)?.lookup(code)
    }

    /// The register's key for a command that needs it: the key the register recorded, or the key of a register made
    /// by an earlier dsr, adopted now (its fingerprint recorded in the chain, unless the register is read-only).
    /// - Returns: `nil` if the register has no key, no key file and no stored code.
    /// - Throws: ``IdentityCodeError`` (exit 74) if the key file is missing, another key, or cannot be read.
    static func key(of store: SQLiteStore, global: GlobalOptions) throws -> IdentityCodeKey? {
        switch try store.registerKey() {
        case .recorded(let key):
            return key
        case .unrecorded(let key):
            if store.readOnlyReason == nil {
                try store.recordKeyFingerprint(of: key, reason: .adopted, actor: global.actorName, now: Clock.now(),
                                               today: try Clock.today())
                printNote("the identity-code key \(key.path) of this register, made by an earlier dsr, is adopted: its "
                          + "fingerprint is now recorded in the register's hash chain. Keep a copy of the key file "
                          + "(docs/security.md, Key handling).")
            }
            return key
        case .none:
            return nil
        }
    }
}
