import DSRCore

/// Validates business IDs with ``DSRCore/BusinessID``.
enum BusinessIDCheck {
    /// The ID in its canonical `NNNNNNN-C` form, or `nil` when the check digit fails (weights 7, 9, 10, 5, 8, 4, 2,
    /// mod 11; see `BusinessID`).
    static func validated(_ text: String) -> String? {
        BusinessID(text)?.description
    }
}
