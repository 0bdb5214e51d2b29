import Foundation

/// Why an issued letter cannot be found or reproduced. Messages name letter numbers, never people.
public enum IssuedLetterError: LocalizedErrorWithCategory, Sendable, Equatable {
    /// No letter of the case has the number.
    case unknownLetter(LetterNumber)
    /// The register no longer holds the letter's file in the form (its content was erased).
    case fileUnavailable(LetterNumber, LetterFormat)
    /// The letter written for issue does not carry the number the register allotted.
    case numberMismatch(expected: LetterNumber, got: LetterNumber)
    /// The register's copy of the letter no longer agrees with the `letter-issued` event that recorded it.
    case recordChanged(LetterNumber)

    /// Unknown letters and erased files are "not found" (66); a number mismatch is a defect (invalid data, 65); a
    /// changed record is damage to the register (storage, 74).
    public var category: ErrorCategory {
        switch self {
        case .unknownLetter, .fileUnavailable: .notFound
        case .numberMismatch: .invalidData
        case .recordChanged: .storage
        }
    }

    /// What went wrong and what to do.
    public var errorDescription: String? {
        switch self {
        case .unknownLetter(let number):
            "no letter \(number) has been issued; the case's issued letters are listed with the case."
        case .fileUnavailable(let number, let format):
            "the register no longer holds the \(format.rawValue) form of letter \(number) (its content was erased); "
                + "another form may still be available."
        case .recordChanged(let number):
            "the register's copy of letter \(number) no longer matches the event that recorded it (it was changed "
                + "behind dsr's back); verify the register's hash chain and restore the register from a backup."
        case .numberMismatch(let expected, let got):
            "the letter was written as \(got) but the register allotted \(expected); nothing was recorded. "
                + "Please report this."
        }
    }
}
