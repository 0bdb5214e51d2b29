import DSRCore

/// The open requests and the controller's internal target: what the due list and the deadline calendar show.
public struct OpenDeadlines: Sendable, Equatable {
    /// The open requests, soonest deadline first.
    public var records: [RequestRecord]
    /// The controller profile's internal target (answer this many working days before the deadline), if set.
    public var internalTargetDays: Int?

    /// Creates the result.
    public init(records: [RequestRecord], internalTargetDays: Int?) {
        self.records = records
        self.internalTargetDays = internalTargetDays
    }
}
