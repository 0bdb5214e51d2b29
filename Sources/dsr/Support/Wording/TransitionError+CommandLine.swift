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
        case .notAllowed(let caseNumber, let state, let event, let allowed):
            allowed.isEmpty
                ? "\(caseNumber) is '\(state)', where '\(event)' is not allowed; allowed now: none, the request is "
                    + "closed. If the person came back about it, reopen it: 'dsr reopen \(caseNumber) --reason TEXT'."
                : "\(caseNumber) is '\(state)', where '\(event)' is not allowed; allowed now: \(Self.list(allowed)) "
                    + "(for example '\(Self.command(allowed[0], caseNumber))'; 'dsr show \(caseNumber)' shows its history)."
        case .alreadyExtended(let caseNumber, let on):
            "\(caseNumber) was already extended on \(on); GDPR Art. 12(3) allows one extension of two months. Answer "
                + "by the deadline 'dsr show \(caseNumber)' gives."
        case .extensionTooLate(let caseNumber, let on, let lastDay):
            "\(caseNumber): an extension on \(on) is too late; the notice had to reach the data subject by \(lastDay), "
                + "within the first month (GDPR Art. 12(3)). Answer the request ('dsr complete \(caseNumber)') or "
                + "refuse it in writing ('dsr refuse \(caseNumber) --ground CODE --reason TEXT')."
        case .dateInFuture(let caseNumber, let on, let today):
            "\(caseNumber): \(on) is in the future (today is \(today)); record events on the day they happen "
                + "(--on \(today) or earlier)."
        case .unknownEvent(let caseNumber, let kind, let event, let known):
            "\(caseNumber): \(kind.rawValue) requests have no event\(InputError.echo(event.rawValue)); use one of: "
                + "\(Self.list(known)) ('dsr help \(kind.rawValue)' explains each)."
        }
    }

    /// The command line that records an event: its own command, or `dsr event` for one without.
    static func command(_ event: EventID, _ caseNumber: CaseNumber) -> String {
        HelpPage.isCommand(event.rawValue)
            ? "dsr \(event) \(caseNumber)" : "dsr event \(caseNumber) \(event)"
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
