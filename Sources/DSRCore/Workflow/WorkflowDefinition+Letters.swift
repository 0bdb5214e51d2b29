import Foundation

extension WorkflowDefinition {
    /// The letter a request's current state calls for, as `dsr letter CASE` without a type prints it, or `nil` if
    /// none does.
    ///
    /// In order: the letter of the state itself (a final outcome such as `refused` → the refusal certificate); else
    /// the letter of the event that led into the state. Where several events lead in (`in-progress` is reached by
    /// acknowledging, extending or resuming), the record tells which came last: the extension notice if the extension
    /// was taken on the day of the latest event, no letter if a pause ended that day (the data subject has just
    /// answered), otherwise the letter of the event that does not touch the clock (the acknowledgement). In the
    /// initial state, before any event, it is the letter of the event that moves on without touching the clock (the
    /// acknowledgement). A closed state without a letter of its own (`lifted`) calls for none; `withdrawn` has
    /// its own, the withdrawal confirmation.
    public func expectedLetter(for record: RequestRecord) -> LetterType? {
        guard let state = state(record.state) else { return nil }
        if let letter = state.letter { return letter }
        let incoming = events.filter { $0.to == state.id }
        let lettered = incoming.filter { $0.letter != nil }
        if let extendedOn = record.extendedOn, extendedOn == record.lastEventOn,
            let extend = lettered.first(where: { $0.clock == .extend })
        {
            return extend.letter
        }
        if let lastEnd = record.pauses.compactMap(\.end).max(), lastEnd == record.lastEventOn,
            incoming.contains(where: { $0.clock == .resume })
        {
            return nil
        }
        if let event = lettered.first(where: { $0.clock != .extend }) { return event.letter }
        if state.id == initial && record.isOpen {
            return self.events(from: state.id).first { $0.clock == .none && $0.letter != nil }?.letter
        }
        return nil
    }
}

/// No letter fits a request's current state.
public enum ExpectedLetterError: LocalizedErrorWithCategory, Sendable {
    /// The state calls for no letter.
    case noLetterForState(CaseNumber, state: StateID)

    /// A rule refused the action (exit 1).
    public var category: ErrorCategory { .ruleViolation }

    /// What went wrong and what to do, in domain words.
    public var errorDescription: String? {
        switch self {
        case .noLetterForState(let caseNumber, let state):
            "\(caseNumber) is '\(state)', which calls for no letter; name the letter type."
        }
    }
}
