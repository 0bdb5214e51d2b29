import DSRCore

/// What `reopen` did: the request reopened, the state it was closed in and the deadline before.
public struct CaseReopened: Sendable, Equatable {
    /// The request after reopening.
    public var record: RequestRecord
    /// The final state it was closed in.
    public var previousState: StateID
    /// The deadline before.
    public var previousDeadline: CivilDate

    /// Creates the result.
    public init(record: RequestRecord, previousState: StateID, previousDeadline: CivilDate) {
        self.record = record
        self.previousState = previousState
        self.previousDeadline = previousDeadline
    }
}
