import DSRCore

/// What `case set` did: the request as it is now, the changes recorded (none if every value given was the one
/// recorded), and the deadline before, which differs from the record's when the day of receipt moved.
public struct CaseFieldsSet: Sendable, Equatable {
    /// The request after the change.
    public var record: RequestRecord
    /// The fields changed, with old and new values.
    public var changes: [CaseFieldChange]
    /// The deadline before the change.
    public var previousDeadline: CivilDate

    /// Creates the result.
    public init(record: RequestRecord, changes: [CaseFieldChange], previousDeadline: CivilDate) {
        self.record = record
        self.changes = changes
        self.previousDeadline = previousDeadline
    }

    /// Whether the deadline moved.
    public var deadlineMoved: Bool { previousDeadline != record.deadline }
}
