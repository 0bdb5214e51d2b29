import Foundation

/// Why a record of a letter's dispatch, an e-mail draft or a suppression-list question was refused. Messages name
/// case and letter numbers and dates, never a value that could be personal data (an address, a tracking code); the
/// command line words them with its options (`DispatchError+CommandLine.swift`).
public enum DispatchError: LocalizedErrorWithCategory, Sendable, Equatable {
    /// The case has no issued letter of that number.
    case notIssued(LetterNumber)
    /// The day is after today.
    case inFuture(LetterNumber, day: CivilDate, today: CivilDate)
    /// The letter cannot have been sent before the date it bears.
    case sentBeforeLetterDate(LetterNumber, sent: CivilDate, letterDate: CivilDate)
    /// The letter cannot have been delivered before it was sent.
    case deliveredBeforeSent(LetterNumber, delivered: CivilDate, sent: CivilDate)
    /// A corrected day of sending would come after the recorded delivery.
    case sentAfterDelivered(LetterNumber, sent: CivilDate, delivered: CivilDate)
    /// A delivery was recorded for a letter not recorded as sent.
    case notSent(LetterNumber)
    /// The letter's sending (or delivery) was recorded already; recording it again corrects it and needs a reason.
    case reasonRequired(LetterNumber, recordedOn: CivilDate)
    /// A text (`tracking` or `reason`) is longer than allowed.
    case tooLong(field: String, limit: Int)
    /// A text holds control characters.
    case forbiddenCharacters(field: String)
    /// The case's personal data were purged, so nothing more is recorded of its letters.
    case personalDataRemoved(CaseNumber)
    /// An e-mail draft needs the person's e-mail address, and the case has none.
    case noEmailAddress(CaseNumber)
    /// An e-mail draft needs the controller's e-mail address (the sender), and the controller profile has none.
    case noControllerEmail
    /// An e-mail draft needs the letter in PDF, and the register does not hold it (it was erased by a purge).
    case noPDF(LetterNumber)
    /// The text is neither an e-mail address nor a telephone number, so it cannot be looked up.
    case notAContact

    /// A day or text that does not fit is invalid data (exit 65); an unknown letter is not found (exit 66); a rule
    /// of the register (a delivery before any sending, a purged case) is a rule violation (exit 1).
    public var category: ErrorCategory {
        switch self {
        case .inFuture, .sentBeforeLetterDate, .deliveredBeforeSent, .sentAfterDelivered, .reasonRequired, .tooLong,
            .forbiddenCharacters, .noEmailAddress, .noControllerEmail, .notAContact:
            .invalidData
        case .notIssued, .noPDF:
            .notFound
        case .notSent, .personalDataRemoved:
            .ruleViolation
        }
    }

    /// What was refused, in domain words.
    public var errorDescription: String? {
        switch self {
        case .notIssued(let letter):
            "case \(letter.caseNumber) has no issued letter \(letter); only an issued letter can be sent."
        case .inFuture(let letter, let day, let today):
            "\(day) is after today (\(today)); record what happened to letter \(letter) on the day it happened."
        case .sentBeforeLetterDate(let letter, let sent, let letterDate):
            "letter \(letter) is dated \(letterDate), so it cannot have been sent on \(sent)."
        case .deliveredBeforeSent(let letter, let delivered, let sent):
            "letter \(letter) was sent on \(sent), so it cannot have been delivered on \(delivered)."
        case .sentAfterDelivered(let letter, let sent, let delivered):
            "letter \(letter) was delivered on \(delivered), so it cannot have been sent on \(sent)."
        case .notSent(let letter):
            "letter \(letter) is not recorded as sent; record its sending first."
        case .reasonRequired(let letter, let recordedOn):
            "letter \(letter) already has a record for \(recordedOn); recording it again corrects that record and "
                + "needs a reason. Nothing was changed."
        case .tooLong(let field, let limit):
            "the \(field) is longer than \(limit) characters; shorten it."
        case .forbiddenCharacters(let field):
            "the \(field) contains control characters; remove them."
        case .personalDataRemoved(let caseNumber):
            "the personal data of case \(caseNumber) were removed; nothing more is recorded of its letters."
        case .noEmailAddress(let caseNumber):
            "case \(caseNumber) has no e-mail address, so no e-mail draft can be written; add the address to the case "
                + "or send the letter another way."
        case .noControllerEmail:
            "the controller profile has no e-mail address to send from; set the controller's e-mail address first."
        case .noPDF(let letter):
            "the register no longer holds letter \(letter) as a PDF (its content was erased), so no e-mail draft "
                + "can be written."
        case .notAContact:
            "the text is neither an e-mail address (name@example.fi) nor a telephone number."
        }
    }
}
