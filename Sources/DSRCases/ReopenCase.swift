import DSRCore

/// The command to reopen a closed request (`reopen`), as its workflow allows.
public struct ReopenCase: Sendable, Equatable {
    /// The case.
    public var caseNumber: CaseNumber
    /// Why it is reopened (required).
    public var reason: String

    /// Creates the command.
    public init(caseNumber: CaseNumber, reason: String) {
        self.caseNumber = caseNumber
        self.reason = reason
    }
}
