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
    /// `dsr case set`: the request's data corrected (``CaseSetData``), with the old and new values and a reason.
    case caseSet = "case-set"
    /// `dsr note`: a dated note on a case (``CaseNoteData``); it changes nothing in the record.
    case note
    /// `dsr void`: an earlier event of the case marked void (``VoidData``); the case replays without it.
    case void
    /// `dsr reopen`: a closed request taken back into its workflow by its final state's `reopen` rule
    /// (``ReopenData``).
    case reopen
    /// `dsr attach`: a file kept with the case (``AttachmentData``): its SHA-256 in the chain, its bytes beside it.
    case attachmentAdded = "attachment-added"
    /// The bytes of an attachment deleted before the case's purge (``AttachmentDeletedData``): identity evidence once
    /// the identity is confirmed (EDPB Guidelines 01/2022, §§ 70–79). Its record and SHA-256 stay.
    case attachmentDeleted = "attachment-deleted"
    /// `dsr sent`: an issued letter recorded as sent on a day by a channel (``LetterDispatchData``); a later record
    /// of the same letter, with a reason, corrects it. It changes nothing in the record.
    case letterSent = "letter-sent"
    /// `dsr delivered`: an issued letter recorded as delivered on a day (``LetterDispatchData``). It changes nothing
    /// in the record.
    case letterDelivered = "letter-delivered"
    /// A user of a shared register added (register-wide; ``UserEventData``): the name and role, never a password.
    case userAdded = "user-added"
    /// A user's role changed (register-wide; ``UserEventData``); it ends the user's sessions.
    case userRoleChanged = "user-role-changed"
    /// A user disabled (register-wide; ``UserEventData``): they can no longer sign in, and their tokens stop working.
    case userDisabled = "user-disabled"
    /// A user's password set or replaced (register-wide; ``UserEventData``): the name only, never the password or its
    /// hash; it ends the user's sessions.
    case userPasswordSet = "user-password-set"
    /// An API or calendar token created for a user (register-wide; ``UserEventData``): the user, the label and the
    /// kind, never the token; the event's sequence number is the token's id.
    case tokenCreated = "token-created"
    /// A token revoked (register-wide; ``UserEventData``): the token's id.
    case tokenRevoked = "token-revoked"

    /// Whether the event is case work (a correction, note, void, reopening or a letter's dispatch beside the
    /// workflow), which the history's replay applies itself.
    public var isCaseWork: Bool {
        switch self {
        case .caseSet, .note, .void, .reopen, .attachmentAdded, .attachmentDeleted, .letterSent, .letterDelivered: true
        case .register, .letterIssued, .purge, .controllerSet, .identityKey, .identityCodeResealed: false
        case .userAdded, .userRoleChanged, .userDisabled, .userPasswordSet, .tokenCreated, .tokenRevoked: false
        }
    }

    /// The register-wide events that change a user's state (the register's table of users follows the newest one of
    /// each user).
    public static let userStateEvents: [SystemEvent] = [.userAdded, .userRoleChanged, .userDisabled, .userPasswordSet]

    /// The events that can never be voided: the registration, a purge, an issued letter (issued letters are
    /// superseded by a new letter, never voided: the person may hold it), a key's reseal, register-wide events, and
    /// a void itself; the record of an attachment or of its deletion (the bytes and their SHA-256 are the
    /// evidence of what was kept and when it went); and a letter's dispatch records, which are corrected by recording
    /// the dispatch again with a reason (the newest record counts), so that the register's dispatch table always
    /// follows the newest one.
    public static let neverVoided: Set<String> = Set(
        [
            SystemEvent.register, .purge, .letterIssued, .identityCodeResealed, .controllerSet, .identityKey, .void,
            .attachmentAdded, .attachmentDeleted, .letterSent, .letterDelivered,
            .userAdded, .userRoleChanged, .userDisabled, .userPasswordSet, .tokenCreated, .tokenRevoked,
        ]
        .map(\.rawValue))
}
