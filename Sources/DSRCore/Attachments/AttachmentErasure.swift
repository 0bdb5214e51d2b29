/// Why an attachment's bytes were deleted (its SHA-256 stays in the hash chain).
public enum AttachmentErasure: String, Sendable, Codable, Equatable, CaseIterable {
    /// Identity evidence, deleted when the identity was confirmed (`receive-identity`): only the fact, the date and
    /// the actor stay (EDPB Guidelines 01/2022, §§ 70–79: delete the copy of an ID document and record only that it
    /// was checked; `../shared/legal-facts.md` § 1.3).
    case identityConfirmed = "identity-confirmed"
    /// The personal data of the case were purged (storage limitation, GDPR Art. 5(1)(e)).
    case purge

    /// The reason in words, for lists.
    public var text: String {
        switch self {
        case .identityConfirmed: "identity confirmed; only the fact that it was checked is kept"
        case .purge: "personal data purged"
        }
    }
}
