import DSRCore

/// The command to record one workflow event on a case.
public struct RecordEvent: Sendable, Equatable {
    /// The case.
    public var caseNumber: CaseNumber
    /// The event, as the case's workflow names it.
    public var event: EventID
    /// The event's day and data.
    public var input: EventInput

    /// Creates the command.
    public init(caseNumber: CaseNumber, event: EventID, input: EventInput) {
        self.caseNumber = caseNumber
        self.event = event
        self.input = input
    }
}
