import DSRCore

/// What `void` did: the voided event's name, the request replayed without it, and the state and deadline before.
public struct EventVoided: Sendable, Equatable {
    /// The voided event's name.
    public var name: String
    /// The request as its history gives it without the event.
    public var record: RequestRecord
    /// The state before the void.
    public var previousState: StateID
    /// The deadline before the void.
    public var previousDeadline: CivilDate

    /// Creates the result.
    public init(name: String, record: RequestRecord, previousState: StateID, previousDeadline: CivilDate) {
        self.name = name
        self.record = record
        self.previousState = previousState
        self.previousDeadline = previousDeadline
    }
}
