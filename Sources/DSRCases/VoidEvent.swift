import DSRCore

/// The command to mark a mistaken event of a case void (`void`): a compensating event, after which the case's
/// state and clock are replayed without it.
public struct VoidEvent: Sendable, Equatable {
    /// The case.
    public var caseNumber: CaseNumber
    /// The sequence number of the event to void, as the case's history shows it.
    public var sequence: Int64
    /// Why the event is void (required).
    public var reason: String

    /// Creates the command.
    public init(caseNumber: CaseNumber, sequence: Int64, reason: String) {
        self.caseNumber = caseNumber
        self.sequence = sequence
        self.reason = reason
    }
}
