import DSRCore
import DSRStore
import Foundation

/// Writes into a register the way the service layer does, through ``SQLiteStore``'s own transactions and the
/// register's rules (``RequestRules``): the store tests use it to fill a register and to test the store's
/// transactions directly, without the service layer (DSRCases has its own tests, over the storage protocols).
struct StoreWriter {
    /// The register.
    let store: SQLiteStore
    /// The workflows in force.
    let workflows: WorkflowCatalog
    /// The deadline calculator.
    let calculator = DeadlineCalculator()

    /// Registers a new request, as `CaseService.register` does, and returns it with its case number and deadline.
    func register(_ draft: RequestDraft, actor: String, now: Date, today: CivilDate) throws -> RequestRecord {
        let clean = try RequestRules.validated(draft, today: today)
        let workflow = workflows[clean.kind]
        return try store.insert(year: clean.received.year) { caseNumber in
            try RequestRules.registration(
                of: clean, caseNumber: caseNumber, workflow: workflow, calculator: calculator,
                actor: actor, now: now)
        }
    }

    /// Applies a workflow event to a case, as `CaseService.record` does, and returns the transition.
    func apply(
        _ event: EventID, to caseNumber: CaseNumber, input: EventInput, actor: String, now: Date,
        today: CivilDate
    ) throws -> Transition {
        let clean = try RequestRules.validated(input)
        var transition: Transition?
        _ = try store.update(caseNumber) { record in
            let machine = RequestStateMachine(workflow: workflows[record.kind], calculator: calculator)
            let result = try machine.apply(event, clean, to: record, today: today)
            transition = result
            return (result.record, RequestRules.entry(for: event, clean, after: result.record, actor: actor, now: now))
        }
        guard let transition else { throw StoreError.failed(operation: "apply \(event)", reason: "no change was made") }
        return transition
    }

    /// Sets the controller profile as a new version with its `controller-set` event and returns its number.
    func setControllerProfile(
        _ profile: ControllerProfile, actor: String, now: Date, today: CivilDate,
        source: String
    ) throws -> Int {
        let entry = EventEntry(
            caseNumber: nil, name: SystemEvent.controllerSet.rawValue, on: today, recordedAt: now,
            actor: actor, workflowVersion: 0, stateAfter: nil,
            data: EventEntry.canonicalJSON(["source": source]))
        return try store.saveControllerProfile(profile, entry: entry)
    }

    /// Issues a letter `write` makes and records it, or returns the letter already issued with the same content, as
    /// `CaseService.issueLetter` does; `beforeRecording` is called inside the transaction with a new letter only.
    func issueLetter(
        _ caseNumber: CaseNumber, actor: String, now: Date, today: CivilDate,
        beforeRecording: (IssuedLetter) throws -> Void = { _ in },
        write: (LetterIssueContext) throws -> IssuedLetter
    ) throws -> LetterIssue {
        var earlier: LetterNumber?
        let issued = try store.issueLetter(caseNumber) { context in
            let letter = try write(context)
            guard letter.number == context.number else {
                throw IssuedLetterError.numberMismatch(expected: context.number, got: letter.number)
            }
            if let same = context.issued.last(where: { $0.hasSameContent(as: letter) }) {
                earlier = same.number
                return nil
            }
            let entry = EventEntry(
                caseNumber: caseNumber, name: SystemEvent.letterIssued.rawValue, on: today,
                recordedAt: now, actor: actor, workflowVersion: context.record.workflowVersion,
                stateAfter: context.record.state, data: letter.eventData())
            try beforeRecording(letter)
            return (letter, entry)
        }
        if let issued { return .issued(issued) }
        guard let earlier else {
            throw StoreError.failed(operation: "issue a letter for case \(caseNumber)", reason: "no letter was stored")
        }
        return .alreadyIssued(try issuedLetter(earlier))
    }

    /// An issued letter with its files.
    /// - Throws: ``IssuedLetterError/unknownLetter(_:)`` if the case has no letter of that number.
    func issuedLetter(_ number: LetterNumber) throws -> IssuedLetter {
        guard let letter = try store.issuedLetters(of: number.caseNumber).first(where: { $0.number == number }) else {
            throw IssuedLetterError.unknownLetter(number)
        }
        return letter
    }
}

extension SQLiteStore {
    /// The summaries without names (``summaries(_:asOf:names:)`` with `names` false), as lists show them.
    func summaries(_ query: RequestQuery, asOf: CivilDate) throws -> [RequestSummary] {
        try summaries(query, asOf: asOf, names: false)
    }
}
