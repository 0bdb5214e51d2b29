import DSRCore

/// The tool's use of identity codes given on the command line: validated at once, then handed to the service layer
/// (``CaseService``), which seals them or turns them into lookup tags, so the plain code lives no longer than the
/// command.
enum IdentityCodes {
    /// Validates a henkilötunnus given as `--hetu`.
    /// - Throws: ``InputError/invalidIdentityCode(field:)`` (exit 65), without repeating the code.
    static func validated(_ text: String) throws -> Henkilotunnus {
        guard let code = Henkilotunnus(text) else { throw InputError.invalidIdentityCode(field: "--hetu") }
        return code
    }
}
