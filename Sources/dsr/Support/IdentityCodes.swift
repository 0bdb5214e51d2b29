import DSRCore
import DSRStore

/// The tool's use of identity codes given on the command line: validated, then sealed or turned into a lookup tag
/// at once, so the plain code lives no longer than this call.
enum IdentityCodes {
    /// Validates a henkilötunnus and seals it under the register's key (made on first need, mode 0600).
    /// - Throws: ``InputError/invalidIdentityCode(field:)`` (exit 65); a storage error (exit 74) if the register is
    ///   read-only or the key file cannot be made or read.
    static func seal(_ text: String, store: any RequestStore, global: GlobalOptions) throws -> SealedIdentityCode {
        guard let code = Henkilotunnus(text) else { throw InputError.invalidIdentityCode(field: "--hetu") }
        if let store = store as? SQLiteStore, let reason = store.readOnlyReason {
            throw StoreError.failed(operation: "register a request", reason: "the register is read-only: \(reason)")
        }
        guard let key = try IdentityCodeKey.load(forRegister: global.databasePath, create: true) else {
            throw IdentityCodeError.keyUnreadable(path: IdentityCodeKey.path(forRegister: global.databasePath),
                                                  reason: "it could not be made")
        }
        return try key.seal(code)
    }

    /// The lookup tag of a henkilötunnus under the register's key, or `nil` if the register has no key yet (then no
    /// request carries a code).
    static func lookupTag(_ text: String, global: GlobalOptions) throws -> String? {
        guard let code = Henkilotunnus(text) else { throw InputError.invalidIdentityCode(field: "--hetu") }
        return try IdentityCodeKey.load(forRegister: global.databasePath, create: false)?.lookup(code)
    }
}
