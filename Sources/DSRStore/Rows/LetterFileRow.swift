import DSRCore
import Foundation
import GRDB

/// A row of the `letterFile` table: one form of an issued letter, byte for byte.
struct LetterFileRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "letterFile"

    /// The case's year.
    var caseYear: Int
    /// The case's sequence number.
    var caseSequence: Int
    /// The letter's number within the case.
    var number: Int
    /// The form's raw value.
    var format: String
    /// The SHA-256 of the bytes.
    var sha256: String
    /// The bytes, or `nil` once erased.
    var content: Data?

    /// Builds the row of a letter's file.
    init(_ file: IssuedLetter.File, of number: LetterNumber) {
        self.caseYear = number.caseNumber.year
        self.caseSequence = number.caseNumber.sequence
        self.number = number.sequence
        self.format = file.format.rawValue
        self.sha256 = file.sha256
        self.content = file.content.map { Data($0) }
    }

    /// The file the row stores, or `nil` if its format cannot be read back.
    var file: IssuedLetter.File? {
        guard let format = LetterFormat(rawValue: format) else { return nil }
        return IssuedLetter.File(format: format, sha256: sha256, content: content.map { [UInt8]($0) })
    }
}
