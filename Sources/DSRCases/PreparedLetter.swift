import DSRCore
import DSRLetters

/// An unrecorded letter read and checked once (``CaseService/prepareLetter(_:today:)``), ready to be written in any
/// form: the e-mail draft writes its text and its PDF from the same preparation, so both bear the same date and
/// templates.
struct PreparedLetter {
    /// The request, with the copies of the data its letters enclose.
    var record: RequestRecord
    /// The letter type.
    var type: LetterType
    /// The letter's language.
    var language: Language
    /// The controller profile in force.
    var profile: ControllerProfile?
    /// The date the letter bears.
    var date: CivilDate
    /// The renderer with the templates the letter is written with.
    var renderer: LetterRenderer
    /// The handler's additions.
    var tailoring: LetterTailoring

    /// The letter as a file of the format.
    /// - Throws: ``LetterError`` if the letter cannot be written.
    func render(_ format: LetterFormat) throws -> [UInt8] {
        try renderer.renderFile(
            type, for: record, controller: profile, language: language, date: date, format: format,
            tailoring: tailoring)
    }
}
