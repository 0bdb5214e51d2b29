import DSRCore

/// What a purged tag stands for (``IdentityCodeKey/purgedTag(_:of:)``).
public enum PurgedTagKind: String, Sendable, CaseIterable {
    /// The controller's reference of a request.
    case reference
    /// The import key of a request added by `dsr import`.
    case importKey = "import-key"
    /// The normalised e-mail address of a purged objection to direct marketing (the suppression list, GDPR
    /// Art. 21(3)).
    case suppressedEmail = "suppressed-email"
    /// The normalised telephone number of a purged objection to direct marketing.
    case suppressedPhone = "suppressed-phone"
}

extension PurgedTagKind {
    /// The kind of tag of a suppressed contact.
    public init(_ contact: SuppressionContact) {
        switch contact {
        case .email: self = .suppressedEmail
        case .phone: self = .suppressedPhone
        }
    }
}
