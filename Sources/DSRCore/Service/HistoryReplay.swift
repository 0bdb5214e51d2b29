/// Rebuilds a request from its history: the registration draft, then each event through the workflow's
/// ``RequestStateMachine``, as `dsr audit verify` does to check that a stored state is the one its events give.
///
/// Events the workflow does not define and that leave the state as it was (for example a record of a letter sent)
/// are annotations: they do not change the rebuilt record. A purge (``SystemEvent/purge``) removes the personal
/// data as `dsr purge` did; a reseal (``SystemEvent/identityCodeResealed``) puts in the code `dsr key rotate` sealed.
public struct HistoryReplay: Sendable {
    /// The workflows in force.
    public let workflows: WorkflowCatalog
    /// The deadline calculator.
    public let calculator: DeadlineCalculator

    /// Creates a replay with the workflows in force.
    public init(workflows: WorkflowCatalog, calculator: DeadlineCalculator = DeadlineCalculator()) {
        self.workflows = workflows
        self.calculator = calculator
    }

    /// The record a case's first event, its registration, created.
    /// - Throws: ``ReplayError`` if the event is not a readable registration under a workflow version dsr has.
    public func start(with entry: EventEntry) throws(ReplayError) -> RequestRecord {
        guard entry.systemEvent == .register, let caseNumber = entry.caseNumber else {
            throw .notARegistration(sequence: entry.sequence, name: entry.name)
        }
        guard let draft = EventEntry.decodeCanonicalJSON(RequestDraft.self, from: entry.data) else {
            throw .unreadableData(sequence: entry.sequence)
        }
        let workflow = workflows[draft.kind]
        guard workflow.version == entry.workflowVersion else {
            throw .workflowVersion(sequence: entry.sequence, recorded: entry.workflowVersion, known: workflow.version)
        }
        do {
            return try RequestRules.initialRecord(caseNumber: caseNumber, draft: draft, workflow: workflow,
                                                    calculator: calculator)
        } catch {
            throw .unreadableData(sequence: entry.sequence)
        }
    }

    /// The record after one more event of its history.
    /// - Throws: ``ReplayError`` if the workflow refuses the event or does not know it, or its data cannot be read.
    public func apply(_ entry: EventEntry, to record: RequestRecord) throws(ReplayError) -> RequestRecord {
        if entry.systemEvent == .register { throw .registeredTwice(sequence: entry.sequence) }
        if entry.systemEvent == .purge { return record.purged(on: entry.on, eventData: entry.data) }
        if entry.systemEvent == .identityCodeResealed {
            return SealedIdentityCode.resealed(record, eventData: entry.data)
        }
        let workflow = workflows[record.kind]
        if entry.name == ImportedRequest.closingEvent.rawValue, let state = entry.stateAfter {
            // A closing imported from a spreadsheet (docs/import.md): the final state on the day, as the import made it.
            do {
                return try ImportedRequest.close(record, in: state, on: entry.on, workflow: workflow,
                                                 calculator: calculator, today: entry.on)
            } catch let error as TransitionError {
                throw .refused(sequence: entry.sequence, error)
            } catch {
                throw .unknownEvent(sequence: entry.sequence, name: entry.name)
            }
        }
        guard workflow.event(EventID(entry.name)) != nil else {
            if entry.stateAfter == record.state { return record }
            throw .unknownEvent(sequence: entry.sequence, name: entry.name)
        }
        guard let input = EventEntry.decodeCanonicalJSON(EventInput.self, from: entry.data) else {
            throw .unreadableData(sequence: entry.sequence)
        }
        let machine = RequestStateMachine(workflow: workflow, calculator: calculator)
        let transition: Transition
        do {
            transition = try machine.apply(EventID(entry.name), input, to: record, today: input.on)
        } catch {
            throw .refused(sequence: entry.sequence, error)
        }
        guard transition.record.state == entry.stateAfter else {
            throw .stateMismatch(sequence: entry.sequence, recorded: entry.stateAfter, replayed: transition.record.state)
        }
        return transition.record
    }

    /// The record a whole history, oldest first, gives.
    /// - Throws: ``ReplayError`` at the first event that cannot be replayed, or ``ReplayError/emptyHistory`` for none.
    public func replay(_ entries: [EventEntry]) throws(ReplayError) -> RequestRecord {
        guard let first = entries.first else { throw .emptyHistory }
        var record = try start(with: first)
        for entry in entries.dropFirst() {
            record = try apply(entry, to: record)
        }
        return record
    }
}
