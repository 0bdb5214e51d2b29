/// The rules a new password must keep before it is hashed with bcrypt.
///
/// bcrypt reads at most 72 bytes of a password and silently ignores the rest, so a longer password would be weaker
/// than it looks; it also stops at a NUL byte. A password is therefore refused, never cut short, when it is longer than
/// ``maximumBytes`` bytes in UTF-8 or holds control characters, and refused when it is shorter than
/// ``minimumCharacters`` characters.
public enum PasswordRules {
    /// The fewest characters (extended grapheme clusters) a password may have.
    public static let minimumCharacters = 12
    /// The most UTF-8 bytes a password may have: bcrypt's limit.
    public static let maximumBytes = 72

    /// Checks a new password, naming `field` in the error (the password itself is never repeated).
    /// - Throws: ``InputError/tooShort(field:minimum:)``, ``InputError/tooManyBytes(field:limit:)`` or
    ///   ``InputError/forbiddenCharacters(field:)``.
    public static func check(_ password: String, field: String = "password") throws(InputError) {
        if password.utf8.count > maximumBytes { throw .tooManyBytes(field: field, limit: maximumBytes) }
        if password.unicodeScalars.contains(where: { $0.properties.isControlLike }) {
            throw .forbiddenCharacters(field: field)
        }
        if password.count < minimumCharacters { throw .tooShort(field: field, minimum: minimumCharacters) }
    }
}
