/// Why the register recorded a key's fingerprint in an `identity-key` event (``SystemEvent/identityKey``).
public enum IdentityKeyReason: String, Sendable, CaseIterable {
    /// The key was made for the register: when it was created, or by `dsr key init`.
    case created
    /// The key file already beside the register (made by an earlier dsr) was taken over.
    case adopted
    /// `dsr key rotate` replaced the key, re-sealing every stored code.
    case rotated
}
