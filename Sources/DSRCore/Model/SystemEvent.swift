/// The events dsr itself records, beside the workflow events a workflow declares (`acknowledge`, `refuse` …).
///
/// The raw values are the names stored in the register's event log. They are part of every event's hash in the
/// chain, so they never change: a register written by any earlier dsr must keep verifying. A workflow event must
/// not take one of these names.
public enum SystemEvent: String, Sendable, CaseIterable, Codable {
    /// A request's registration, the first event of every case; its data is the request as registered.
    case register
    /// A letter issued for a request (``IssuedLetter``); its data holds the SHA-256 of every form of the letter.
    case letterIssued = "letter-issued"
    /// The removal of a request's personal data (``PersonalData``); its data names the cut-off the officer chose.
    case purge
    /// A new version of the controller profile (register-wide); its data names what set it.
    case controllerSet = "controller-set"
    /// The fingerprint of the register's identity-code key (register-wide): recorded when the register gets its
    /// key, when dsr adopts the key an earlier dsr left, and when the key is rotated.
    case identityKey = "identity-key"
    /// A request's identity code sealed anew under a new register key; its public form holds only the masked code.
    case identityCodeResealed = "identity-code-resealed"
}
