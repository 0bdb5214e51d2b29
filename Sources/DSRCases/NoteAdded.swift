import DSRCore

/// What `note` did: the note's event as recorded.
public struct NoteAdded: Sendable, Equatable {
    /// The case.
    public var caseNumber: CaseNumber
    /// The day of the note.
    public var on: CivilDate

    /// Creates the result.
    public init(caseNumber: CaseNumber, on: CivilDate) {
        self.caseNumber = caseNumber
        self.on = on
    }
}
