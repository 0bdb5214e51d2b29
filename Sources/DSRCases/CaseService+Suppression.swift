import DSRCore

extension CaseService {
    /// Whether a person may be contacted for direct marketing: the suppression list's earliest entry for the
    /// normalised e-mail address or telephone number (``SuppressionContact``), or `nil` if it is not on the list.
    /// Once a person objects to direct marketing, their data may no longer be processed for it (GDPR Art. 21(3),
    /// legal-facts § 2.7), also after the objection's case was purged.
    /// - Throws: ``DispatchError/notAContact`` for a text that is neither.
    public func suppression(_ command: CheckSuppression) async throws -> Suppression? {
        guard let contact = SuppressionContact(command.contact) else { throw DispatchError.notAContact }
        return try await storage.suppression(of: contact)
    }
}
