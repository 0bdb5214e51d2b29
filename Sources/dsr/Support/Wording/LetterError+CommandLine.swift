import DSRCore
import DSRLetters

/// The tool's wording of the reasons a letter cannot be written: the library's domain message with the command and
/// options that record what is missing.
extension LetterError: CommandLineWorded {
    /// The message for a letter that cannot be written.
    var commandLineMessage: String {
        switch self {
        case .notRefused(let caseNumber):
            "\(caseNumber) was not refused; a refusal certificate needs a recorded refusal. Record it with "
                + "'dsr refuse \(caseNumber) --ground CODE --reason TEXT' first, or choose another letter type "
                + "(see 'dsr letter types')."
        case .controllerMissing(let caseNumber):
            "The letter for \(caseNumber) must name the controller, but no controller profile is set. Run "
                + "'dsr controller set --name ... --business-id ... --address ... --email ... --contact ...' first."
        case .unknownGround(let caseNumber, let ground):
            "\(caseNumber) is refused on the unknown ground '\(ground)'; the letter cannot cite it. "
                + "List the known codes with 'dsr grounds'."
        case .groundsMissing(let caseNumber):
            "\(caseNumber) is refused without a ground, and the certificate must cite one (GDPR Art. 12(4)). "
                + "Record the refusal with --ground CODE (see 'dsr grounds')."
        case .reasonsWithheldWithoutRestriction:
            domainMessage
        case .reasonMissing(let caseNumber):
            "\(caseNumber) is refused without reasons, which GDPR Art. 12(4) requires in the certificate. "
                + "Record the refusal with its reasons (--reason TEXT)."
        case .notApplicable(let caseNumber, let type, let kind):
            "\(caseNumber) is a \(kind.rawValue) request; the \(type.rawValue) letter does not apply to it "
                + "(see 'dsr letter types')."
        case .closed:
            domainMessage
        case .notPaused(let caseNumber, let type):
            "\(caseNumber) is not waiting for the data subject, so the \(type.rawValue) letter would wrongly say that "
                + "the time limit is paused. Record 'dsr \(Self.pausingEvent(for: type)) \(caseNumber)' first."
        case .notExtended(let caseNumber):
            "\(caseNumber) was not extended; record the extension with 'dsr extend \(caseNumber) --reason TEXT' "
                + "(within the first month) before writing the notice."
        case .extensionTooLate, .extensionNoticeTooLate:
            domainMessage
        case .extensionReasonMissing(let caseNumber):
            "\(caseNumber) was extended without reasons, which GDPR Art. 12(3) requires in the notice. "
                + "Record the extension with --reason TEXT."
        case .notCompleted(let caseNumber, let type):
            "\(caseNumber) is not completed; record 'dsr complete \(caseNumber)' before writing the "
                + "\(type.rawValue) letter."
        case .liftNotRecorded(let caseNumber):
            "\(caseNumber) does not record the day the restriction ends and why, which the notice must state "
                + "(GDPR Art. 18(3)); record them with 'dsr notify-lift \(caseNumber) --lifts-on DATE --reason TEXT'."
        case .notWithdrawn(let caseNumber):
            "\(caseNumber) was not withdrawn; record 'dsr withdraw \(caseNumber)' before writing the "
                + "\(LetterType.withdrawalConfirmation.rawValue) letter."
        case .notRestricted(let caseNumber):
            "\(caseNumber) has no restriction recorded; record it with 'dsr restrict \(caseNumber) "
                + "--end-condition TEXT --recipient NAME' (or --no-recipients) first."
        case .recipientsMissing(let caseNumber):
            "\(caseNumber) does not record the recipients told under GDPR Art. 19, which the letter must list; "
                + "record them with --recipient NAME (repeatable) or --no-recipients."
        case .detailsMissing(let caseNumber, let type):
            "\(caseNumber) does not record what was done, which the \(type.rawValue) letter must say; "
                + "record it with --details TEXT."
        case .accessInformationMissing(let caseNumber, let missing):
            "The access response for \(caseNumber) must state the GDPR Art. 15(1) information as it applies to the "
                + "person, but neither the case nor the controller profile gives: "
                + "\(missing.map(\.field.commandLineOption).joined(separator: ", ")). Record it with "
                + "'dsr case set \(caseNumber) --purposes TEXT --categories TEXT --recipients NAMES --retention TEXT "
                + "--automated-decisions TEXT' (--recipients none and --automated-decisions none say there are none), "
                + "or import the privacy notice with 'dsr notice import'."
        case .dateBeforeReceipt, .dateInFuture:
            domainMessage
        case .templateMissing, .templateInvalid:
            domainMessage
        case .binaryFormat(let format):
            "The \(format.rawValue) form of a letter is a binary file; write it to a file (--output FILE)."
        case .notRepresentableInPDF(let caseNumber, let fields):
            "The PDF letter for \(caseNumber) cannot print \(fields.joined(separator: ", ")): it has characters the "
                + "PDF font (DejaVu Sans: Latin, Greek and Cyrillic letters) lacks, and dsr will not print a name or "
                + "address with a replacement character. Write the letter as HTML or text (--format html), or correct "
                + "the spelling."
        }
    }
}
