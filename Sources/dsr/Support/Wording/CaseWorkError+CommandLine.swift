import DSRCore

/// The tool's wording of refused case work (`case set`, `note`, `void`, `reopen`): the option to give and the
/// command to run.
extension CaseWorkError: CommandLineWorded {
    /// The option or argument a field of the library's errors is given with.
    private static func option(_ field: String) -> String {
        switch field {
        case "note": "the note's text"
        default: CaseField(rawValue: field)?.commandLineOption ?? "--\(field)"
        }
    }

    /// The message for a refused piece of case work.
    var commandLineMessage: String {
        switch self {
        case .empty(let field):
            field == "reason"
                ? "--reason is required: say why; nothing was changed." : "\(Self.option(field)) must not be empty."
        case .tooLong(let field, let limit):
            "\(Self.option(field)) is longer than \(limit) characters; shorten it."
        case .forbiddenCharacters(let field):
            "\(Self.option(field)) contains control characters; remove them (line breaks are allowed only in "
                + "addresses and free texts)."
        case .notAnEmailAddress:
            "--email is not an e-mail address; give one such as name@example.fi."
        case .cannotRemove(let field):
            "\(field.commandLineOption) cannot be removed (a request always has one); give the right value instead."
        case .reasonRequired(let caseNumber, let fields):
            "--reason is required to change or remove what case \(caseNumber) recorded ("
                + fields.map(\.commandLineOption).joined(separator: ", ") + "); nothing was changed."
        case .receivedInFuture(let day, let today):
            "--received \(day) is after today (\(today)); give the day the request actually arrived."
        case .receivedBeforeGDPR(let day):
            "--received \(day) is before 25 May 2018, when the GDPR began to apply; dsr handles GDPR requests only."
        case .receivedAfterEvent(let caseNumber, let received, let sequence, let name, let on):
            "--received \(received) is after event #\(sequence.map(String.init) ?? "?") (\(name)) of case "
                + "\(caseNumber) on \(on); if that event's date is the mistake, void it first ('dsr void "
                + "\(caseNumber) \(sequence.map(String.init) ?? "EVENT") --reason …')."
        case .extensionWouldBeLate(let caseNumber, let extendedOn, let lastDay):
            "with that --received the extension of case \(caseNumber) on \(extendedOn) would be after the first "
                + "month (last day \(lastDay)); if the extension was recorded by mistake, void it first ('dsr show "
                + "\(caseNumber)' lists its number)."
        case .referenceInUse(let caseNumber, let owner):
            "the reference is already used by case \(owner); case \(caseNumber) was not changed. Give another "
                + "--reference, or see the other request with 'dsr show \(owner)'."
        case .personalDataRemoved(let caseNumber):
            "the personal data of case \(caseNumber) were purged; it can no longer be corrected, annotated or "
                + "reopened (register a new request with 'dsr register')."
        case .noSuchEvent(let caseNumber, let sequence):
            "case \(caseNumber) has no event #\(sequence); 'dsr show \(caseNumber)' lists its events with their numbers."
        case .cannotVoid(let caseNumber, let sequence, let name):
            name == "letter-issued"
                ? "event #\(sequence) of case \(caseNumber) issued a letter: issued letters are superseded, not "
                    + "voided: issue a new letter ('dsr letter \(caseNumber) TYPE')."
                : "event #\(sequence) of case \(caseNumber) (\(name)) can never be voided."
        case .alreadyVoid(let caseNumber, let sequence):
            "event #\(sequence) of case \(caseNumber) is already void; nothing was changed."
        case .closedTheCase(let caseNumber, let sequence, let name):
            "event #\(sequence) (\(name)) closed case \(caseNumber), and the closing stands in the way of voiding "
                + "it; reopen the case instead with 'dsr reopen \(caseNumber) --reason …'."
        case .laterEventDepends(let caseNumber, let sequence, let later, let name):
            "event #\(later) (\(name)) of case \(caseNumber) depends on event #\(sequence) and stands in the way: "
                + "without #\(sequence) it would not be valid. "
                + (name == "letter-issued"
                    ? "Issued letters are superseded, not voided, so #\(sequence) stands; nothing was changed."
                    : SystemEvent.neverVoided.contains(name)
                        ? "#\(later) cannot be voided, so #\(sequence) stands; nothing was changed."
                        : "Void #\(later) first if it too is a mistake; nothing was changed.")
        case .notClosed:
            domainMessage
        case .cannotReopen(let caseNumber, let state):
            "case \(caseNumber) closed as '\(state)', and its workflow does not let that state be reopened; "
                + "register a new request instead ('dsr register')."
        }
    }
}
