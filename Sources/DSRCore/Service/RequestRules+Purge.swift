import Foundation

extension RequestRules {
    /// A request without its personal data and the ``SystemEvent/purge`` event that records the removal
    /// (``PersonalData``).
    ///
    /// The event names the cut-off the officer chose; it keeps the request's state, and the store removes the
    /// personal data of the case's earlier events with it. The controller's reference, which may itself be personal
    /// data, goes too unless `keepReference`; the event then restates it (see ``PersonalData/keptReferenceMember``).
    public static func purge(
        _ record: RequestRecord, closedBefore: CivilDate, keepReference: Bool = false,
        actor: String, now: Date, today: CivilDate
    ) -> (RequestRecord, EventEntry) {
        let data = PurgeData(
            closedBefore: closedBefore,
            keptReference: keepReference ? record.reference : nil,
            referenceRemoved: !keepReference && record.reference != nil)
        let entry = EventEntry(
            caseNumber: record.caseNumber, name: SystemEvent.purge.rawValue, on: today,
            recordedAt: now, actor: actor, workflowVersion: record.workflowVersion,
            stateAfter: record.state, data: EventEntry.canonicalJSON(data))
        return (record.purged(on: today, eventData: entry.data), entry)
    }

    /// The data of a purge event: `{"closedBefore":"YYYY-MM-DD"}`, with `"keptReference":"…"` when the purge kept
    /// the controller's reference or `"reference":"removed"` when it removed one (``PersonalData/keptReferenceMember``,
    /// ``PersonalData/purgedReferenceMember``; keys in sorted order).
    private struct PurgeData: CanonicalJSONWritable {
        var closedBefore: CivilDate
        var keptReference: String?
        var referenceRemoved: Bool

        func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
            writer.beginObject()
            writer.member("closedBefore", closedBefore.description)
            writer.member("keptReference", keptReference)
            writer.member("reference", referenceRemoved ? "removed" : nil)
            writer.endObject()
        }
    }
}
