/// Who is acting on a shared register: a signed-in user and the role the register gives them now.
///
/// Front ends that sign users in (`dsr serve`) resolve a session or token to a principal and pass
/// ``actorName`` to the service as the actor, so that every change in the hash chain names the user who made it.
public struct Principal: Hashable, Sendable {
    /// The user's sign-in name.
    public var name: UserName
    /// The user's role.
    public var role: UserRole

    /// Creates a principal.
    public init(name: UserName, role: UserRole) {
        self.name = name
        self.role = role
    }

    /// The actor recorded in the hash chain for this user's changes: the sign-in name.
    public var actorName: String { name.rawValue }
}
