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

    /// The register's key for a command that needs it: the key the register recorded, or the key of a register made
    /// by an earlier dsr, adopted now (its fingerprint recorded in the chain, unless the register is read-only).
    /// - Returns: `nil` if the register has no key, no key file and no stored code.
    /// - Throws: ``IdentityCodeError`` (exit 74) if the key file is missing, another key, or cannot be read.
    static func key(of store: SQLiteStore, global: GlobalOptions) throws -> IdentityCodeKey? {
        let (key, adopted) = try store.usableKey(actor: global.actorName, today: try Clock.moment())
        KeyAdoption.note(adopted)
        return key
    }
}
