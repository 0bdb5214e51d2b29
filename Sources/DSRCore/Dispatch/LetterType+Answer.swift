extension LetterType {
    /// Whether the letter answers the request: the information on action taken (GDPR Art. 12(3)), a refusal
    /// (Art. 12(4)), or the access response (Art. 15), which must reach the person within the time limit. The
    /// acknowledgement, the identity and clarification requests, the extension notice, the notice before a
    /// restriction is lifted and the withdrawal confirmation are not answers.
    public var isAnswer: Bool {
        switch self {
        case .accessResponse, .rectificationNotice, .erasureNotice, .restrictionNotice, .portabilityNotice,
            .objectionNotice, .refusal:
            true
        case .acknowledgement, .identityRequest, .clarificationRequest, .extensionNotice, .restrictionLiftNotice,
            .withdrawalConfirmation:
            false
        }
    }

    /// The letter types that answer a request (``isAnswer``).
    public static let answers: [LetterType] = allCases.filter(\.isAnswer)
}
