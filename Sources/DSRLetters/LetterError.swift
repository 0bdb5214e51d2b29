import DSRCore
import Foundation

/// Why a letter cannot be written. Messages name the case, never the person.
public enum LetterError: LocalizedErrorWithCategory, Sendable, Equatable {
    /// A refusal certificate was asked for a request that was not refused.
    case notRefused(CaseNumber)
    /// No controller profile exists, so the letter cannot name the controller.
    case controllerMissing(CaseNumber)
    /// The refusal names a ground that is not in the catalogue.
    case unknownGround(CaseNumber, GroundCode)
    /// The refusal records no grounds.
    case groundsMissing(CaseNumber)
    /// The refusal withholds its reasons, but none of its grounds is a Tietosuojalaki § 34 restriction.
    case reasonsWithheldWithoutRestriction(CaseNumber)
    /// The refusal records no reasons (GDPR Art. 12(4) requires them).
    case reasonMissing(CaseNumber)
    /// The letter type does not apply to the request's kind (for example an erasure notice for an access request).
    case notApplicable(CaseNumber, LetterType, RequestKind)
    /// The request is closed, and the letter is only for open requests.
    case closed(CaseNumber, LetterType)
    /// The letter says the clock is paused, but the request is not waiting for the data subject.
    case notPaused(CaseNumber, LetterType)
    /// An extension notice was asked for a request that was not extended.
    case notExtended(CaseNumber)
    /// The extension was recorded after the first month (GDPR Art. 12(3)).
    case extensionTooLate(CaseNumber, extendedOn: CivilDate, lastDay: CivilDate)
    /// The extension notice would be dated after the first month (GDPR Art. 12(3)).
    case extensionNoticeTooLate(CaseNumber, date: CivilDate, lastDay: CivilDate)
    /// The extension records no reasons (GDPR Art. 12(3) requires them).
    case extensionReasonMissing(CaseNumber)
    /// A completion notice was asked for a request that was not completed.
    case notCompleted(CaseNumber, LetterType)
    /// The notice before lifting a restriction lacks the day it ends or the reason (GDPR Art. 18(3)).
    case liftNotRecorded(CaseNumber)
    /// A withdrawal confirmation was asked for a request that was not withdrawn.
    case notWithdrawn(CaseNumber)
    /// A restriction letter was asked for a request with no restriction recorded.
    case notRestricted(CaseNumber)
    /// The recipients told under GDPR Art. 19 were not recorded.
    case recipientsMissing(CaseNumber)
    /// What was done was not recorded, and the letter must say it.
    case detailsMissing(CaseNumber, LetterType)
    /// The access response lacks GDPR Art. 15(1) information it must give, in the case and in the controller
    /// profile alike; the missing parts.
    case accessInformationMissing(CaseNumber, missing: [AccessPart])
    /// The letter would be dated before the request was received.
    case dateBeforeReceipt(CaseNumber, date: CivilDate, received: CivilDate)
    /// The letter would be dated after today.
    case dateInFuture(CaseNumber, date: CivilDate, today: CivilDate)
    /// No template exists for the letter in the language.
    case templateMissing(LetterType, Language)
    /// A template compiled into dsr cannot be used.
    case templateInvalid(name: String, detail: String)
    /// A PDF letter was asked for as text; PDF is written as a file.
    case binaryFormat(LetterFormat)
    /// A name or address that directs the letter has characters the PDF's fonts cannot print; the roles of the
    /// fields (never their content).
    case notRepresentableInPDF(CaseNumber, fields: [String])

    /// The class of failure, which sets the exit code.
    public var category: ErrorCategory {
        switch self {
        case .notRefused, .reasonsWithheldWithoutRestriction, .notApplicable, .closed, .notPaused, .notExtended,
            .extensionTooLate, .extensionNoticeTooLate, .notCompleted, .notWithdrawn, .notRestricted,
            .accessInformationMissing:
            .ruleViolation
        case .controllerMissing, .templateMissing: .notFound
        case .binaryFormat: .usage
        case .unknownGround, .groundsMissing, .reasonMissing, .extensionReasonMissing, .recipientsMissing,
            .liftNotRecorded,
            .detailsMissing, .dateBeforeReceipt, .dateInFuture, .templateInvalid, .notRepresentableInPDF:
            .invalidData
        }
    }

    /// What went wrong and what to do, in domain words (no front end's commands or options; the command line's
    /// wording is in `Sources/dsr/Support/Wording/LetterError+CommandLine.swift`).
    public var errorDescription: String? {
        switch self {
        case .notRefused(let caseNumber):
            "\(caseNumber) was not refused; a refusal certificate needs a recorded refusal. Record the refusal with its "
                + "grounds and reasons first, or choose another letter type."
        case .controllerMissing(let caseNumber):
            "The letter for \(caseNumber) must name the controller, but no controller profile is set. Set the "
                + "controller's name, business ID, address, e-mail and contact person first."
        case .unknownGround(let caseNumber, let ground):
            "\(caseNumber) is refused on the unknown ground '\(ground)'; the letter cannot cite it. "
                + "Use a code from the refusal-ground catalogue."
        case .groundsMissing(let caseNumber):
            "\(caseNumber) is refused without a ground, and the certificate must cite one (GDPR Art. 12(4)). "
                + "Record the refusal with its grounds."
        case .reasonsWithheldWithoutRestriction(let caseNumber):
            "\(caseNumber) withholds the reasons for the refusal, but only a Tietosuojalaki § 34 restriction allows "
                + "that (§ 34(3)); GDPR Art. 12(4) requires the reasons. Record the refusal with its reasons."
        case .reasonMissing(let caseNumber):
            "\(caseNumber) is refused without reasons, which GDPR Art. 12(4) requires in the certificate. "
                + "Record the refusal with its reasons."
        case .notApplicable(let caseNumber, let type, let kind):
            "\(caseNumber) is a \(kind.rawValue) request; the \(type.rawValue) letter does not apply to it."
        case .closed(let caseNumber, let type):
            "\(caseNumber) is closed; the \(type.rawValue) letter is written only while a request is open."
        case .notPaused(let caseNumber, let type):
            "\(caseNumber) is not waiting for the data subject, so the \(type.rawValue) letter would wrongly say that "
                + "the time limit is paused. Record '\(Self.pausingEvent(for: type))' first."
        case .notExtended(let caseNumber):
            "\(caseNumber) was not extended; record the extension with its reasons (within the first month) before "
                + "writing the notice."
        case .extensionTooLate(let caseNumber, let extendedOn, let lastDay):
            "\(caseNumber) was extended on \(extendedOn.finnish), after the first month ended on \(lastDay.finnish); "
                + "GDPR Art. 12(3) requires the notice within the first month, so dsr will not write it. "
                + "Answer the request or refuse it in writing."
        case .extensionNoticeTooLate(let caseNumber, let date, let lastDay):
            "An extension notice for \(caseNumber) dated \(date.finnish) is too late: the first month ended on "
                + "\(lastDay.finnish) (GDPR Art. 12(3)). Answer the request or refuse it in writing."
        case .extensionReasonMissing(let caseNumber):
            "\(caseNumber) was extended without reasons, which GDPR Art. 12(3) requires in the notice. "
                + "Record the extension with its reasons."
        case .notCompleted(let caseNumber, let type):
            "\(caseNumber) is not completed; record its completion before writing the \(type.rawValue) letter."
        case .liftNotRecorded(let caseNumber):
            "\(caseNumber) does not record the day the restriction ends and why, which the notice must state "
                + "(GDPR Art. 18(3)); record the notice of lifting with that day and the reason."
        case .notWithdrawn(let caseNumber):
            "\(caseNumber) was not withdrawn; record the withdrawal before writing the "
                + "\(LetterType.withdrawalConfirmation.rawValue) letter."
        case .notRestricted(let caseNumber):
            "\(caseNumber) has no restriction recorded; record the restriction, when it ends and the recipients told "
                + "(or that there were none) first."
        case .recipientsMissing(let caseNumber):
            "\(caseNumber) does not record the recipients told under GDPR Art. 19, which the letter must list; "
                + "record them (or that there were none)."
        case .detailsMissing(let caseNumber, let type):
            "\(caseNumber) does not record what was done, which the \(type.rawValue) letter must say; record it."
        case .accessInformationMissing(let caseNumber, let missing):
            "The access response for \(caseNumber) must state the GDPR Art. 15(1) information as it applies to the "
                + "person, but neither the case nor the controller profile gives: "
                + "\(missing.map(\.field.rawValue).joined(separator: ", ")). Record it on the case (the value "
                + "'\(AccessInformation.noneValue)' says there are no recipients or no automated decision-making), "
                + "or complete the controller profile."
        case .dateBeforeReceipt(let caseNumber, let date, let received):
            "A letter for \(caseNumber) cannot be dated \(date.finnish), before the request was received on "
                + "\(received.finnish). Give a date from the day of receipt to today."
        case .dateInFuture(let caseNumber, let date, let today):
            "A letter for \(caseNumber) cannot be dated \(date.finnish), after today (\(today.finnish)); a letter bears "
                + "the date it is issued. Give a date from the day of receipt to today."
        case .templateMissing(let type, let language):
            "dsr has no \(language.rawValue) template for the \(type.rawValue) letter; add "
                + "Sources/DSRLetters/Templates/\(type.rawValue).\(language.rawValue).mustache and rebuild dsr."
        case .templateInvalid(let name, let detail):
            "The letter template Sources/DSRLetters/Templates/\(name) cannot be used: \(detail); fix it and rebuild dsr."
        case .binaryFormat(let format):
            "The \(format.rawValue) form of a letter is a binary file; write it to a file."
        case .notRepresentableInPDF(let caseNumber, let fields):
            "The PDF letter for \(caseNumber) cannot print \(fields.joined(separator: ", ")): it has characters the "
                + "PDF font (DejaVu Sans: Latin, Greek and Cyrillic letters) lacks, and dsr will not print a name or "
                + "address with a replacement character. Write the letter as HTML or text, or correct the spelling."
        }
    }

    /// The event that pauses the clock for a letter that asks the data subject for something.
    public static func pausingEvent(for type: LetterType) -> EventID {
        EventID(type == .clarificationRequest ? "request-clarification" : "request-identity")
    }
}
