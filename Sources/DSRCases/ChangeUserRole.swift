import DSRCore

/// The command to give a user another role; it ends the user's sessions.
public struct ChangeUserRole: Sendable, Equatable {
    /// The user.
    public var name: UserName
    /// The new role.
    public var role: UserRole

    /// Creates the command.
    public init(name: UserName, role: UserRole) {
        self.name = name
        self.role = role
    }
}
