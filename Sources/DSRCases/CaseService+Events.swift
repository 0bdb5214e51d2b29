import DSRCore

extension CaseService {
    /// Records a workflow event on a case and returns the transition (new state, deadline and effects such as a
    /// letter now due). Recording `receive-identity` also deletes the bytes of the case's identity evidence
    /// (``deleteIdentityEvidence(of:actor:today:)``). A refusal recorded after the deadline is recorded as late, in
    /// the record and in the event's data (GDPR Art. 12(4)).
    /// - Throws: ``InputError`` for bad input; the state machine's refusal when the workflow does not allow the
    ///   event now;
    ///   ``StoreError/unknownCase(_:)`` if there is no such case.
    public func record(_ command: RecordEvent, actor: String, today: Today) async throws -> Transition {
        let clean = try RequestRules.validated(command.input)
        let workflows = workflows
        let calculator = calculator
        let event = command.event
        let transition = try await storage.update(command.caseNumber) { record in
            let machine = RequestStateMachine(workflow: workflows[record.kind], calculator: calculator)
            let result = try machine.apply(event, clean, to: record, today: today.date)
            var input = clean
            if result.record.refusal?.late == true, record.refusal?.late != true { input.late = true }
            return (
                result.record,
                RequestRules.entry(for: event, input, after: result.record, actor: actor, now: today.now),
                result
            )
        }
        // Identity evidence goes once the identity is confirmed (EDPB Guidelines 01/2022, §§ 70–79).
        if event == Self.identityConfirmation {
            _ = try await deleteIdentityEvidence(of: command.caseNumber, actor: actor, today: today)
        }
        return transition
    }
}
