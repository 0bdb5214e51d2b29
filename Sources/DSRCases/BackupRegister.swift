import DSRCore

/// The command to copy the register, while others may write, to a backup that is verified before it is kept.
public struct BackupRegister: Sendable, Equatable {
    /// Where the backup goes (its anchor is kept beside it).
    public var destination: String
    /// Whether a backup or anchor already there may be replaced.
    public var replacing: Bool

    /// Creates the command.
    public init(destination: String, replacing: Bool = false) {
        self.destination = destination
        self.replacing = replacing
    }
}
