import DSRCore
import DSRLetters

/// The command to write a letter of a request, to print it or to issue it.
public struct WriteLetter: Sendable, Equatable {
    /// The case.
    public var caseNumber: CaseNumber
    /// The letter type, or `nil` for the letter the request's state calls for.
    public var type: LetterType?
    /// The letter's language, or `nil` for the request's.
    public var language: Language?
    /// The letter's date, or `nil` for the default: the day it is issued, or the date of the same letter issued
    /// earlier when nothing in it has changed (a reprint keeps its date). A date given must lie from the day of
    /// receipt to today (legal-facts § 2.9).
    public var date: CivilDate?
    /// The form to write.
    public var format: LetterFormat
    /// The handler's paragraphs, enclosures and signer, and the controller's own templates.
    public var tailoring: LetterTailoring

    /// Creates the command.
    public init(
        caseNumber: CaseNumber, type: LetterType? = nil, language: Language? = nil, date: CivilDate? = nil,
        format: LetterFormat, tailoring: LetterTailoring = LetterTailoring()
    ) {
        self.caseNumber = caseNumber
        self.type = type
        self.language = language
        self.date = date
        self.format = format
        self.tailoring = tailoring
    }
}
