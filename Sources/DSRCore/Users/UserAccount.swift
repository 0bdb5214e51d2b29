/// A user as front ends list them: no password hash, no setup code.
public struct UserAccount: Sendable, Equatable, Codable {
    /// The sign-in name.
    public var name: UserName
    /// The role.
    public var role: UserRole
    /// Whether the user is disabled.
    public var isDisabled: Bool
    /// Whether a password is set (a user added with a setup code has none until they redeem it).
    public var hasPassword: Bool
    /// The sessions generation: a server ends every session made under an older one.
    public var sessionsGeneration: Int64

    /// Creates an account.
    public init(name: UserName, role: UserRole, isDisabled: Bool, hasPassword: Bool, sessionsGeneration: Int64) {
        self.name = name
        self.role = role
        self.isDisabled = isDisabled
        self.hasPassword = hasPassword
        self.sessionsGeneration = sessionsGeneration
    }
}
