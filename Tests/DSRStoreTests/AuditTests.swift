import DSRCore
import DSRStore
import Foundation
import Testing

/// What `dsr audit verify` adds to the hash chain: every case replayed through its workflow, case counters,
/// controller-profile versions and the schema's protections.
struct AuditTests {
    private func verify(_ store: SQLiteStore) throws -> ChainReport {
        try store.verifyChain(replaying: try WorkflowCatalog.builtIn())
    }

    @Test func everyKindOfHistoryReplaysToItsStoredState() throws {
        // Given requests of every kind that went through pauses, an extension, refusal, completion, restriction,
        // lifting and withdrawal
        let store = try SQLiteStore.inMemory()
        let cases = try History.build(store)

        // Then each replays from its registration to exactly the state stored
        let report = try verify(store)
        #expect(report.isIntact, "\(report.problems)")
        #expect(report.requestsReplayed == cases.count)
        #expect(report.requestsNotReplayable == 0)
        #expect(report.personalDataChecked > 0)

        // And the replay of each case's history, done directly, gives the stored record
        let replay = HistoryReplay(workflows: try WorkflowCatalog.builtIn())
        for caseNumber in cases {
            #expect(try replay.replay(store.events(of: caseNumber)) == store.record(caseNumber))
        }
    }

    @Test func stateWrittenAroundTheWorkflowIsFoundByTheReplay() throws {
        // Given an open request whose deadline was moved by code that bypassed the state machine, but stored its
        // state and a correctly chained event the way dsr does (so chain, state hash and columns all agree)
        let store = try SQLiteStore.inMemory()
        let cases = try History.build(store)
        let day = try Fixture.day(2026, 2, 3)
        _ = try store.update(cases[5]) { record in
            var moved = record
            moved.deadline = try Fixture.day(2099, 12, 31)
            moved.lastEventOn = day
            let entry = EventEntry(
                caseNumber: record.caseNumber, name: "receive-clarification", on: day,
                recordedAt: Fixture.now, actor: Fixture.actor, workflowVersion: 1,
                stateAfter: record.state, data: EventEntry.canonicalJSON(EventInput(on: day)))
            return (moved, entry)
        }
        #expect(try store.verifyChain().isIntact)

        // Then replaying the case through its workflow finds it, naming the event and the case
        let report = try verify(store)
        let problem = try #require(report.firstBreak)
        #expect(problem.kind == .replayMismatch)
        #expect(problem.caseNumber == cases[5])
        let last = try #require(try store.events(of: cases[5]).last?.sequence)
        #expect(problem.sequence == last)
    }

    @Test func recordThatDisagreesWithAValidHistoryIsFound() throws {
        // Given a request whose stored record was changed together with a matching, well-formed event
        let store = try SQLiteStore.inMemory()
        let cases = try History.build(store)
        let day = try Fixture.day(2026, 2, 3)
        _ = try store.update(cases[5]) { record in
            var changed = record
            changed.isDirectMarketing = true
            changed.lastEventOn = day
            let entry = EventEntry(
                caseNumber: record.caseNumber, name: "request-identity", on: day,
                recordedAt: Fixture.now, actor: Fixture.actor, workflowVersion: 1,
                stateAfter: StateID("awaiting-identity"), data: EventEntry.canonicalJSON(EventInput(on: day)))
            changed.state = StateID("awaiting-identity")
            changed.clock = .paused
            changed.pauses.append(ClockPause(start: day))
            return (changed, entry)
        }

        // Then the replay gives another record than the one stored
        let problem = try #require(try verify(store).firstBreak)
        #expect(problem.kind == .replayMismatch)
        #expect(problem.caseNumber == cases[5])
    }

    @Test func counterChangedDeletedOrInsertedIsFound() throws {
        for sql in [
            "UPDATE caseCounter SET \"last\" = \"last\" + 1", "DELETE FROM caseCounter",
            "INSERT INTO caseCounter (year, \"last\") VALUES (2030, 3)",
        ] {
            let store = try SQLiteStore.inMemory()
            try History.build(store)
            try store.tamperForTesting(sql)
            let report = try verify(store)
            #expect(report.problems.map(\.kind) == [.counterMismatch], "\(sql): \(report.problems)")
        }
    }

    @Test func deletedControllerProfileVersionIsFound() throws {
        let store = try SQLiteStore.inMemory()
        try History.build(store)
        try store.tamperForTesting("DELETE FROM controllerProfile")

        let problem = try #require(try verify(store).firstBreak)
        #expect(problem.kind == .missingProfile)
        #expect(problem.sequence == 1)
    }

    @Test func insertedControllerProfileVersionIsFound() throws {
        let store = try SQLiteStore.inMemory()
        try History.build(store)
        try store.tamperForTesting(
            """
            INSERT INTO controllerProfile (version, profile, createdAt, eventSequence)
            SELECT 2, replace(profile, 'Esimerkki', 'Toinen'), createdAt, 2 FROM controllerProfile
            """)

        let problem = try #require(try verify(store).firstBreak)
        #expect(problem.kind == .missingEvent)
        #expect(problem.sequence == 2)
    }

    @Test func droppedOrAddedProtectionIsFound() throws {
        // Given a trigger dropped and not put back
        let store = try SQLiteStore.inMemory()
        try History.build(store)
        try store.tamperForTesting("DROP TRIGGER IF EXISTS event_noUpdate", restoringTriggers: false)
        let dropped = try verify(store).problems
        #expect(dropped.count >= 1)
        #expect(dropped.allSatisfy { $0.kind == .schemaChanged })
        #expect(dropped.contains { $0.detail.contains("trigger event_noUpdate is missing") })

        // And another register with a trigger of its own added
        let other = try SQLiteStore.inMemory()
        try History.build(other)
        try other.tamperForTesting("CREATE TRIGGER sneaky AFTER INSERT ON request BEGIN SELECT 1; END")
        #expect(
            try verify(other).problems.map(\.detail) == [
                "trigger sneaky is not part of dsr's schema (added behind dsr's back)"
            ])
    }

    @Test func replayNamesTheFirstEventTheWorkflowRefuses() throws {
        // Given a closed access request to which a correctly chained 'extend' event and state were added
        let store = try SQLiteStore.inMemory()
        let cases = try History.build(store)
        let day = try Fixture.day(2026, 2, 25)
        let record = try store.update(cases[0]) { record in
            var next = record
            next.lastEventOn = day
            let entry = EventEntry(
                caseNumber: record.caseNumber, name: "extend", on: day, recordedAt: Fixture.now,
                actor: Fixture.actor, workflowVersion: 1, stateAfter: record.state,
                data: EventEntry.canonicalJSON(EventInput(on: day, reason: "x")))
            return (next, entry)
        }
        let sequence = try #require(try store.events(of: record.caseNumber).last?.sequence)

        // Then the replay stops at that event: the workflow does not allow it in the 'refused' state
        let problem = try #require(try verify(store).firstBreak)
        #expect(problem.kind == .replayMismatch)
        #expect(problem.sequence == sequence)
        #expect(problem.detail.contains("not allowed"))
    }
}
