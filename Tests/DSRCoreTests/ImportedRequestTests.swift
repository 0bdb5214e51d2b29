import DSRCore
import Foundation
import Testing

/// Rebuilding an imported request's history: the same records and entries as registering it and recording its
/// events one by one, each dated as the file gives it.
struct ImportedRequestTests {
    static let now = Date(timeIntervalSince1970: 1_772_442_000)
    static let today = CivilDate(year: 2026, month: 11, day: 21) ?? CivilDate(daysSinceEpoch: 0)

    static func day(_ month: Int, _ day: Int) throws -> CivilDate {
        try #require(CivilDate(year: 2026, month: month, day: day))
    }

    static func history(_ request: ImportedRequest, sequence: Int = 7) throws -> [HistoryStep] {
        let workflows = try WorkflowCatalog.builtIn()
        return try request.history(
            caseNumber: CaseNumber(year: 2026, sequence: sequence),
            workflow: workflows[request.draft.kind], calculator: DeadlineCalculator(),
            actor: "importer", now: now, today: today)
    }

    @Test func anOpenRowIsRegisteredExactlyAsDsrRegisterDoes() throws {
        // Given a valid row of an access request
        let draft = RequestDraft(
            kind: .access, subject: DataSubject(name: "A"), received: try Self.day(10, 5),
            reference: "T-1")
        let steps = try Self.history(ImportedRequest(line: 2, draft: draft))

        // Then its one step is what the register command stores
        let expected = try RequestRules.registration(
            of: draft, caseNumber: CaseNumber(year: 2026, sequence: 7),
            workflow: try WorkflowCatalog.builtIn()[.access],
            calculator: DeadlineCalculator(), actor: "importer", now: Self.now)
        #expect(steps.count == 1)
        #expect(steps.first?.record == expected.0)
        #expect(steps.first?.entry == expected.1)
        #expect(steps.first?.record.deadline == (try Self.day(11, 5)))
        #expect(steps.first?.record.reference == "T-1")
    }

    @Test func aClosedRowHasItsEventsOnTheDaysGiven() throws {
        // Given a refused erasure request, acknowledged and extended before it was closed
        let request = ImportedRequest(
            line: 3, draft: RequestDraft(kind: .erasure, subject: DataSubject(name: "A"), received: try Self.day(9, 1)),
            acknowledged: try Self.day(9, 2), extended: try Self.day(9, 20), extensionReason: "Many systems.",
            closed: try Self.day(11, 2), finalState: StateID("refused"))

        // When its history is rebuilt
        let steps = try Self.history(request)

        // Then it has four events dated as given, each with the state after it
        #expect(steps.map(\.entry.name) == ["register", "acknowledge", "extend", "close-imported"])
        #expect(
            steps.map(\.entry.on) == [try Self.day(9, 1), try Self.day(9, 2), try Self.day(9, 20), try Self.day(11, 2)])
        #expect(steps.map(\.entry.stateAfter?.rawValue) == ["received", "in-progress", "in-progress", "refused"])
        #expect(
            steps.allSatisfy {
                $0.record.state == $0.entry.stateAfter && $0.entry.caseNumber == CaseNumber(year: 2026, sequence: 7)
            })
        // And the final record is closed as refused, with the extension's three-month deadline
        let final = try #require(steps.last?.record)
        #expect(final.closedOn == (try Self.day(11, 2)))
        #expect(final.outcome == .refused)
        #expect(final.clock == .stopped)
        #expect(final.extendedOn == (try Self.day(9, 20)))
        #expect(final.deadline == (try Self.day(12, 1)))
        #expect(final.refusal == nil)  // the file does not say on which grounds
        #expect(steps.last?.entry.data.contains("\"imported\":true") == true)
    }

    @Test func aRequestWaitingForTheDataSubjectIsPausedOnTheDayGiven() throws {
        // Given an access request acknowledged, then waiting for a clarification asked for on 5 October
        let request = ImportedRequest(
            line: 4, draft: RequestDraft(kind: .access, subject: DataSubject(name: "A"), received: try Self.day(10, 1)),
            acknowledged: try Self.day(10, 2), pauseEvent: EventID("request-clarification"), paused: try Self.day(10, 5)
        )

        // When its history is rebuilt
        let steps = try Self.history(request)

        // Then the workflow's pausing event is the last, on that day, and the clock stands still from it
        #expect(steps.map(\.entry.name) == ["register", "acknowledge", "request-clarification"])
        #expect(steps.last?.entry.on == (try Self.day(10, 5)))
        let final = try #require(steps.last?.record)
        #expect(final.state == StateID("awaiting-clarification"))
        #expect(final.clock == .paused)
        #expect(final.pauses == [ClockPause(start: try Self.day(10, 5))])
        // And the export writes the state and the day the pause began, which the import reads back
        let values = RequestExport.values(of: final, acknowledgedOn: try Self.day(10, 2))
        let exported = Dictionary(uniqueKeysWithValues: zip(ImportColumn.exportOrder, values))
        #expect(exported[.state] == "awaiting-clarification")
        #expect(exported[.paused] == "2026-10-05")
    }

    @Test func aLiftedRestrictionClosesInItsFinalState() throws {
        let request = ImportedRequest(
            line: 2,
            draft: RequestDraft(kind: .restriction, subject: DataSubject(name: "A"), received: try Self.day(9, 1)),
            closed: try Self.day(10, 1), finalState: StateID("lifted"))
        let steps = try Self.history(request)
        #expect(steps.map(\.entry.name) == ["register", "close-imported"])
        #expect(steps.last?.record.outcome == .completed)
        #expect(steps.last?.record.state == StateID("lifted"))
        #expect(steps.last?.entry.stateAfter == StateID("lifted"))
    }

    @Test func aReplayOfTheClosingGivesTheStoredRecord() throws {
        // Given an imported closed request's history
        let request = ImportedRequest(
            line: 2,
            draft: RequestDraft(kind: .objection, subject: DataSubject(name: "A"), received: try Self.day(9, 1)),
            acknowledged: try Self.day(9, 2), closed: try Self.day(9, 30), finalState: StateID("withdrawn"))
        let steps = try Self.history(request)

        // When its closing entry is replayed on the state before it, as an audit would
        let closing = try #require(steps.last?.entry)
        let replayed = try ImportedRequest.close(
            steps[steps.count - 2].record, in: try #require(closing.stateAfter), on: closing.on,
            workflow: try WorkflowCatalog.builtIn()[.objection], calculator: DeadlineCalculator(), today: Self.today)

        // Then it gives the stored record
        #expect(replayed == steps.last?.record)
        #expect(closing.name == ImportedRequest.closingEvent.rawValue)
        #expect(throws: WorkflowCatalogError.self) {
            try ImportedRequest.close(
                steps[0].record, in: StateID("in-progress"), on: closing.on,
                workflow: try WorkflowCatalog.builtIn()[.objection], calculator: DeadlineCalculator(),
                today: Self.today)
        }
    }

    @Test func theWorkflowStillRefusesWhatItRefusesOnTheCommandLine() throws {
        // An extension after the first month, which the checker also reports, is refused by the state machine
        let request = ImportedRequest(
            line: 2, draft: RequestDraft(kind: .access, subject: DataSubject(name: "A"), received: try Self.day(9, 1)),
            extended: try Self.day(10, 20), extensionReason: "Late.")
        #expect(throws: TransitionError.self) { try Self.history(request) }
    }

    @Test func inProgressWithoutADayIsAcknowledgedOnTheDayOfReceipt() throws {
        let request = try ImportRowCheckerTests.request([
            "kind": "access", "received": "2026-10-01", "name": "A", "state": "in-progress",
        ])
        #expect(request.acknowledged == (try Self.day(10, 1)))
        #expect(try Self.history(request).map(\.entry.name) == ["register", "acknowledge"])
    }
}
