import DSRCore

/// The tool's wording of an issued letter that cannot be found or read back: the library says what is wrong, the
/// tool names the command that lists a case's letters and the one that verifies the register.
extension IssuedLetterError: CommandLineWorded {
    /// The message for an issued letter that cannot be given.
    var commandLineMessage: String {
        switch self {
        case .unknownLetter(let number):
            "no letter \(number) has been issued; list the case's issued letters with "
                + "'dsr letter issued \(number.caseNumber)'."
        case .fileUnavailable(let number, let format):
            "the register no longer holds the \(format.rawValue) form of letter \(number) (its content was erased); "
                + "another form may still be available (see 'dsr letter issued \(number.caseNumber)')."
        case .recordChanged(let number):
            "the register's copy of letter \(number) no longer matches the event that recorded it (it was changed "
                + "behind dsr's back); run 'dsr audit verify' and restore the register from a backup."
        case .numberMismatch:
            errorDescription ?? "the letter's number does not match the register's."
        }
    }
}
