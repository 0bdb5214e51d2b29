/// The note the tool prints when a use case adopted the identity-code key of a register made by an earlier dsr.
enum KeyAdoption {
    /// Prints the note on standard error if `path` (the adopted key file) is given.
    static func note(_ path: String?) {
        guard let path else { return }
        printNote(
            "the identity-code key \(path) of this register, made by an earlier dsr, is adopted: its "
                + "fingerprint is now recorded in the register's hash chain. Keep a copy of the key file "
                + "(docs/security.md, Key handling).")
    }
}
