import DSRCore

/// The tool's wording of a refused attachment (`attach`, `attachments`, `attachment get`, `case set --enclose`): the
/// option to give and the command to run.
extension AttachmentError: CommandLineWorded {
    /// The message for a refused attachment.
    var commandLineMessage: String {
        switch self {
        case .tooLarge(let size, let limit):
            "the file is larger than the limit of \(Self.megabytes(limit))"
                + (size.map { " (it has \($0) bytes)" } ?? "")
                + "; nothing was stored. Give --max-size MB (or set DSR_MAX_ATTACHMENT_MB) for a larger limit, "
                + "up to \(AttachmentLimit.maximumMegabytes) MB."
        case .empty, .unknownAttachment:
            domainMessage + (isUnknown ? " 'dsr attachments CASE' lists a case's attachments." : "")
        case .invalidLabel:
            "--label " + domainMessage
        case .invalidLimit:
            "--max-size and DSR_MAX_ATTACHMENT_MB must be a whole number of megabytes from 1 to "
                + "\(AttachmentLimit.maximumMegabytes)."
        case .deleted(let number, _, _):
            domainMessage + " 'dsr attachments \(number.caseNumber)' shows when and why."
        case .contentMismatch(let number):
            "the stored bytes of attachment \(number) do not match the SHA-256 the hash chain recorded for it; "
                + "nothing was written. Run 'dsr audit verify' and restore the register from a backup."
        case .identityAlreadyConfirmed(let caseNumber):
            "the identity of case \(caseNumber) is already confirmed, so a copy of identity evidence is not kept "
                + "(EDPB Guidelines 01/2022); nothing was stored. Record what was checked with "
                + "'dsr note \(caseNumber) TEXT' instead."
        case .notAnAccessRequest(let caseNumber, let kind):
            "case \(caseNumber) is a request of kind \(kind.rawValue); only an access request (Art. 15) encloses a "
                + "copy of the data (--enclose, --label data-copy). Use another --label."
        }
    }

    /// Whether the error names an attachment the case does not have.
    private var isUnknown: Bool {
        if case .unknownAttachment = self { return true }
        return false
    }
}
