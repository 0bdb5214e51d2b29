import Foundation

/// Why an attachment was not stored or not given out. Messages name case and attachment numbers, sizes and labels'
/// rules, never a file's name or contents; the command line words them with its options
/// (`AttachmentError+CommandLine.swift`).
public enum AttachmentError: LocalizedErrorWithCategory, Sendable, Equatable {
    /// The file is larger than the limit (`size` if known; the file was not read to its end).
    case tooLarge(size: Int?, limit: Int)
    /// The file is empty.
    case empty
    /// The label is not a short word of letters, digits, `-`, `_` and `.`.
    case invalidLabel
    /// The size limit given is not a positive number of megabytes (at most 2048).
    case invalidLimit
    /// The case has no attachment with that number.
    case unknownAttachment(AttachmentNumber)
    /// The attachment's bytes were deleted (its SHA-256 stays in the hash chain).
    case deleted(AttachmentNumber, on: CivilDate, reason: AttachmentErasure)
    /// The stored bytes do not have the SHA-256 the hash chain recorded for the attachment, or cannot be opened.
    case contentMismatch(AttachmentNumber)
    /// Identity evidence for a case whose identity is already confirmed: it would have to be deleted at once.
    case identityAlreadyConfirmed(CaseNumber)
    /// An Art. 15(3) copy of the data for a request that is not an access request.
    case notAnAccessRequest(CaseNumber, kind: RequestKind)

    /// Data that does not fit is invalid data (exit 65); a missing attachment or deleted bytes are not found (exit 66);
    /// bytes that disagree with the chain, or a rule that refuses the attachment, are a rule violation (exit 1).
    public var category: ErrorCategory {
        switch self {
        case .tooLarge, .empty, .invalidLabel, .invalidLimit: .invalidData
        case .unknownAttachment, .deleted: .notFound
        case .contentMismatch, .identityAlreadyConfirmed, .notAnAccessRequest: .ruleViolation
        }
    }

    /// What was refused, in domain words.
    public var errorDescription: String? {
        switch self {
        case .tooLarge(let size, let limit):
            "the file is larger than the limit of \(Self.megabytes(limit))"
                + (size.map { " (it has \($0) bytes)" } ?? "") + "; nothing was stored."
        case .empty:
            "the file is empty; nothing was stored."
        case .invalidLabel:
            "a label is a word of at most \(AttachmentLabel.maximumLength) letters a–z, digits, '-', '_' and '.' "
                + "(for example signed-request, identity, data-copy)."
        case .invalidLimit:
            "the size limit must be a whole number of megabytes from 1 to 2048."
        case .unknownAttachment(let number):
            "there is no attachment \(number)."
        case .deleted(let number, let on, let reason):
            "the bytes of attachment \(number) were deleted on \(on) (\(reason.text)); only its record stays."
        case .contentMismatch(let number):
            "the stored bytes of attachment \(number) do not match the SHA-256 the hash chain recorded for it; "
                + "nothing was written."
        case .identityAlreadyConfirmed(let caseNumber):
            "the identity of case \(caseNumber) is already confirmed, so a copy of identity evidence is not kept "
                + "(EDPB Guidelines 01/2022); nothing was stored."
        case .notAnAccessRequest(let caseNumber, let kind):
            "case \(caseNumber) is a request of kind \(kind.rawValue); only an access request (Art. 15) encloses a "
                + "copy of the data."
        }
    }

    /// A byte count as megabytes (1 MB = 1,048,576 bytes) for messages.
    public static func megabytes(_ bytes: Int) -> String {
        bytes % (1 << 20) == 0 ? "\(bytes >> 20) MB" : "\(bytes) bytes"
    }
}
