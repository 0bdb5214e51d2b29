import Foundation

extension RequestRules {
    /// The first state of a registered request and its ``SystemEvent/register`` entry: what a registration stores,
    /// and what an import stores for each row.
    /// - Parameters:
    ///   - clean: The draft, already checked by ``validated(_:today:)``.
    ///   - caseNumber: The case number the store allocated.
    ///   - workflow: The workflow of the draft's kind.
    ///   - calculator: The deadline calculator.
    ///   - actor: Who records it.
    ///   - now: The time to record.
    /// - Throws: ``WorkflowCatalogError`` if the workflow does not declare its initial state.
    public static func registration(
        of clean: RequestDraft, caseNumber: CaseNumber, workflow: WorkflowDefinition,
        calculator: DeadlineCalculator, actor: String, now: Date
    )
        throws(WorkflowCatalogError) -> (RequestRecord, EventEntry)
    {
        let record = try initialRecord(caseNumber: caseNumber, draft: clean, workflow: workflow, calculator: calculator)
        var entry = EventEntry(
            caseNumber: caseNumber, name: SystemEvent.register.rawValue, on: clean.received,
            recordedAt: now, actor: actor, workflowVersion: workflow.version,
            stateAfter: record.state, data: EventEntry.canonicalJSON(clean))
        entry.publicData = EventEntry.canonicalJSON(clean.replacingPersonalData(with: PersonalData.withheld))
        return (record, entry)
    }

    /// The log entry of a workflow event applied to a request, with the public form of its data when the input
    /// holds personal data.
    /// - Parameters:
    ///   - event: The event.
    ///   - clean: The event's input, already checked by ``validated(_:)``.
    ///   - record: The request after the event.
    ///   - actor: Who records it.
    ///   - now: The time to record.
    public static func entry(
        for event: EventID, _ clean: EventInput, after record: RequestRecord, actor: String,
        now: Date
    ) -> EventEntry {
        var entry = EventEntry(
            caseNumber: record.caseNumber, name: event.rawValue, on: clean.on, recordedAt: now,
            actor: actor, workflowVersion: record.workflowVersion, stateAfter: record.state,
            data: EventEntry.canonicalJSON(clean))
        if clean.hasPersonalData {
            entry.publicData = EventEntry.canonicalJSON(clean.replacingPersonalData(with: PersonalData.withheld))
        }
        return entry
    }
}
