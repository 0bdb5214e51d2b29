import DSRCore

/// The command to show one request with its deadline explanation and history.
public struct ShowCase: Sendable, Equatable {
    /// The case.
    public var caseNumber: CaseNumber
    /// The day to count days left from.
    public var asOf: CivilDate

    /// Creates the command.
    public init(caseNumber: CaseNumber, asOf: CivilDate) {
        self.caseNumber = caseNumber
        self.asOf = asOf
    }
}
