import Foundation

/// Why the state machine refused an event. Messages name the case, never the person, in domain words: a front end
/// words its own advice from the data each case carries (the command line's is in
/// `Sources/dsr/Support/Wording/TransitionError+CommandLine.swift`).
public enum TransitionError: LocalizedErrorWithCategory, Sendable, Equatable {
    /// The workflow has no such event.
    case unknownEvent(CaseNumber, kind: RequestKind, event: EventID, known: [EventID])
    /// The event is not allowed in the request's current state.
    case notAllowed(CaseNumber, state: StateID, event: EventID, allowed: [EventID])
    /// The event needs a piece of information that was not given.
    case missing(CaseNumber, event: EventID, requirement: EventRequirement)
    /// A ground code is not in the catalogue.
    case unknownGround(GroundCode)
    /// A ground exists but does not apply to the request's kind or event; `valid` lists the grounds the event
    /// accepts for this request (empty when it accepts none, for example `acknowledge`).
    case groundNotValid(CaseNumber, ground: GroundCode, event: EventID, kind: RequestKind, valid: [GroundCode])
    /// A balancing ground was used against a direct-marketing objection (Art. 21(3)).
    case groundBarredForDirectMarketing(CaseNumber, ground: GroundCode)
    /// The extension was already taken (Art. 12(3) allows it once).
    case alreadyExtended(CaseNumber, on: CivilDate)
    /// The extension is recorded after the first month, when the notice can no longer reach the person in time.
    case extensionTooLate(CaseNumber, on: CivilDate, lastDay: CivilDate)
    /// The event's day is before the request was received or before the previous event.
    case dateBeforeHistory(CaseNumber, on: CivilDate, earliest: CivilDate)
    /// The event's day is in the future.
    case dateInFuture(CaseNumber, on: CivilDate, today: CivilDate)
    /// The announced end of a restriction is not after the day of the notice (Art. 18(3): tell before lifting).
    case liftDateNotAfterNotice(CaseNumber, liftsOn: CivilDate, on: CivilDate)

    /// A rule violation (exit 1) or invalid data (exit 65).
    public var category: ErrorCategory {
        switch self {
        case .unknownEvent, .unknownGround, .groundNotValid, .missing, .dateInFuture: .invalidData
        case .notAllowed, .groundBarredForDirectMarketing, .alreadyExtended, .extensionTooLate, .dateBeforeHistory,
            .liftDateNotAfterNotice:
            .ruleViolation
        }
    }

    /// What went wrong, in domain words (no command or option of any front end).
    public var errorDescription: String? {
        switch self {
        case .unknownEvent(let caseNumber, let kind, let event, let known):
            return "\(caseNumber): \(kind.rawValue) requests have no event\(InputError.echo(event.rawValue)); "
                + "use one of: \(Self.list(known))."
        case .notAllowed(let caseNumber, let state, let event, let allowed):
            let options = allowed.isEmpty ? "none, the request is closed" : Self.list(allowed)
            return "\(caseNumber) is '\(state)', where '\(event)' is not allowed; allowed now: \(options)."
        case .missing(let caseNumber, let event, let requirement):
            return "\(caseNumber): '\(event)' needs \(requirement.summary)."
        case .unknownGround(let ground):
            return
                "unknown refusal ground\(InputError.echo(ground.rawValue)); use a code from the refusal-ground catalogue."
        case .groundNotValid(let caseNumber, let ground, let event, let kind, let valid):
            guard !valid.isEmpty else {
                return "\(caseNumber): '\(event)' takes no refusal ground for this \(kind.rawValue) request, so "
                    + "'\(ground)' cannot be given."
            }
            return "\(caseNumber): ground '\(ground)' cannot refuse \(kind.rawValue) requests; valid grounds: "
                + "\(Self.list(valid))."
        case .groundBarredForDirectMarketing(let caseNumber, let ground):
            return "\(caseNumber) is an objection to direct marketing, which is absolute (GDPR Art. 21(3)); "
                + "'\(ground)' cannot refuse it. Stop the direct marketing and complete the request."
        case .alreadyExtended(let caseNumber, let on):
            return "\(caseNumber) was already extended on \(on); GDPR Art. 12(3) allows one extension of two "
                + "months."
        case .extensionTooLate(let caseNumber, let on, let lastDay):
            return "\(caseNumber): an extension on \(on) is too late; the notice had to reach the data subject by "
                + "\(lastDay), within the first month (GDPR Art. 12(3)). Answer the request or refuse it in writing."
        case .dateBeforeHistory(let caseNumber, let on, let earliest):
            return "\(caseNumber): \(on) is before the request's last recorded day \(earliest); the event's day must "
                + "be \(earliest) or later."
        case .dateInFuture(let caseNumber, let on, let today):
            return "\(caseNumber): \(on) is in the future (today is \(today)); record events on the day they "
                + "happen."
        case .liftDateNotAfterNotice(let caseNumber, let liftsOn, let on):
            return "\(caseNumber): the restriction cannot end on \(liftsOn), not after the notice of \(on); the data "
                + "subject must be told before it is lifted (GDPR Art. 18(3)). The day it ends must be later."
        }
    }

    /// Event names or ground codes as a comma-separated list.
    public static func list<Name: RawRepresentable<String>>(_ names: [Name]) -> String {
        names.map(\.rawValue).joined(separator: ", ")
    }
}
