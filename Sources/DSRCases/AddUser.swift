import DSRCore

/// The command to add a user to a shared register, with a password or with a one-time setup code.
public struct AddUser: Sendable {
    /// How the new user will sign in first.
    public enum Credential: Sendable, Equatable {
        /// With this password (checked by ``PasswordRules``, hashed with bcrypt).
        case password(String)
        /// With no password yet: a one-time setup code, valid for ``AddUser/setupCodeLifetime`` seconds, lets the
        /// user set one.
        case setupCode
    }

    /// How long a setup code is valid: 24 hours.
    public static let setupCodeLifetime: Int64 = 24 * 60 * 60

    /// The sign-in name.
    public var name: UserName
    /// The role.
    public var role: UserRole
    /// The password, or a setup code.
    public var credential: Credential
    /// How the password is hashed (``PasswordHashing/standard`` unless a test lowers the cost).
    public var hashing: PasswordHashing

    /// Creates the command.
    public init(name: UserName, role: UserRole, credential: Credential, hashing: PasswordHashing = .standard) {
        self.name = name
        self.role = role
        self.credential = credential
        self.hashing = hashing
    }
}
