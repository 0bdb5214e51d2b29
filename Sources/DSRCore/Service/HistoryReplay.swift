/// Rebuilds a request from its history: the registration draft, then each event through the workflow's
/// ``RequestStateMachine``, as `dsr audit verify` does to check that a stored state is the one its events give.
///
/// Events the workflow does not define and that leave the state as it was (for example a record of a letter sent)
/// are annotations: they do not change the rebuilt record. A purge (``SystemEvent/purge``) removes the personal
/// data as `dsr purge` did; a reseal (``SystemEvent/identityCodeResealed``) puts in the code `dsr key rotate` sealed.
///
/// The events of case work (``SystemEvent``): a `case-set` applies its corrections (``CaseSetData``), a `note`
/// changes nothing, a `reopen` takes a closed request back into its workflow (``ReopenData``), and a `void` rebuilds
/// the case from its registration without the events voided so far (``VoidData``): a void therefore needs the case's
/// history, which ``replay(_:)`` and ``apply(_:to:history:)`` have and ``apply(_:to:)`` has not.
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
            return try RequestRules.initialRecord(
                caseNumber: caseNumber, draft: draft, workflow: workflow,
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
        if let caseWork = entry.systemEvent, caseWork.isCaseWork {
            return try apply(caseWork, entry, to: record)
        }
        let workflow = workflows[record.kind]
        if entry.name == ImportedRequest.closingEvent.rawValue, let state = entry.stateAfter {
            // A closing imported from a spreadsheet (docs/import.md): the final state on the day, as the import made it.
            do {
                return try ImportedRequest.close(
                    record, in: state, on: entry.on, workflow: workflow,
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
            throw .stateMismatch(
                sequence: entry.sequence, recorded: entry.stateAfter, replayed: transition.record.state)
        }
        return transition.record
    }

    /// The record a whole history, oldest first, gives: every event except those a `void` among them names.
    /// - Throws: ``ReplayError`` at the first event that cannot be replayed, or ``ReplayError/emptyHistory`` for none.
    public func replay(_ entries: [EventEntry]) throws(ReplayError) -> RequestRecord {
        try replay(entries, voiding: [], checkingVoid: entries.last?.sequence)
    }

    /// The record a history gives with one more event void, as a new `void` of it would make it: what `void` stores.
    /// - Throws: ``ReplayError`` at the first event that cannot be replayed without it.
    public func replay(_ entries: [EventEntry], voiding sequence: Int64) throws(ReplayError) -> RequestRecord {
        try replay(entries, voiding: [sequence], checkingVoid: nil)
    }

    /// The record a history gives without the events its voids and `extra` name; the state recorded by the `void`
    /// event `checkingVoid` (the last of the history) is checked.
    private func replay(_ entries: [EventEntry], voiding extra: Set<Int64>, checkingVoid: Int64?)
        throws(ReplayError) -> RequestRecord
    {
        guard let first = entries.first else { throw .emptyHistory }
        let voided = VoidData.voided(in: entries).union(extra)
        var record = try start(with: first)
        var earlier: [Int64: String] = [:]
        if let sequence = first.sequence { earlier[sequence] = first.name }
        for entry in entries.dropFirst() {
            defer { if let sequence = entry.sequence { earlier[sequence] = entry.name } }
            if let sequence = entry.sequence, voided.contains(sequence) { continue }
            if entry.name == SystemEvent.void.rawValue {
                // A void must name an earlier event of the case that may be voided. The last one replayed must
                // record the state the case is in without what is void; an earlier one recorded the state of its
                // day, which a later void of an event before it may have changed.
                guard let data = EventEntry.decodeCanonicalJSON(VoidData.self, from: entry.data),
                    let name = earlier[data.event], !SystemEvent.neverVoided.contains(name)
                else { throw .unreadableData(sequence: entry.sequence) }
                guard entry.sequence != checkingVoid || entry.stateAfter == record.state else {
                    throw .stateMismatch(sequence: entry.sequence, recorded: entry.stateAfter, replayed: record.state)
                }
                continue
            }
            record = try apply(entry, to: record)
        }
        return record
    }

    /// The record after one more event, given the case's events before it (oldest first, from its registration):
    /// what a walk through the register that meets a case's events one by one calls. A `void` rebuilds the case from
    /// `history` and itself; any other event is applied as ``apply(_:to:)`` does.
    /// - Throws: ``ReplayError`` if the event cannot be replayed.
    public func apply(_ entry: EventEntry, to record: RequestRecord, history: [EventEntry]) throws(ReplayError)
        -> RequestRecord
    {
        guard entry.name == SystemEvent.void.rawValue else { return try apply(entry, to: record) }
        return try replay(history + [entry])
    }

    /// The record after an event of case work.
    private func apply(_ name: SystemEvent, _ entry: EventEntry, to record: RequestRecord) throws(ReplayError)
        -> RequestRecord
    {
        let next: RequestRecord
        switch name {
        case .note, .attachmentAdded, .attachmentDeleted, .letterSent, .letterDelivered:
            next = record
        case .void:
            throw .historyNeeded(sequence: entry.sequence)
        case .caseSet:
            guard let data = EventEntry.decodeCanonicalJSON(CaseSetData.self, from: entry.data),
                let changed = data.applied(to: record, calculator: calculator)
            else { throw .unreadableData(sequence: entry.sequence) }
            next = changed
        case .reopen:
            guard let data = EventEntry.decodeCanonicalJSON(ReopenData.self, from: entry.data) else {
                throw .unreadableData(sequence: entry.sequence)
            }
            do {
                next = try data.reopened(record, on: entry.on, workflow: workflows[record.kind], calculator: calculator)
            } catch {
                throw .unknownEvent(sequence: entry.sequence, name: entry.name)
            }
        case .register, .letterIssued, .purge, .controllerSet, .identityKey, .identityCodeResealed, .userAdded,
            .userRoleChanged, .userDisabled, .userPasswordSet, .tokenCreated, .tokenRevoked:
            throw .unknownEvent(sequence: entry.sequence, name: entry.name)  // not case work: handled by the caller
        }
        guard next.state == entry.stateAfter else {
            throw .stateMismatch(sequence: entry.sequence, recorded: entry.stateAfter, replayed: next.state)
        }
        return next
    }
}
