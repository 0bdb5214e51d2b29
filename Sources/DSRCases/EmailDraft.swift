import DSRCore

/// An e-mail draft of a letter (`letter … --format eml`): the message's bytes, and the letter issued for it, if it
/// was issued.
public struct EmailDraft: Sendable, Equatable {
    /// The RFC 5322 message, CRLF line ends.
    public var bytes: [UInt8]
    /// How the letter was issued, when the draft was written with the letter's issue.
    public var issue: LetterIssue?

    /// Creates the result.
    public init(bytes: [UInt8], issue: LetterIssue?) {
        self.bytes = bytes
        self.issue = issue
    }
}
