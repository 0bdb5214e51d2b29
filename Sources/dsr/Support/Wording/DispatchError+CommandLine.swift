import DSRCore

/// The tool's wording of dispatch errors, with the commands and options to use; an address or tracking code is never
/// repeated.
extension DispatchError: CommandLineWorded {
    /// The message for a dispatch error.
    var commandLineMessage: String {
        switch self {
        case .notIssued(let letter):
            "case \(letter.caseNumber) has no issued letter \(letter); see its letters with `dsr letter issued "
                + "\(letter.caseNumber)`, or issue one with `dsr letter \(letter.caseNumber) --issue`."
        case .reasonRequired(let letter, let recordedOn):
            "letter \(letter) already has a record for \(recordedOn); to correct it, run the command again with "
                + "--reason TEXT. Nothing was changed."
        case .notSent(let letter):
            "letter \(letter) is not recorded as sent; record it first with `dsr sent \(letter) --on DATE --via post`."
        case .noEmailAddress(let caseNumber):
            "case \(caseNumber) has no e-mail address, so no e-mail draft can be written; add it with "
                + "`dsr case set \(caseNumber) --email ADDRESS`, or print the letter as --format pdf and post it."
        case .noControllerEmail:
            "the controller profile has no e-mail address to send from; set it with `dsr controller set --email "
                + "ADDRESS`."
        case .inFuture, .sentBeforeLetterDate, .deliveredBeforeSent, .sentAfterDelivered, .tooLong,
            .forbiddenCharacters, .personalDataRemoved, .noPDF, .notAContact:
            domainMessage
        }
    }
}
