import DSRCore
import Testing

/// The statutory rules the state machine enforces on top of the workflow graph.
struct StatutoryRuleTests {
    let inProgress = StateID("in-progress")
    let extend = EventID("extend")
    let refuse = EventID("refuse")

    // MARK: Extension (GDPR Art. 12(3))

    @Test func extensionNeedsAReason() throws {
        let factory = try RequestFactory()
        let record = try factory.request(.access, in: inProgress)
        for reason in [nil, "", "   ", "\n\t"] as [String?] {
            let error = try #require(throws: TransitionError.self) {
                try factory.machine(.access).apply(
                    extend, EventInput(on: factory.received, reason: reason), to: record,
                    today: factory.received)
            }
            #expect(error == .missing(factory.caseNumber, event: extend, requirement: .reason))
        }
    }

    @Test func extensionMovesTheDeadlineByTwoMonthsFromTheFirstMonthsEnd() throws {
        // Received Friday 31 January 2025: first month ends 28 February, extended to Monday 28 April.
        let factory = try RequestFactory()
        let record = try factory.newRequest(.access, received: date(2025, 1, 31))
        #expect(record.deadline == date(2025, 2, 28))
        let transition = try factory.machine(.access).apply(
            extend, EventInput(on: date(2025, 2, 10), reason: "Data in three systems."), to: record,
            today: date(2025, 2, 10))
        #expect(transition.record.deadline == date(2025, 4, 28))
        #expect(transition.record.extendedOn == date(2025, 2, 10))
        #expect(transition.record.extensionReason == "Data in three systems.")
        #expect(
            transition.effects == [
                .extended(on: date(2025, 2, 10)), .deadlineMoved(from: date(2025, 2, 28), to: date(2025, 4, 28)),
                .letterDue(.extensionNotice),
            ])
    }

    @Test func extensionOnlyOnce() throws {
        let factory = try RequestFactory()
        let machine = factory.machine(.erasure)
        let first = try machine.apply(
            extend, EventInput(on: date(2025, 3, 5), reason: "Many systems."),
            to: try factory.request(.erasure, in: inProgress), today: date(2025, 3, 10)
        ).record
        #expect(first.state == inProgress)
        let error = try #require(throws: TransitionError.self) {
            try machine.apply(
                extend, EventInput(on: date(2025, 3, 6), reason: "Still more."), to: first, today: date(2025, 3, 10))
        }
        #expect(error == .alreadyExtended(factory.caseNumber, on: date(2025, 3, 5)))
        #expect(error.category == .ruleViolation)
        #expect(error.errorDescription?.contains("2025-03-05") == true)
    }

    @Test func extensionOnTheLastDayOfTheFirstMonthIsAllowedButNotAfter() throws {
        // Received Wednesday 5 March 2025: the first month ends Saturday 5 April, rolled to Monday 7 April.
        let factory = try RequestFactory()
        let machine = factory.machine(.access)
        let record = try factory.newRequest(.access, received: date(2025, 3, 5))
        #expect(record.deadlineDetail().extensionNoticeBy == date(2025, 4, 7))
        let onTime = try machine.apply(
            extend, EventInput(on: date(2025, 4, 7), reason: "Complex."), to: record,
            today: date(2025, 4, 7))
        #expect(onTime.record.deadline == date(2025, 6, 5))
        let error = try #require(throws: TransitionError.self) {
            try machine.apply(
                extend, EventInput(on: date(2025, 4, 8), reason: "Complex."), to: record, today: date(2025, 4, 8))
        }
        #expect(error == .extensionTooLate(factory.caseNumber, on: date(2025, 4, 8), lastDay: date(2025, 4, 7)))
        #expect(error.category == .ruleViolation)
        #expect(error.errorDescription?.contains("2025-04-07") == true)
    }

    @Test func aPauseDoesNotMoveTheLastDayForAnExtension() throws {
        // Received 5 March 2025, paused 10 → 13 March (3 days): the deadline moves to Tuesday 8 April, but the
        // extension must still be told within one month of receipt, by Monday 7 April (GDPR Art. 12(3); legal-facts
        // § 2.9: pause days do not widen that window).
        let factory = try RequestFactory()
        let machine = factory.machine(.access)
        var record = try factory.newRequest(.access, received: date(2025, 3, 5))
        record = try machine.apply(
            EventID("request-identity"), EventInput(on: date(2025, 3, 10)), to: record,
            today: date(2025, 3, 10)
        ).record
        record = try machine.apply(
            EventID("receive-identity"), EventInput(on: date(2025, 3, 13)), to: record,
            today: date(2025, 3, 13)
        ).record
        #expect(record.deadline == date(2025, 4, 8))
        #expect(record.deadlineDetail().extensionNoticeBy == date(2025, 4, 7))
        #expect(throws: Never.self) {
            try machine.apply(
                extend, EventInput(on: date(2025, 4, 7), reason: "Complex."), to: record, today: date(2025, 4, 7))
        }
        #expect(
            throws: TransitionError.extensionTooLate(
                factory.caseNumber, on: date(2025, 4, 8), lastDay: date(2025, 4, 7))
        ) {
            try machine.apply(
                extend, EventInput(on: date(2025, 4, 8), reason: "Complex."), to: record, today: date(2025, 4, 8))
        }
    }

    @Test func noExtensionWhileWaitingForTheDataSubject() throws {
        let factory = try RequestFactory()
        let record = try factory.request(.access, in: StateID("awaiting-identity"))
        let error = try #require(throws: TransitionError.self) {
            try factory.machine(.access).apply(
                extend, EventInput(on: factory.received, reason: "Complex."), to: record,
                today: factory.received)
        }
        #expect(
            error
                == .notAllowed(
                    factory.caseNumber, state: StateID("awaiting-identity"), event: extend,
                    allowed: [EventID("receive-identity"), refuse, EventID("withdraw")]))
    }

    // MARK: Refusal (GDPR Art. 12(4), 21(3))

    @Test func refusalNeedsGroundsAndAReason() throws {
        let factory = try RequestFactory()
        let record = try factory.request(.access, in: inProgress)
        let machine = factory.machine(.access)
        let ground = GroundCode(rawValue: "art12-5-excessive")
        #expect(throws: TransitionError.missing(factory.caseNumber, event: refuse, requirement: .grounds)) {
            try machine.apply(
                refuse, EventInput(on: factory.received, reason: "Fourth identical request this month."),
                to: record, today: factory.received)
        }
        #expect(throws: TransitionError.missing(factory.caseNumber, event: refuse, requirement: .reason)) {
            try machine.apply(
                refuse, EventInput(on: factory.received, grounds: [ground]), to: record, today: factory.received)
        }
        let refused = try machine.apply(
            refuse,
            EventInput(
                on: factory.received, reason: "Fourth identical request.", grounds: [ground],
                granted: "The list of recipients."),
            to: record, today: factory.received
        ).record
        #expect(refused.outcome == .refused)
        #expect(
            refused.refusal
                == Refusal(grounds: [ground], reason: "Fourth identical request.", granted: "The list of recipients."))
        #expect(refused.refusal?.isPartial == true)
    }

    @Test func unknownGroundIsRefused() throws {
        let factory = try RequestFactory()
        let record = try factory.request(.access, in: inProgress)
        let code = GroundCode(rawValue: "tsl33-information-duty")
        #expect(throws: TransitionError.unknownGround(code)) {
            try factory.machine(.access).apply(
                refuse, EventInput(on: factory.received, reason: "R.", grounds: [code]),
                to: record, today: factory.received)
        }
        #expect(TransitionError.unknownGround(code).category == .invalidData)
    }

    @Test func groundOfAnotherKindIsRefused() throws {
        let factory = try RequestFactory()
        let record = try factory.request(.erasure, in: inProgress)
        let code = GroundCode(rawValue: "art15-4-rights-of-others")
        let error = try #require(throws: TransitionError.self) {
            try factory.machine(.erasure).apply(
                refuse,
                EventInput(
                    on: factory.received, reason: "R.", grounds: [GroundCode(rawValue: "art12-5-excessive"), code]),
                to: record, today: factory.received)
        }
        let valid = RefusalGround.grounds(for: .erasure).map(\.code)
        #expect(error == .groundNotValid(factory.caseNumber, ground: code, event: refuse, kind: .erasure, valid: valid))
        #expect(error.category == .invalidData)
        #expect(error.errorDescription?.contains("art17-3-b-legal-obligation") == true)
    }

    @Test func groundsOnANonRefusalEventAreRefused() throws {
        let factory = try RequestFactory()
        let record = try factory.request(.access, in: inProgress)
        let code = GroundCode(rawValue: "art12-5-excessive")
        #expect(
            throws: TransitionError.groundNotValid(
                factory.caseNumber, ground: code, event: EventID("complete"), kind: .access, valid: [])
        ) {
            try factory.machine(.access).apply(
                EventID("complete"), EventInput(on: factory.received, grounds: [code]),
                to: record, today: factory.received)
        }
    }

    @Test func compellingGroundsCannotRefuseADirectMarketingObjection() throws {
        let factory = try RequestFactory()
        let record = try factory.request(.objection, in: inProgress, directMarketing: true)
        for code in ["art21-1-compelling-grounds", "art21-1-legal-claims"].map(GroundCode.init(rawValue:)) {
            let error = try #require(throws: TransitionError.self) {
                try factory.machine(.objection).apply(
                    refuse, EventInput(on: factory.received, reason: "R.", grounds: [code]),
                    to: record, today: factory.received)
            }
            #expect(error == .groundBarredForDirectMarketing(factory.caseNumber, ground: code))
            #expect(error.category == .ruleViolation)
            #expect(error.errorDescription?.contains("21(3)") == true)
        }
        // Another ground still can refuse it, for example a manifestly unfounded request.
        let refused = try factory.machine(.objection).apply(
            refuse,
            EventInput(
                on: factory.received, reason: "R.", grounds: [GroundCode(rawValue: "art12-5-manifestly-unfounded")]),
            to: record, today: factory.received)
        #expect(refused.record.outcome == .refused)
    }

    @Test func compellingGroundsCanRefuseAnObjectionThatIsNotAboutDirectMarketing() throws {
        let factory = try RequestFactory()
        let record = try factory.request(.objection, in: inProgress, directMarketing: false)
        let code = GroundCode(rawValue: "art21-1-compelling-grounds")
        let refused = try factory.machine(.objection).apply(
            refuse, EventInput(on: factory.received, reason: "Fraud prevention outweighs.", grounds: [code]),
            to: record,
            today: factory.received
        ).record
        #expect(refused.state == StateID("refused"))
        #expect(refused.refusal?.grounds == [code])
    }

    // MARK: Pauses (EDPB 01/2022 § 159)

    @Test func pauseAndResumeAddThePauseToTheDeadline() throws {
        // Received Wednesday 5 March 2025 (deadline Monday 7 April); identity asked 10 March, received 17 March:
        // 7 days, so 5 April + 7 = Saturday 12 April → Monday 14 April.
        let factory = try RequestFactory()
        let machine = factory.machine(.access)
        let record = try factory.newRequest(.access, received: date(2025, 3, 5))
        #expect(record.deadline == date(2025, 4, 7))
        let paused = try machine.apply(
            EventID("request-identity"), EventInput(on: date(2025, 3, 10)), to: record,
            today: date(2025, 3, 10))
        #expect(paused.record.clock == .paused)
        #expect(paused.record.deadline == date(2025, 4, 7))
        #expect(paused.effects == [.clockPaused(on: date(2025, 3, 10)), .letterDue(.identityRequest)])
        #expect(!paused.record.isOverdue(asOf: date(2025, 5, 1)))
        let resumed = try machine.apply(
            EventID("receive-identity"), EventInput(on: date(2025, 3, 17)), to: paused.record,
            today: date(2025, 3, 17))
        #expect(resumed.record.clock == .running)
        #expect(resumed.record.pauses == [ClockPause(start: date(2025, 3, 10), end: date(2025, 3, 17))])
        #expect(resumed.record.deadline == date(2025, 4, 14))
        #expect(
            resumed.effects == [
                .clockResumed(on: date(2025, 3, 17), pausedDays: 7),
                .deadlineMoved(from: date(2025, 4, 7), to: date(2025, 4, 14)),
            ])
        // A second pause, for a clarification, adds 3 days: 10 in all, 5 April + 10 = Tuesday 15 April.
        var record2 = try machine.apply(
            EventID("request-clarification"), EventInput(on: date(2025, 3, 20)),
            to: resumed.record, today: date(2025, 3, 20)
        ).record
        record2 = try machine.apply(
            EventID("receive-clarification"), EventInput(on: date(2025, 3, 23)), to: record2,
            today: date(2025, 3, 23)
        ).record
        #expect(record2.pauses.map(\.days) == [7, 3])
        #expect(record2.deadline == date(2025, 4, 15))
        #expect(record2.isOverdue(asOf: date(2025, 4, 16)))
        #expect(!record2.isOverdue(asOf: date(2025, 4, 15)))
        #expect(record2.daysLeft(asOf: date(2025, 4, 10)) == 5)
    }

    // MARK: Dates

    @Test func eventsDatedInTheFutureAreRefused() throws {
        let factory = try RequestFactory()
        let record = try factory.request(.access, in: inProgress)
        let today = date(2025, 3, 10)
        #expect(throws: TransitionError.dateInFuture(factory.caseNumber, on: date(2025, 3, 11), today: today)) {
            try factory.machine(.access).apply(
                EventID("complete"), EventInput(on: date(2025, 3, 11)), to: record, today: today)
        }
        #expect(throws: Never.self) {
            try factory.machine(.access).apply(EventID("complete"), EventInput(on: today), to: record, today: today)
        }
    }

    @Test func eventsDatedBeforeTheLastEventAreRefused() throws {
        let factory = try RequestFactory()
        let machine = factory.machine(.access)
        let today = date(2025, 3, 20)
        // Before the day of receipt
        let fresh = try factory.newRequest(.access)
        #expect(
            throws: TransitionError.dateBeforeHistory(
                factory.caseNumber, on: date(2025, 3, 2), earliest: date(2025, 3, 3))
        ) {
            try machine.apply(EventID("acknowledge"), EventInput(on: date(2025, 3, 2)), to: fresh, today: today)
        }
        // Before the previous event
        let acknowledged = try machine.apply(
            EventID("acknowledge"), EventInput(on: date(2025, 3, 7)), to: fresh, today: today
        ).record
        #expect(acknowledged.lastEventOn == date(2025, 3, 7))
        let error = try #require(throws: TransitionError.self) {
            try machine.apply(EventID("complete"), EventInput(on: date(2025, 3, 6)), to: acknowledged, today: today)
        }
        #expect(error == .dateBeforeHistory(factory.caseNumber, on: date(2025, 3, 6), earliest: date(2025, 3, 7)))
        #expect(error.category == .ruleViolation)
        // The same day is fine.
        #expect(throws: Never.self) {
            try machine.apply(EventID("complete"), EventInput(on: date(2025, 3, 7)), to: acknowledged, today: today)
        }
    }

    // MARK: Closed requests

    @Test(arguments: RequestKind.allCases)
    func aClosedRequestAllowsNoEvent(kind: RequestKind) throws {
        let factory = try RequestFactory()
        let workflow = factory.catalog[kind]
        for state in workflow.states where state.isFinal {
            let record = try factory.request(kind, in: state.id)
            #expect(!record.isOpen)
            #expect(factory.machine(kind).allowedEvents(for: record).isEmpty)
            for event in workflow.events {
                let input = factory.completeInput(for: event, on: factory.received, record: record)
                #expect(
                    throws: TransitionError.notAllowed(
                        factory.caseNumber, state: state.id, event: event.id, allowed: [])
                ) {
                    try factory.machine(kind).apply(event.id, input, to: record, today: factory.received)
                }
            }
        }
    }

    @Test func refusingWhileWaitingClosesThePause() throws {
        let factory = try RequestFactory()
        let record = try factory.request(.access, in: StateID("awaiting-identity"))
        #expect(record.pauses.last?.isOpen == true)
        let day = factory.received.adding(days: 30)
        let refused = try factory.machine(.access).apply(
            refuse,
            EventInput(on: day, reason: "No reply.", grounds: [GroundCode(rawValue: "art11-2-cannot-identify")]),
            to: record, today: day
        ).record
        #expect(refused.pauses.allSatisfy { !$0.isOpen })
        #expect(refused.clock == .stopped)
        #expect(!refused.isOverdue(asOf: day.adding(days: 100)))
    }

    /// GDPR Art. 12(6): an identity or clarification request records what it asks for; the next pause replaces it.
    @Test func pausingRecordsWhatIsAsked() throws {
        let factory = try RequestFactory()
        let machine = factory.machine(.access)
        let record = try factory.request(.access, in: inProgress)
        let paused = try machine.apply(
            EventID("request-identity"),
            EventInput(
                on: date(2025, 3, 10), asked: ["Customer number", "Address given at sign-up"]), to: record,
            today: date(2025, 3, 10)
        ).record
        #expect(paused.askedFor == ["Customer number", "Address given at sign-up"])
    }

    @Test func restrictionRunsToItsLift() throws {
        let factory = try RequestFactory()
        let machine = factory.machine(.restriction)
        var record = try factory.request(.restriction, in: inProgress)
        record = try machine.apply(
            EventID("restrict"),
            EventInput(
                on: date(2025, 3, 4), recipients: [],
                endCondition: "Until accuracy is verified."),
            to: record, today: date(2025, 3, 4)
        ).record
        #expect(record.state == StateID("restricted"))
        #expect(record.isOpen)
        #expect(record.clock == .stopped)
        #expect(!record.isOverdue(asOf: date(2026, 1, 1)))
        // The person must be told before the restriction is lifted (Art. 18(3)): lifting straight away is not allowed.
        #expect(
            throws: TransitionError.notAllowed(
                factory.caseNumber, state: StateID("restricted"), event: EventID("lift"),
                allowed: [EventID("notify-lift")])
        ) {
            try machine.apply(EventID("lift"), EventInput(on: date(2025, 6, 1)), to: record, today: date(2025, 6, 1))
        }
        // The notice states the day the restriction ends and why (Art. 18(3)); that day comes after the notice. The
        // lift notice letter requires both; the event does not, so that notices recorded before dsr asked for them
        // still replay (a notice without them is accepted and carries none).
        let withoutDay = try machine.apply(
            EventID("notify-lift"), EventInput(on: date(2025, 6, 1), reason: "Verified."),
            to: record, today: date(2025, 6, 1))
        #expect(withoutDay.record.liftsOn == nil)
        #expect(
            throws: TransitionError.liftDateNotAfterNotice(
                factory.caseNumber, liftsOn: date(2025, 6, 1),
                on: date(2025, 6, 1))
        ) {
            try machine.apply(
                EventID("notify-lift"),
                EventInput(
                    on: date(2025, 6, 1), reason: "Verified.",
                    liftsOn: date(2025, 6, 1)),
                to: record, today: date(2025, 6, 1))
        }
        let notified = try machine.apply(
            EventID("notify-lift"),
            EventInput(
                on: date(2025, 6, 1), reason: "Verified.",
                liftsOn: date(2025, 6, 15)),
            to: record, today: date(2025, 6, 1))
        #expect(notified.effects.contains(.letterDue(.restrictionLiftNotice)))
        #expect(notified.record.liftsOn == date(2025, 6, 15))
        #expect(notified.record.liftReason == "Verified.")
        let lifted = try machine.apply(
            EventID("lift"), EventInput(on: date(2025, 6, 15)), to: notified.record,
            today: date(2025, 6, 15)
        ).record
        #expect(lifted.outcome == .completed)
        #expect(lifted.closedOn == date(2025, 6, 15))
    }

    @Test func errorMessagesNeverNameThePerson() throws {
        let code = GroundCode(rawValue: "x")
        let number = CaseNumber(year: 2025, sequence: 7)
        let errors: [TransitionError] = [
            .unknownEvent(number, kind: .access, event: EventID("x"), known: [EventID("complete")]),
            .notAllowed(number, state: StateID("completed"), event: EventID("refuse"), allowed: []),
            .missing(number, event: EventID("refuse"), requirement: .grounds),
            .unknownGround(code),
            .groundNotValid(number, ground: code, event: EventID("acknowledge"), kind: .access, valid: []),
            .groundBarredForDirectMarketing(number, ground: code),
            .alreadyExtended(number, on: date(2025, 3, 5)),
            .extensionTooLate(number, on: date(2025, 4, 8), lastDay: date(2025, 4, 7)),
            .dateBeforeHistory(number, on: date(2025, 3, 1), earliest: date(2025, 3, 3)),
            .dateInFuture(number, on: date(2025, 3, 9), today: date(2025, 3, 8)),
        ]
        for error in errors {
            let message = try #require(error.errorDescription)
            #expect(!message.isEmpty)
            if case .unknownGround = error { continue }
            #expect(message.contains("2025-0007"), "\(message)")
        }
    }
}
