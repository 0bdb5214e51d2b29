import DSRCore

/// The tool's wording of the state machine's refusals: the library's domain message with the option or command that
/// gives what is missing.
extension TransitionError: CommandLineWorded {
    /// The message for a refused event.
    var commandLineMessage: String {
        switch self {
        case .missing(let caseNumber, let event, let requirement):
            "\(caseNumber): '\(event)' needs \(Self.option(for: requirement))."
        case .unknownGround(let ground):
            "unknown refusal ground\(InputError.echo(ground.rawValue)); list the codes with 'dsr grounds'."
        case .groundNotValid(let caseNumber, let ground, let event, let kind, let valid):
            valid.isEmpty
                ? "\(caseNumber): '\(event)' takes no refusal ground for this \(kind.rawValue) request, so '\(ground)' "
                    + "cannot be given; leave out --ground (see 'dsr grounds')."
                : "\(caseNumber): ground '\(ground)' cannot refuse \(kind.rawValue) requests; valid grounds: "
                    + "\(Self.list(valid))."
        case .groundBarredForDirectMarketing(let caseNumber, let ground):
            "\(caseNumber) is an objection to direct marketing, which is absolute (GDPR Art. 21(3)); '\(ground)' cannot "
                + "refuse it. Stop the direct marketing and run 'dsr complete \(caseNumber)'."
        case .dateBeforeHistory(let caseNumber, let on, let earliest):
            "\(caseNumber): \(on) is before the request's last recorded day \(earliest); give --on \(earliest) or later."
        case .liftDateNotAfterNotice(let caseNumber, let liftsOn, let on):
            "\(caseNumber): the restriction cannot end on \(liftsOn), not after the notice of \(on); the data subject "
                + "must be told before it is lifted (GDPR Art. 18(3)). Give --lifts-on a later day."
        case .unknownEvent, .notAllowed, .alreadyExtended, .extensionTooLate, .dateInFuture:
            errorDescription ?? "the event cannot be recorded."
        }
    }

    /// What an event needs, with the option that gives it.
    private static func option(for requirement: EventRequirement) -> String {
        switch requirement {
        case .reason: "a reason (--reason TEXT)"
        case .grounds: "at least one refusal ground (--ground CODE; see 'dsr grounds')"
        case .recipients: "the recipients told under GDPR Art. 19 (--recipient NAME, repeatable, or --no-recipients)"
        case .endCondition: "when the restriction ends (--end-condition TEXT)"
        case .details: "what was done (--details TEXT)"
        case .liftDate: "the day the restriction ends (--lifts-on DATE)"
        }
    }
}
