/// Applies workflow events to requests: the rules of one kind's workflow plus the statutory clock.
///
/// A value type with no I/O and no clock of its own: the caller passes "today".
public struct RequestStateMachine: Sendable {
    /// The workflow of the request's kind.
    public let workflow: WorkflowDefinition
    /// The deadline calculator.
    public let calculator: DeadlineCalculator

    /// Creates a machine for one workflow.
    public init(workflow: WorkflowDefinition, calculator: DeadlineCalculator = DeadlineCalculator()) {
        self.workflow = workflow
        self.calculator = calculator
    }

    /// The events allowed for a request in its current state.
    public func allowedEvents(for record: RequestRecord) -> [EventID] {
        workflow.events(from: record.state).map(\.id)
    }

    /// Applies an event to a request.
    /// - Parameters:
    ///   - eventID: The event's name.
    ///   - input: The day and the information the event requires.
    ///   - record: The request as it stands.
    ///   - today: Today's date, to refuse events dated in the future.
    /// - Returns: The new request and the effects.
    /// - Throws: ``TransitionError`` naming the case, its state and the events allowed.
    public func apply(_ eventID: EventID, _ input: EventInput, to record: RequestRecord, today: CivilDate)
        throws(TransitionError) -> Transition
    {
        let caseNumber = record.caseNumber
        guard let event = workflow.event(eventID) else {
            throw .unknownEvent(caseNumber, kind: record.kind, event: eventID, known: workflow.events.map(\.id))
        }
        guard event.from.contains(record.state) else {
            throw .notAllowed(caseNumber, state: record.state, event: eventID, allowed: allowedEvents(for: record))
        }
        guard let target = workflow.state(event.to) else {
            throw .notAllowed(caseNumber, state: record.state, event: eventID, allowed: allowedEvents(for: record))
        }
        if input.on > today { throw .dateInFuture(caseNumber, on: input.on, today: today) }
        if input.on < record.lastEventOn {
            throw .dateBeforeHistory(caseNumber, on: input.on, earliest: record.lastEventOn)
        }
        try checkRequirements(of: event, input, record: record)

        var next = record
        var effects: [Transition.Effect] = []
        let before = record.deadline
        switch event.clock {
        case .none:
            break
        case .pause:
            next.pauses.append(ClockPause(start: input.on))
            next.askedFor = input.asked
            effects.append(.clockPaused(on: input.on))
        case .resume:
            let days = closeOpenPause(of: &next, on: input.on)
            effects.append(.clockResumed(on: input.on, pausedDays: days))
        case .extend:
            if let extendedOn = record.extendedOn { throw .alreadyExtended(caseNumber, on: extendedOn) }
            let lastDay = record.deadlineDetail(calculator: calculator).extensionNoticeBy
            if input.on > lastDay { throw .extensionTooLate(caseNumber, on: input.on, lastDay: lastDay) }
            next.extendedOn = input.on
            next.extensionReason = input.reason
            effects.append(.extended(on: input.on))
        case .stop:
            _ = closeOpenPause(of: &next, on: input.on)
            effects.append(.clockStopped(on: input.on))
        }
        next.state = target.id
        next.clock = target.clock
        next.lastEventOn = input.on
        if target.isFinal {
            next.closedOn = input.on
            next.outcome = target.outcome
        }
        if target.outcome == .refused {
            next.refusal = Refusal(
                grounds: input.grounds, reason: input.reason ?? "", granted: input.granted,
                reasonsWithheld: input.reasonsWithheld)
        }
        if let recipients = input.recipients { next.recipientsNotified = recipients }
        if let endCondition = input.endCondition { next.endCondition = endCondition }
        if let details = input.details { next.details = details }
        // GDPR Art. 18(3): the day a restriction ends and why, told to the data subject before it is lifted. Given
        // with the notice (`--lifts-on`), the day must come after the notice; the lift notice letter requires both.
        // The restriction workflow does not make them a requirement of the event, so that notices recorded before
        // dsr asked for them still replay.
        if let liftsOn = input.liftsOn {
            if liftsOn <= input.on { throw .liftDateNotAfterNotice(caseNumber, liftsOn: liftsOn, on: input.on) }
            next.liftsOn = liftsOn
            next.liftReason = input.reason
        }
        next.deadline = next.deadlineDetail(calculator: calculator).date
        // GDPR Art. 12(4): the refusal is due within one month of receipt (or the extended period). One recorded
        // after the deadline is still recorded, and marked late (legal-facts § 1.1).
        if target.outcome == .refused, input.on > next.deadline { next.refusal?.late = true }
        if next.deadline != before { effects.append(.deadlineMoved(from: before, to: next.deadline)) }
        if let letter = event.letter ?? target.letter { effects.append(.letterDue(letter)) }
        return Transition(event: eventID, from: record.state, record: next, effects: effects)
    }

    /// Ends the open pause, if any, on `day`, and returns its length.
    private func closeOpenPause(of record: inout RequestRecord, on day: CivilDate) -> Int {
        guard let index = record.pauses.lastIndex(where: \.isOpen) else { return 0 }
        record.pauses[index].end = day
        return record.pauses[index].days
    }

    private func checkRequirements(of event: WorkflowDefinition.Event, _ input: EventInput, record: RequestRecord)
        throws(TransitionError)
    {
        let caseNumber = record.caseNumber
        for requirement in event.requires {
            switch requirement {
            case .reason:
                if input.reason.isBlank { throw .missing(caseNumber, event: event.id, requirement: .reason) }
            case .grounds:
                if input.grounds.isEmpty { throw .missing(caseNumber, event: event.id, requirement: .grounds) }
            case .recipients:
                if input.recipients == nil { throw .missing(caseNumber, event: event.id, requirement: .recipients) }
            case .endCondition:
                if input.endCondition.isBlank {
                    throw .missing(caseNumber, event: event.id, requirement: .endCondition)
                }
            case .details:
                if input.details.isBlank { throw .missing(caseNumber, event: event.id, requirement: .details) }
            case .liftDate:
                // GDPR Art. 18(3): the data subject is told before the restriction is lifted, so the day it ends
                // comes after the day of the notice.
                guard let liftsOn = input.liftsOn else {
                    throw .missing(caseNumber, event: event.id, requirement: .liftDate)
                }
                if liftsOn <= input.on { throw .liftDateNotAfterNotice(caseNumber, liftsOn: liftsOn, on: input.on) }
            }
        }
        let valid = event.grounds.filter { !(record.isDirectMarketing && $0.unlessDirectMarketing) }.map(\.code)
        for code in input.grounds {
            guard let ground = RefusalGround.named(code) else { throw .unknownGround(code) }
            guard ground.applies(to: record.kind), let option = event.grounds.first(where: { $0.code == code }) else {
                throw .groundNotValid(caseNumber, ground: code, event: event.id, kind: record.kind, valid: valid)
            }
            if option.unlessDirectMarketing && record.isDirectMarketing {
                throw .groundBarredForDirectMarketing(caseNumber, ground: code)
            }
        }
    }
}

extension Optional where Wrapped == String {
    /// Whether the text is missing or only white space.
    var isBlank: Bool {
        switch self {
        case .none: true
        case .some(let text): text.allSatisfy(\.isWhitespace)
        }
    }
}
