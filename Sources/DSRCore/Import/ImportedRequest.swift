import Foundation

/// A row of an import file that passed every check: the request to register and the history to record for it.
///
/// The history is rebuilt from the row's dates, each event dated as the file gives it: `register` on the day of
/// receipt, `acknowledge` on the day acknowledged, `extend` on the day of the extension (with its reason), for a
/// request waiting for the data subject the workflow's pausing event into that state (`request-identity`,
/// `request-clarification`) on the day the pause began, and for a closed request ``closingEvent`` on the day it was
/// closed, into its final state.
public struct ImportedRequest: Sendable, Equatable {
    /// The line the row starts on.
    public var line: Int
    /// The request, checked and cleaned.
    public var draft: RequestDraft
    /// The day it was acknowledged, if it was.
    public var acknowledged: CivilDate?
    /// The day the Art. 12(3) extension was taken, if it was.
    public var extended: CivilDate?
    /// Why the extension was needed.
    public var extensionReason: String?
    /// The event that paused the clock, if the request is still waiting for the data subject.
    public var pauseEvent: EventID?
    /// The day that pause began.
    public var paused: CivilDate?
    /// The day it was closed, if it was.
    public var closed: CivilDate?
    /// The final state it was closed in, if it was.
    public var finalState: StateID?
    /// The case number the row had in the register it was exported from, if it says.
    public var exportedCase: CaseNumber?

    /// Creates an imported request.
    public init(
        line: Int, draft: RequestDraft, acknowledged: CivilDate? = nil, extended: CivilDate? = nil,
        extensionReason: String? = nil, pauseEvent: EventID? = nil, paused: CivilDate? = nil,
        closed: CivilDate? = nil, finalState: StateID? = nil, exportedCase: CaseNumber? = nil
    ) {
        self.line = line
        self.draft = draft
        self.acknowledged = acknowledged
        self.extended = extended
        self.extensionReason = extensionReason
        self.pauseEvent = pauseEvent
        self.paused = paused
        self.closed = closed
        self.finalState = finalState
        self.exportedCase = exportedCase
    }

    /// The key that identifies the request by its registration data (``ImportKey``).
    public var importKey: String { ImportKey.of(draft) }

    /// The event data of a closing rebuilt from an import: the day, the outcome, and that it was imported (the
    /// file does not say on which grounds a request was refused, or what was done).
    private struct ImportedClosing: Encodable, CanonicalJSONWritable {
        var on: CivilDate
        var outcome: Outcome?
        var imported = true

        func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
            writer.beginObject()
            writer.member("imported", imported)
            writer.member("on", on)
            writer.member("outcome", outcome?.rawValue)
            writer.endObject()
        }
    }

    /// The request's states, each with the log entry that led to it, oldest first: the same records and entries
    /// that registering the request and recording its events one by one would store.
    /// - Parameters:
    ///   - caseNumber: The case number the store gives the request.
    ///   - workflow: The workflow of the request's kind.
    ///   - calculator: The deadline calculator.
    ///   - actor: Who records the import.
    ///   - now: The time to record.
    ///   - today: Today's date; no event may be later.
    /// - Throws: ``TransitionError`` if the workflow refuses an event (for example an extension after the first
    ///   month), ``WorkflowCatalogError`` if the workflow lacks the final state.
    public func history(
        caseNumber: CaseNumber, workflow: WorkflowDefinition, calculator: DeadlineCalculator,
        actor: String, now: Date, today: CivilDate
    ) throws -> [HistoryStep] {
        var steps: [HistoryStep] = []
        steps.reserveCapacity(4)
        var (record, entry) = try RequestRules.registration(
            of: draft, caseNumber: caseNumber, workflow: workflow, calculator: calculator, actor: actor, now: now)
        steps.append(HistoryStep(record: record, entry: entry))
        let machine = RequestStateMachine(workflow: workflow, calculator: calculator)
        if let acknowledged {
            let input = EventInput(on: acknowledged)
            record = try machine.apply(Self.acknowledge, input, to: record, today: today).record
            steps.append(
                HistoryStep(
                    record: record,
                    entry: RequestRules.entry(
                        for: Self.acknowledge, input, after: record,
                        actor: actor, now: now)))
        }
        if let extended {
            let input = EventInput(on: extended, reason: extensionReason)
            record = try machine.apply(Self.extend, input, to: record, today: today).record
            steps.append(
                HistoryStep(
                    record: record,
                    entry: RequestRules.entry(
                        for: Self.extend, input, after: record,
                        actor: actor, now: now)))
        }
        if let pauseEvent, let paused {
            let input = EventInput(on: paused)
            record = try machine.apply(pauseEvent, input, to: record, today: today).record
            steps.append(
                HistoryStep(
                    record: record,
                    entry: RequestRules.entry(
                        for: pauseEvent, input, after: record,
                        actor: actor, now: now)))
        }
        if let closed, let finalState {
            record = try Self.close(
                record, in: finalState, on: closed, workflow: workflow, calculator: calculator,
                today: today)
            let data = EventEntry.canonicalJSON(ImportedClosing(on: closed, outcome: record.outcome))
            steps.append(
                HistoryStep(
                    record: record,
                    entry: EventEntry(
                        caseNumber: caseNumber, name: Self.closingEvent.rawValue, on: closed, recordedAt: now,
                        actor: actor,
                        workflowVersion: record.workflowVersion, stateAfter: finalState, data: data)))
        }
        return steps
    }

    /// The event that records an imported request's closing: the file gives the day and the outcome, not the
    /// details a workflow event would need (refusal grounds, Art. 19 recipients, what was done), so the closing is
    /// recorded as imported rather than as `complete`, `refuse` or `withdraw`. Its data is
    /// `{"imported":true,"on":…,"outcome":…}` and its state after is the final state.
    public static let closingEvent = EventID("close-imported")

    /// A request closed in a final state of its workflow on a day, as an imported closing (``closingEvent``) leaves
    /// it: the state and its clock, the day closed and the outcome, any open pause ended, the deadline recomputed.
    /// A replay of the history uses it for ``closingEvent`` entries.
    /// - Throws: ``WorkflowCatalogError`` if the state is not a final state of the workflow; ``TransitionError`` if
    ///   the day is after today or before the request's latest event.
    public static func close(
        _ record: RequestRecord, in finalState: StateID, on day: CivilDate,
        workflow: WorkflowDefinition, calculator: DeadlineCalculator, today: CivilDate
    ) throws
        -> RequestRecord
    {
        guard let state = workflow.state(finalState), state.isFinal else {
            throw WorkflowCatalogError(problems: [
                WorkflowError(
                    file: workflow.source, line: nil, rule: "import-final-state",
                    message: "\(finalState) is not a final state of the \(workflow.kind.rawValue) workflow")
            ])
        }
        if day > today { throw TransitionError.dateInFuture(record.caseNumber, on: day, today: today) }
        if day < record.lastEventOn {
            throw TransitionError.dateBeforeHistory(record.caseNumber, on: day, earliest: record.lastEventOn)
        }
        var closed = record
        if let index = closed.pauses.lastIndex(where: \.isOpen) { closed.pauses[index].end = day }
        closed.state = state.id
        closed.clock = state.clock
        closed.lastEventOn = day
        closed.closedOn = day
        closed.outcome = state.outcome
        closed.deadline = closed.deadlineDetail(calculator: calculator).date
        return closed
    }

    /// The event that acknowledges a request.
    static let acknowledge = EventID("acknowledge")
    /// The event that takes the Art. 12(3) extension.
    static let extend = EventID("extend")
}
