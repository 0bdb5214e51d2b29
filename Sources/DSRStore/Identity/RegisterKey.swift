/// The state of a register's identity-code key (``SQLiteStore/registerKey()``).
public enum RegisterKey: Sendable {
    /// The key file is the key the register recorded.
    case recorded(IdentityCodeKey)
    /// The register recorded no key, and this key file (which opens every code tried) can be adopted.
    case unrecorded(IdentityCodeKey)
    /// The register has no key: none recorded, no key file, no stored code.
    case none

    /// The key, if there is one.
    public var key: IdentityCodeKey? {
        switch self {
        case .recorded(let key), .unrecorded(let key): key
        case .none: nil
        }
    }
}
