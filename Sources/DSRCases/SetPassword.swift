import DSRCore

/// The command to set a user's password: by an admin, or by the user with the one-time setup code they were given.
/// It ends the user's sessions.
public struct SetPassword: Sendable {
    /// The user.
    public var name: UserName
    /// The new password (checked by ``PasswordRules``).
    public var password: String
    /// The setup code the user was given, when they redeem it; `nil` when an admin sets the password.
    public var setupCode: String?
    /// How the password is hashed.
    public var hashing: PasswordHashing

    /// Creates the command.
    public init(name: UserName, password: String, setupCode: String? = nil, hashing: PasswordHashing = .standard) {
        self.name = name
        self.password = password
        self.setupCode = setupCode
        self.hashing = hashing
    }
}
