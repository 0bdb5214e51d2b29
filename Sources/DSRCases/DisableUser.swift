import DSRCore

/// The command to disable a user: they can no longer sign in, their sessions end and their tokens stop working.
public struct DisableUser: Sendable, Equatable {
    /// The user.
    public var name: UserName

    /// Creates the command.
    public init(name: UserName) {
        self.name = name
    }
}
