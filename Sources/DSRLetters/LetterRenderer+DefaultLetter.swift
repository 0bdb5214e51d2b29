import DSRCore

extension LetterRenderer {
    /// The letter a request's current state calls for, as `dsr letter CASE` without a type prints it.
    ///
    /// In order: the letter of the state itself (a final outcome such as `refused` → the refusal certificate); else
    /// the letter of the event that led into the state. Where several events lead in (`in-progress` is reached by
    /// acknowledging, extending or resuming), the record tells which came last: the extension if it was taken on the
    /// day of the latest event, no letter if a pause ended that day (the data subject has just answered), otherwise
    /// the letter of the event that does not touch the clock (the acknowledgement). In the initial state, before any
    /// event, it is the letter of the event that moves on without touching the clock (the acknowledgement).
    /// - Parameters:
    ///   - record: The request.
    ///   - workflow: The workflow of the request's kind.
    /// - Returns: The letter, or `nil` if the state calls for none (for example `withdrawn`).
    public func defaultLetter(for record: RequestRecord, workflow: WorkflowDefinition) -> LetterType? {
        guard let state = workflow.state(record.state) else { return nil }
        if let letter = state.letter { return letter }
        let incoming = workflow.events.filter { $0.to == state.id }
        let lettered = incoming.filter { $0.letter != nil }
        if let extendedOn = record.extendedOn, extendedOn == record.lastEventOn,
           let extend = lettered.first(where: { $0.clock == .extend }) {
            return extend.letter
        }
        if let lastEnd = record.pauses.compactMap(\.end).max(), lastEnd == record.lastEventOn,
           incoming.contains(where: { $0.clock == .resume }) {
            return nil
        }
        if let event = lettered.first(where: { $0.clock != .extend }) { return event.letter }
        if state.id == workflow.initial && record.isOpen {
            return workflow.events(from: state.id).first { $0.clock == .none && $0.letter != nil }?.letter
        }
        return nil
    }
}
