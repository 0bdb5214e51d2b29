import DSRCore

/// The command to log that a case's personal data was shown to the actor (the access log, ``CaseView``).
public struct RecordCaseView: Sendable, Equatable {
    /// The case shown.
    public var caseNumber: CaseNumber

    /// Creates the command.
    public init(caseNumber: CaseNumber) {
        self.caseNumber = caseNumber
    }
}
