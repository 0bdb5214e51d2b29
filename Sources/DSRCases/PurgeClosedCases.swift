import DSRCore

/// The command to remove the personal data of requests closed before a day (their statistics and history stay).
public struct PurgeClosedCases: Sendable, Equatable {
    /// Requests closed before this day are purged.
    public var closedBefore: CivilDate
    /// Whether each request keeps its controller's reference (by default it goes, and only a keyed tag stays).
    public var keepReferences: Bool

    /// Creates the command.
    public init(closedBefore: CivilDate, keepReferences: Bool = false) {
        self.closedBefore = closedBefore
        self.keepReferences = keepReferences
    }
}
