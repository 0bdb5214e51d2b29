/// The command to revoke a token: it stops working at once.
public struct RevokeToken: Sendable, Equatable {
    /// The token's id.
    public var id: Int64

    /// Creates the command.
    public init(id: Int64) {
        self.id = id
    }
}
