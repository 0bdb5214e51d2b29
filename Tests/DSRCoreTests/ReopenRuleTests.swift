import DSRCore
import Testing

/// The workflows' `reopen:` rules (issue 15): which closed states may be reopened and what the clock does.
struct ReopenRuleTests {
    @Test func builtInWorkflowsReopenToInProgressKeepingTheDeadline() throws {
        let catalog = try WorkflowCatalog.builtIn()
        for kind in RequestKind.allCases {
            let workflow = catalog[kind]
            for state in workflow.states where state.isFinal {
                if state.id == StateID("lifted") {
                    // A lifted restriction is not reopened: restricting again is a new request.
                    #expect(state.reopen == nil)
                } else {
                    #expect(
                        state.reopen == ReopenRule(to: StateID("in-progress"), clock: .resume), "\(kind) \(state.id)")
                }
            }
            #expect(workflow.states.filter { !$0.isFinal }.allSatisfy { $0.reopen == nil })
        }
    }

    @Test func aReopenRuleMustLeadFromAFinalStateToAnOpenOne() throws {
        let toFinal = WorkflowValidatorTests.broken(
            "    letter: access-response\n",
            "    letter: access-response\n    reopen: {to: refused, clock: resume}\n")
        let problems = try WorkflowValidatorTests.problems(toFinal).filter { $0.rule == "reopen-rule" }
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("'refused', which is final") == true)

        let fromOpen = WorkflowValidatorTests.broken(
            "    clock: paused\n", "    clock: paused\n    reopen: {to: received}\n")
        #expect(try WorkflowValidatorTests.problems(fromOpen).contains { $0.rule == "reopen-rule" })

        let unknownClock = WorkflowValidatorTests.broken(
            "    letter: access-response\n",
            "    letter: access-response\n    reopen: {to: received, clock: restart}\n")
        let error = try #require(throws: WorkflowError.self) {
            try WorkflowLoader.parse(yaml: unknownClock, file: WorkflowValidatorTests.file)
        }
        #expect(error.rule == "reopen-rule")

        let sound = WorkflowValidatorTests.broken(
            "    letter: access-response\n",
            "    letter: access-response\n    reopen: {to: received, clock: exclude-closed-days}\n")
        #expect(try WorkflowValidatorTests.problems(sound).isEmpty)
        let definition = try WorkflowLoader.parse(yaml: sound, file: WorkflowValidatorTests.file)
        #expect(
            definition.state(StateID("completed"))?.reopen
                == ReopenRule(
                    to: StateID("received"),
                    clock: .excludeClosedDays))
    }

    @Test func excludingClosedDaysAddsThemAsAPause() throws {
        var workflow = try WorkflowCatalog.builtIn()[.access]
        let index = try #require(workflow.states.firstIndex { $0.id == StateID("completed") })
        workflow.states[index].reopen = ReopenRule(to: StateID("in-progress"), clock: .excludeClosedDays)
        let received = try #require(CivilDate(year: 2026, month: 2, day: 2))
        var record = RequestRecord(
            caseNumber: CaseNumber(year: 2026, sequence: 1), kind: .access, state: StateID("completed"),
            workflowVersion: workflow.version, received: received, subject: DataSubject(name: "A"), channel: .email,
            language: .fi, isDirectMarketing: false, note: nil, clock: .stopped,
            deadline: DeadlineCalculator().deadline(received: received).date)
        let closed = try #require(CivilDate(year: 2026, month: 2, day: 10))
        record.closedOn = closed
        record.outcome = .completed
        let reopened = try ReopenData(reason: "r").reopened(
            record, on: try #require(CivilDate(year: 2026, month: 2, day: 17)), workflow: workflow,
            calculator: DeadlineCalculator())
        // Seven closed days do not count: the deadline moves from 2 March to 9 March
        #expect(reopened.pauses == [ClockPause(start: closed, end: CivilDate(year: 2026, month: 2, day: 17))])
        #expect(reopened.deadline == CivilDate(year: 2026, month: 3, day: 9))
        #expect(reopened.state == StateID("in-progress") && reopened.clock == .running)
    }
}
