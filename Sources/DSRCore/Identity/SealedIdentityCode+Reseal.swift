import Foundation

extension SealedIdentityCode {
    /// A request with its identity code replaced by `code` (the same code sealed under a new key), and the event that
    /// records it (``SystemEvent/identityCodeResealed``: its data holds the new sealed code, personal data kept beside
    /// the chain; its public form only the masked code); the state, the clock and every other field stay as they are.
    public static func reseal(
        _ record: RequestRecord, as code: SealedIdentityCode, actor: String, now: Date,
        today: CivilDate
    ) -> (RequestRecord, EventEntry) {
        var resealed = record
        resealed.subject.identityCode = code
        var entry = EventEntry(
            caseNumber: record.caseNumber, name: SystemEvent.identityCodeResealed.rawValue, on: today, recordedAt: now,
            actor: actor,
            workflowVersion: record.workflowVersion, stateAfter: record.state,
            data: EventEntry.canonicalJSON(["identityCode": code]))
        entry.publicData = EventEntry.canonicalJSON(["identityCode": ["masked": code.masked]])
        return (resealed, entry)
    }

    /// The record after a reseal event with this data: the code it holds, or the record unchanged when only the
    /// event's public form is left (a purge removed the code with the rest of the personal data).
    static func resealed(_ record: RequestRecord, eventData: String) -> RequestRecord {
        guard let fields = EventEntry.decodeCanonicalJSON([String: SealedIdentityCode].self, from: eventData),
            let code = fields["identityCode"]
        else { return record }
        var resealed = record
        resealed.subject.identityCode = code
        return resealed
    }
}
