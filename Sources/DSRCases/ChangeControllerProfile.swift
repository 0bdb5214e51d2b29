import DSRCore

/// The command to change fields of the controller profile; the result is stored as a new version.
public struct ChangeControllerProfile: Sendable {
    /// The fields to change (`nil` keeps a field).
    public var changes: ControllerProfileChanges
    /// What made the change, recorded in the `controller-set` event (for example the command that was run).
    public var source: String

    /// Creates the command.
    public init(changes: ControllerProfileChanges, source: String) {
        self.changes = changes
        self.source = source
    }
}
