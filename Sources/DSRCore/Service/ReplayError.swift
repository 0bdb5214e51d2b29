import Foundation

/// Why a request's history cannot be replayed into its stored state. Messages name event numbers, never data.
public enum ReplayError: LocalizedErrorWithCategory, Sendable, Equatable {
    /// The case has no events.
    case emptyHistory
    /// The case's first event is not its registration.
    case notARegistration(sequence: Int64?, name: String)
    /// A second registration of the same case.
    case registeredTwice(sequence: Int64?)
    /// The event's data cannot be read as what the event records.
    case unreadableData(sequence: Int64?)
    /// The request follows a workflow version this dsr does not have, so its history cannot be replayed.
    case workflowVersion(sequence: Int64?, recorded: Int, known: Int)
    /// The workflow refuses the event in the state the replay reached.
    case refused(sequence: Int64?, TransitionError)
    /// The event changes the state but the workflow does not define it.
    case unknownEvent(sequence: Int64?, name: String)
    /// The workflow takes the request to another state than the event recorded.
    case stateMismatch(sequence: Int64?, recorded: StateID?, replayed: StateID)
    /// The event voids an earlier one, so the case must be rebuilt from its history, which the caller did not give.
    case historyNeeded(sequence: Int64?)

    /// The event the replay stopped at, if any.
    public var sequence: Int64? {
        switch self {
        case .emptyHistory: nil
        case .notARegistration(let sequence, _), .registeredTwice(let sequence), .unreadableData(let sequence),
            .workflowVersion(let sequence, _, _), .refused(let sequence, _), .unknownEvent(let sequence, _),
            .stateMismatch(let sequence, _, _), .historyNeeded(let sequence):
            sequence
        }
    }

    /// A history that does not replay is a broken rule of the register (exit 1).
    public var category: ErrorCategory { .ruleViolation }

    /// What was found and what to do.
    public var errorDescription: String? {
        let event = sequence.map { "event \($0)" } ?? "the history"
        switch self {
        case .emptyHistory:
            return "the case has no events; restore the register from a backup."
        case .notARegistration(_, let name):
            return "\(event)\(InputError.echo(name)) opens the case's history, which must start with its registration."
        case .registeredTwice:
            return "\(event) registers a case that was already registered."
        case .unreadableData:
            return "the data of \(event) cannot be read as what the event records."
        case .workflowVersion(_, let recorded, let known):
            return "\(event) follows workflow version \(recorded), but this dsr has version \(known); "
                + "the history cannot be replayed with it."
        case .refused(_, let error):
            return "the workflow refuses \(event) when the history is replayed: \(error.errorDescription ?? "refused")"
        case .unknownEvent(_, let name):
            return "\(event)\(InputError.echo(name)) changes the state, but the workflow has no such event."
        case .stateMismatch(_, let recorded, let replayed):
            return "\(event) recorded state '\(recorded?.rawValue ?? "none")', but the workflow gives '\(replayed)'."
        case .historyNeeded:
            return "\(event) voids an earlier event; the case must be replayed from its registration."
        }
    }
}
