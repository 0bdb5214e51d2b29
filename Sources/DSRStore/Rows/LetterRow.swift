import DSRCore
import GRDB

/// A row of the `letter` table: one issued letter, without its files.
struct LetterRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "letter"

    /// The case's year.
    var caseYear: Int
    /// The case's sequence number.
    var caseSequence: Int
    /// The letter's number within the case, from 1.
    var number: Int
    /// The letter type's raw value.
    var type: String
    /// The language code.
    var language: String
    /// The date the letter bears, `YYYY-MM-DD`.
    var date: String
    /// The controller-profile version it was written with.
    var profileVersion: Int?
    /// The form handed out.
    var format: String
    /// The SHA-256 of the text form without its footer.
    var bodySHA256: String
    /// The sequence number of its `letter-issued` event.
    var eventSequence: Int64

    /// Builds the row of a letter recorded by an event.
    init(_ letter: IssuedLetter, eventSequence: Int64) {
        self.caseYear = letter.number.caseNumber.year
        self.caseSequence = letter.number.caseNumber.sequence
        self.number = letter.number.sequence
        self.type = letter.type.rawValue
        self.language = letter.language.rawValue
        self.date = letter.date.description
        self.profileVersion = letter.profileVersion
        self.format = letter.format.rawValue
        self.bodySHA256 = letter.bodySHA256
        self.eventSequence = eventSequence
    }

    /// The letter's number.
    var letterNumber: LetterNumber {
        LetterNumber(caseNumber: CaseNumber(year: caseYear, sequence: caseSequence), sequence: number)
    }

    /// The letter the row describes, with the given files, or `nil` if a column cannot be read back.
    func letter(files: [IssuedLetter.File]) -> IssuedLetter? {
        guard let type = LetterType(rawValue: type), let language = Language(rawValue: language),
            let date = CivilDate(parsing: date), let format = LetterFormat(rawValue: format)
        else { return nil }
        var letter = IssuedLetter(
            number: letterNumber, type: type, language: language, date: date,
            profileVersion: profileVersion, format: format, bodySHA256: bodySHA256, files: files)
        letter.eventSequence = eventSequence
        return letter
    }
}
