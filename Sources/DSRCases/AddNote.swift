import DSRCore

/// The command to add a dated note to a case (`note`).
public struct AddNote: Sendable, Equatable {
    /// The case.
    public var caseNumber: CaseNumber
    /// The note's text (free text, personal data).
    public var text: String

    /// Creates the command.
    public init(caseNumber: CaseNumber, text: String) {
        self.caseNumber = caseNumber
        self.text = text
    }
}
