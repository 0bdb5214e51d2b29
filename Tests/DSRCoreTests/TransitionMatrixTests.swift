import DSRCore
import Testing

/// One (kind, state, event) triple of the transition matrix.
struct TransitionCase: Sendable, CustomTestStringConvertible {
    let kind: RequestKind
    let state: StateID
    let event: EventID

    var testDescription: String { "\(kind.rawValue): \(state) + \(event)" }

    /// Every state of every built-in workflow crossed with every event name any workflow uses.
    static let all: [TransitionCase] = {
        guard let catalog = try? WorkflowCatalog.builtIn() else { return [] }
        return RequestKind.allCases.flatMap { kind in
            catalog[kind].states.flatMap { state in
                catalog.allEventIDs.map { TransitionCase(kind: kind, state: state.id, event: $0) }
            }
        }
    }()
}

/// Every (state, event) pair of every workflow: allowed pairs land where the definition says with the declared clock
/// and effects, and every other pair is refused with the case, the state and the events allowed there.
struct TransitionMatrixTests {
    @Test func theMatrixCoversEveryStateAndEvent() throws {
        let catalog = try WorkflowCatalog.builtIn()
        let expected = RequestKind.allCases.reduce(0) { $0 + catalog[$1].states.count } * catalog.allEventIDs.count
        #expect(TransitionCase.all.count == expected)
        #expect(expected == (7 * 5 + 9) * 12)
    }

    @Test(arguments: TransitionCase.all)
    func transition(_ testCase: TransitionCase) throws {
        let factory = try RequestFactory()
        let workflow = factory.catalog[testCase.kind]
        let machine = factory.machine(testCase.kind)
        // Given a request brought to the state by the workflow's own events on the day of receipt
        let record = try factory.request(testCase.kind, in: testCase.state)
        let day = factory.received.adding(days: 3)
        let today = factory.received.adding(days: 10)

        guard let event = workflow.event(testCase.event) else {
            // An event of another kind's workflow is unknown here.
            let error = try #require(throws: TransitionError.self) {
                try machine.apply(testCase.event, EventInput(on: day), to: record, today: today)
            }
            #expect(
                error
                    == .unknownEvent(
                        factory.caseNumber, kind: testCase.kind, event: testCase.event,
                        known: workflow.events.map(\.id)))
            return
        }
        let allowed = workflow.events.filter { $0.from.contains(testCase.state) }.map(\.id)
        let input = factory.completeInput(for: event, on: day, record: record)

        guard event.from.contains(testCase.state) else {
            // When a not-allowed event is applied, even with complete input
            let error = try #require(throws: TransitionError.self) {
                try machine.apply(testCase.event, input, to: record, today: today)
            }
            // Then it is refused naming the case, its state and exactly the events allowed there
            #expect(
                error == .notAllowed(factory.caseNumber, state: testCase.state, event: testCase.event, allowed: allowed)
            )
            #expect(error.category == .ruleViolation)
            let message = try #require(error.errorDescription)
            #expect(message.contains("2025-0001"))
            #expect(message.contains("'\(testCase.state)'"))
            #expect(message.contains("'\(testCase.event)'"))
            for name in allowed { #expect(message.contains(name.rawValue)) }
            if allowed.isEmpty { #expect(message.contains("closed")) }
            #expect(!message.contains("Testi Henkilö"))
            return
        }

        // When the allowed event is applied with everything it requires
        let transition = try machine.apply(testCase.event, input, to: record, today: today)
        let next = transition.record
        let target = try #require(workflow.state(event.to))

        // Then the request is in the declared state with the declared clock
        #expect(transition.event == testCase.event)
        #expect(transition.from == testCase.state)
        #expect(next.state == event.to)
        #expect(next.clock == target.clock)
        #expect(next.lastEventOn == day)
        #expect(next.caseNumber == record.caseNumber)
        #expect(next.received == record.received)

        // and the declared clock effect happened
        var expectedPauses = record.pauses
        var expectedEffects: [Transition.Effect] = []
        let openPause = record.pauses.last(where: \.isOpen)
        switch event.clock {
        case .none:
            break
        case .pause:
            expectedPauses.append(ClockPause(start: day))
            expectedEffects.append(.clockPaused(on: day))
        case .resume:
            let pause = try #require(openPause, "resume from a state with no open pause")
            expectedPauses[expectedPauses.count - 1].end = day
            expectedEffects.append(.clockResumed(on: day, pausedDays: pause.start.days(until: day)))
        case .extend:
            expectedEffects.append(.extended(on: day))
        case .stop:
            if openPause != nil { expectedPauses[expectedPauses.count - 1].end = day }
            expectedEffects.append(.clockStopped(on: day))
        }
        #expect(next.pauses == expectedPauses)
        #expect(next.isExtended == (record.isExtended || event.clock == .extend))
        if event.clock == .extend {
            #expect(next.extendedOn == day)
            #expect(next.extensionReason == input.reason)
        }
        let expectedDeadline = DeadlineCalculator()
            .deadline(received: record.received, extended: next.isExtended, pauses: expectedPauses).date
        #expect(next.deadline == expectedDeadline)
        if expectedDeadline != record.deadline {
            expectedEffects.append(.deadlineMoved(from: record.deadline, to: expectedDeadline))
        }
        if let letter = event.letter ?? target.letter { expectedEffects.append(.letterDue(letter)) }
        #expect(transition.effects == expectedEffects)

        // and a final state closes the request with its outcome
        if target.isFinal {
            #expect(next.closedOn == day)
            #expect(next.outcome == target.outcome)
            #expect(!next.isOpen)
        } else {
            #expect(next.closedOn == nil)
            #expect(next.isOpen)
        }
        if target.outcome == .refused {
            #expect(next.refusal == Refusal(grounds: input.grounds, reason: input.reason ?? ""))
        } else {
            #expect(next.refusal == nil)
        }
        if event.requires.contains(.recipients) { #expect(next.recipientsNotified == ["Processor Oy"]) }
        if event.requires.contains(.endCondition) { #expect(next.endCondition == input.endCondition) }
        if event.requires.contains(.details) { #expect(next.details == input.details) }
    }

    /// Every requirement of every event, to be left out once.
    static let requirementCases: [String] = {
        guard let catalog = try? WorkflowCatalog.builtIn() else { return [] }
        return RequestKind.allCases.flatMap { kind in
            catalog[kind].events.flatMap { event in event.requires.map { "\(kind.rawValue) \(event.id) \($0.rawValue)" }
            }
        }
    }()

    @Test(arguments: requirementCases)
    func eachRequirementIsEnforced(_ description: String) throws {
        let parts = description.split(separator: " ").map(String.init)
        let kind = try #require(RequestKind(rawValue: parts[0]))
        let requirement = try #require(EventRequirement(rawValue: parts[2]))
        let factory = try RequestFactory()
        let event = try #require(factory.catalog[kind].event(EventID(parts[1])))
        let source = try #require(event.from.first)
        let record = try factory.request(kind, in: source)
        let day = factory.received.adding(days: 1)
        // Given complete input with one requirement left out (or blank, for texts)
        var input = factory.completeInput(for: event, on: day, record: record)
        switch requirement {
        case .reason: input.reason = " \n "
        case .grounds: input.grounds = []
        case .recipients: input.recipients = nil
        case .endCondition: input.endCondition = nil
        case .details: input.details = ""
        case .liftDate: input.liftsOn = nil
        }
        // Then the event is refused and names what is missing
        let error = try #require(throws: TransitionError.self) {
            try factory.machine(kind).apply(event.id, input, to: record, today: day)
        }
        #expect(error == .missing(factory.caseNumber, event: event.id, requirement: requirement))
        #expect(error.category == .invalidData)
        #expect(error.errorDescription?.contains("needs \(requirement.summary).") == true)
        #expect(error.errorDescription?.contains("--") == false)
    }

    @Test func anEmptyRecipientListRecordsThatThereWereNone() throws {
        let factory = try RequestFactory()
        let record = try factory.request(.erasure, in: StateID("in-progress"))
        let input = EventInput(on: factory.received, recipients: [])
        let next = try factory.machine(.erasure).apply(EventID("complete"), input, to: record, today: factory.received)
            .record
        #expect(next.recipientsNotified == [])
        #expect(next.outcome == .completed)
    }
}
