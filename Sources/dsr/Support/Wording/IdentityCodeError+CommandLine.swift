import DSRCore

/// The tool's wording of identity-code key failures: the library's domain message, with the `dsr key` command that
/// creates or rotates the key where one is the way on.
extension IdentityCodeError: CommandLineWorded {
    /// The message for an identity-code key failure.
    var commandLineMessage: String {
        switch self {
        case .rotationUnfinished(let path, let pending):
            "`dsr key rotate` stopped after re-sealing the identity codes under the new key, before putting that key in "
                + "place: it is in \(pending); nothing was changed. Finish the rotation: mv \(pending) \(path)"
        case .noKey(let path):
            "this register has no identity-code key yet; nothing was changed. Create one with `dsr key init` (it will "
                + "be \(path)), keep a copy of it, and try again."
        case .keyExists(let path):
            "the register already has an identity-code key (\(path)); `dsr key init` never replaces a key, and "
                + "nothing was changed. To replace it, re-sealing every stored code, use `dsr key rotate`."
        case .keyUnreadable, .keyMissing, .keyMismatch, .cannotSeal, .cannotOpen:
            errorDescription ?? "the identity-code key cannot be used."
        }
    }
}
