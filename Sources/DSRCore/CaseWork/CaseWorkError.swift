import Foundation

/// Why a correction, note, void or reopening of a case was refused. Messages name fields, case and event numbers,
/// never a value that could be personal data; the command line words them with its options
/// (`CaseWorkError+CommandLine.swift`).
public enum CaseWorkError: LocalizedErrorWithCategory, Sendable, Equatable {
    /// A text is empty where one is needed (`field`: a ``CaseField`` name, `note` or `reason`).
    case empty(field: String)
    /// A text is longer than allowed.
    case tooLong(field: String, limit: Int)
    /// A text holds control characters.
    case forbiddenCharacters(field: String)
    /// The e-mail address is not one.
    case notAnEmailAddress
    /// The field cannot be emptied.
    case cannotRemove(CaseField)
    /// A change or removal of a recorded value was given without a reason.
    case reasonRequired(CaseNumber, fields: [CaseField])
    /// The new day of receipt is after today.
    case receivedInFuture(CivilDate, today: CivilDate)
    /// The new day of receipt is before the GDPR applied.
    case receivedBeforeGDPR(CivilDate)
    /// The new day of receipt is after an event the case recorded.
    case receivedAfterEvent(CaseNumber, received: CivilDate, sequence: Int64?, name: String, on: CivilDate)
    /// With the new day of receipt, the recorded extension would have been notified after the first month.
    case extensionWouldBeLate(CaseNumber, extendedOn: CivilDate, lastDay: CivilDate)
    /// The reference is used by another case.
    case referenceInUse(CaseNumber, owner: CaseNumber)
    /// The case's personal data were purged, so its data can no longer be corrected or annotated.
    case personalDataRemoved(CaseNumber)
    /// The case has no event with that sequence number.
    case noSuchEvent(CaseNumber, sequence: Int64)
    /// The event can never be voided (an issued letter, the registration, a purge, a void …).
    case cannotVoid(CaseNumber, sequence: Int64, name: String)
    /// The event is already void.
    case alreadyVoid(CaseNumber, sequence: Int64)
    /// The event closed the case: a closed case is reopened, not voided back open.
    case closedTheCase(CaseNumber, sequence: Int64, name: String)
    /// A later event depends on the event: without it, that event would not replay (or a letter rests on it).
    case laterEventDepends(CaseNumber, sequence: Int64, later: Int64, name: String)
    /// The request is open, so there is nothing to reopen.
    case notClosed(CaseNumber)
    /// The workflow does not let a request closed in this state be reopened.
    case cannotReopen(CaseNumber, state: StateID)

    /// Data that does not fit is invalid data (exit 65); a rule of the register or its workflow that refuses the
    /// change is a rule violation (exit 1); an unknown event is not found (exit 66).
    public var category: ErrorCategory {
        switch self {
        case .empty, .tooLong, .forbiddenCharacters, .notAnEmailAddress, .cannotRemove, .reasonRequired,
            .receivedInFuture, .receivedBeforeGDPR, .receivedAfterEvent, .extensionWouldBeLate:
            .invalidData
        case .noSuchEvent:
            .notFound
        case .referenceInUse, .personalDataRemoved, .cannotVoid, .alreadyVoid, .closedTheCase, .laterEventDepends,
            .notClosed, .cannotReopen:
            .ruleViolation
        }
    }

    /// What was refused, in domain words.
    public var errorDescription: String? {
        switch self {
        case .empty(let field):
            "the \(field) must not be empty."
        case .tooLong(let field, let limit):
            "the \(field) is longer than \(limit) characters; shorten it."
        case .forbiddenCharacters(let field):
            "the \(field) contains control characters; remove them."
        case .notAnEmailAddress:
            "the e-mail address is not an e-mail address (name@example.fi)."
        case .cannotRemove(let field):
            "a request always has a \(field); it can be changed but not removed."
        case .reasonRequired(let caseNumber, let fields):
            "changing or removing what case \(caseNumber) recorded (\(fields.map(\.rawValue).joined(separator: ", "))) "
                + "needs a reason; nothing was changed."
        case .receivedInFuture(let day, let today):
            "the received date \(day) is after today (\(today)); give the day the request actually arrived."
        case .receivedBeforeGDPR(let day):
            "the received date \(day) is before 25 May 2018, when the GDPR began to apply."
        case .receivedAfterEvent(let caseNumber, let received, let sequence, let name, let on):
            "case \(caseNumber) cannot have been received on \(received): event \(sequence.map(String.init) ?? "?") "
                + "(\(name)) happened on \(on), before it."
        case .extensionWouldBeLate(let caseNumber, let extendedOn, let lastDay):
            "with that received date the extension of case \(caseNumber) on \(extendedOn) would be after the first "
                + "month (last day \(lastDay)); void the extension first if it was recorded by mistake."
        case .referenceInUse(let caseNumber, let owner):
            "the reference is already used by case \(owner); case \(caseNumber) was not changed."
        case .personalDataRemoved(let caseNumber):
            "the personal data of case \(caseNumber) were removed; it can no longer be corrected, annotated or reopened."
        case .noSuchEvent(let caseNumber, let sequence):
            "case \(caseNumber) has no event \(sequence)."
        case .cannotVoid(let caseNumber, let sequence, let name):
            name == "letter-issued"
                ? "event \(sequence) of case \(caseNumber) issued a letter: issued letters are superseded, not voided; "
                    + "issue a new letter."
                : "event \(sequence) of case \(caseNumber) (\(name)) can never be voided."
        case .alreadyVoid(let caseNumber, let sequence):
            "event \(sequence) of case \(caseNumber) is already void."
        case .closedTheCase(let caseNumber, let sequence, let name):
            "event \(sequence) (\(name)) closed case \(caseNumber): the closing stands in the way of voiding it; "
                + "reopen the case instead."
        case .laterEventDepends(let caseNumber, let sequence, let later, let name):
            "event \(later) (\(name)) of case \(caseNumber) depends on event \(sequence) and stands in the way: "
                + "without event \(sequence) it would not be valid. Nothing was changed."
        case .notClosed(let caseNumber):
            "case \(caseNumber) is open; only a closed request can be reopened."
        case .cannotReopen(let caseNumber, let state):
            "case \(caseNumber) closed as '\(state)', and its workflow does not let that state be reopened."
        }
    }
}
