/// Where the suppression list of direct-marketing objections is read (GDPR Art. 21(3)), as the service layer sees it.
///
/// The list is made of the register's objections to direct marketing (``Suppression/contacts(of:)``): while a case
/// keeps its personal data, its contacts are compared as they are; when it is purged, a backend keeps only keyed
/// tags (HMAC-SHA-256 under a key of the register that survives key rotation) of its normalised e-mail address and
/// telephone number, with the case, so the entry outlives the purge while the register keeps neither value.
public protocol SuppressionStorage: Sendable {
    /// The earliest entry of the list that matches the contact, or `nil` if it is not on the list.
    func suppression(of contact: SuppressionContact) async throws -> Suppression?
}
