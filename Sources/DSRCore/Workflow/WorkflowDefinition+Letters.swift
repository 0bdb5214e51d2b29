import Foundation

extension WorkflowDefinition {
    /// The letter a request's current state calls for, or `nil` if none does.
    ///
    /// The state's own letter (outcomes: the response, completion notice or refusal certificate); for a paused state,
    /// the letter of the event that paused it; in the initial state, the first letter an outgoing event produces
    /// (the acknowledgement); after an extension, the extension notice.
    public func expectedLetter(for record: RequestRecord) -> LetterType? {
        guard let state = state(record.state) else { return nil }
        if let letter = state.letter { return letter }
        switch state.clock {
        case .paused:
            return events.first { $0.to == state.id && $0.clock == .pause && $0.letter != nil }?.letter
        case .running:
            if state.id == initial { return events(from: state.id).compactMap(\.letter).first }
            if record.isExtended { return events.first { $0.clock == .extend }?.letter }
            return nil
        case .stopped:
            return events.first { $0.to == state.id && $0.letter != nil }?.letter
        }
    }
}

/// No letter fits a request's current state.
public enum ExpectedLetterError: LocalizedErrorWithCategory, Sendable {
    /// The state calls for no letter.
    case noLetterForState(CaseNumber, state: StateID)

    /// A rule refused the action (exit 1).
    public var category: ErrorCategory { .ruleViolation }

    /// What went wrong and what to do.
    public var errorDescription: String? {
        switch self {
        case .noLetterForState(let caseNumber, let state):
            "\(caseNumber) is '\(state)', which calls for no letter; name the type (see 'dsr letter types')."
        }
    }
}
