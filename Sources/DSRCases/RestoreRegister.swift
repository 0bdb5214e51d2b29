import DSRCore

/// The command to replace a register with a backup, once the backup verifies.
public struct RestoreRegister: Sendable, Equatable {
    /// The backup to restore.
    public var source: String
    /// Whether a register already there may be replaced (it is kept beside it).
    public var replacing: Bool

    /// Creates the command.
    public init(source: String, replacing: Bool = false) {
        self.source = source
        self.replacing = replacing
    }
}
