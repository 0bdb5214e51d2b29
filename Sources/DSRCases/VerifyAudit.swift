import DSRCore

/// The command to check the whole register against its hash chain, replaying every case through its workflow.
public struct VerifyAudit: Sendable, Equatable {
    /// Heads of the chain kept outside the register, which it must contain.
    public var anchors: [ChainAnchor]
    /// Whether the register's identity-code key must be the key it recorded (a backup's key is kept apart from it).
    public var checkIdentityKey: Bool

    /// Creates the command.
    public init(anchors: [ChainAnchor] = [], checkIdentityKey: Bool = true) {
        self.anchors = anchors
        self.checkIdentityKey = checkIdentityKey
    }
}
