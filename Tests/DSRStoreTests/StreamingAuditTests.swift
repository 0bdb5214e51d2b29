import DSRCore
import DSRStore
import Foundation
import Testing

/// Issue 7: `dsr audit verify` walks the log in sequence order and then one case at a time beside the request rows;
/// it must find every problem the whole-register walk found, wherever the case's events lie in the log.
struct StreamingAuditTests {
    private func verify(_ store: SQLiteStore) throws -> ChainReport {
        try store.verifyChain(replaying: try WorkflowCatalog.builtIn())
    }

    /// Requests (twelve unless told) registered first and then acknowledged in reverse order, so every case's events
    /// are far apart.
    private func interleaved(_ store: SQLiteStore, count: Int = 12) throws -> [CaseNumber] {
        let service = try Fixture.service(store)
        let received = try Fixture.day(2026, 3, 2)
        var cases: [CaseNumber] = []
        for _ in 0..<count { cases.append(try Fixture.register(service, received: received).caseNumber) }
        for caseNumber in cases.reversed() {
            try Fixture.apply(service, "acknowledge", to: caseNumber, on: try Fixture.day(2026, 3, 3))
        }
        return cases
    }

    @Test func interleavedCasesReplayToTheirStoredState() throws {
        // Given cases whose events are interleaved with other cases' events
        let store = try SQLiteStore.inMemory()
        let cases = try interleaved(store)

        // Then each is replayed and found intact, and the counts are those of the whole register
        let report = try verify(store)
        #expect(report.isIntact, "\(report.problems)")
        #expect(report.eventsChecked == 24)
        #expect(report.requestsChecked == cases.count)
        #expect(report.requestsReplayed == cases.count)
        #expect(report.personalDataChecked == cases.count)
    }

    @Test func replayMismatchOfACaseFollowedByOtherCasesEventsIsFound() throws {
        // Given a case whose stored record was changed together with a matching, well-formed event (chain, state
        // hash and columns agree)
        let store = try SQLiteStore.inMemory()
        let cases = try interleaved(store)
        let target = cases[3]
        let day = try Fixture.day(2026, 3, 4)
        _ = try store.update(target) { record in
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
        let last = try #require(try store.events(of: target).last?.sequence)
        // And other cases' events after its last one
        let service = try Fixture.service(store)
        for caseNumber in cases.prefix(2) {
            try Fixture.apply(service, "request-identity", to: caseNumber, on: try Fixture.day(2026, 3, 5))
        }
        #expect(try store.verifyChain().isIntact)

        // Then the replay names that case and its last event, and nothing else
        let report = try verify(store)
        #expect(report.problems.map(\.kind) == [.replayMismatch], "\(report.problems.map(\.description))")
        #expect(report.firstBreak?.caseNumber == target)
        #expect(report.firstBreak?.sequence == last)
        #expect(report.requestsReplayed == cases.count)
    }

    @Test func requestNamingAnEarlierEventOfItsCaseIsFound() throws {
        // Given a request row that names its case's first event, not its latest
        let store = try SQLiteStore.inMemory()
        let cases = try interleaved(store)
        let target = cases[5]
        let events = try store.events(of: target).compactMap(\.sequence)
        let first = try #require(events.first)
        let latest = try #require(events.last)
        try store.tamperForTesting(
            """
            UPDATE request SET lastEventSequence = \(first) WHERE caseYear = \(target.year) \
            AND caseSequence = \(target.sequence)
            """)

        // Then the check names both events, and the case is not reported again by the replay
        let report = try verify(store)
        #expect(report.problems.map(\.kind) == [.missingEvent], "\(report.problems)")
        let problem = try #require(report.firstBreak)
        #expect(problem.caseNumber == target)
        #expect(problem.detail.contains("names event \(first), but the case's latest event is \(latest)"))
    }

    @Test func orphanRowsAreFoundInTheWholeWalksOrder() throws {
        // Given personal data of an event that does not exist, a request row no event records, and a changed event
        let store = try SQLiteStore.inMemory()
        let cases = try interleaved(store)
        try store.tamperForTesting("INSERT INTO eventPersonal (sequence, salt, data) VALUES (9999, 'aa', '{}')")
        try store.tamperForTesting(
            """
            INSERT INTO request SELECT caseYear, 99, kind, state, clock, workflowVersion, received, deadline, closedOn,
              isOpen, outcome, lastEventSequence, record, reference, importKey, channel, language, isExtended
            FROM request WHERE caseSequence = 1
            """)
        try store.tamperForTesting("UPDATE event SET actor = 'someone else' WHERE sequence = 20")

        // Then the problems come as the whole-register walk gave them: events, orphan personal data, request rows,
        // counters
        let report = try verify(store)
        #expect(
            report.problems.map(\.kind) == [
                .hashMismatch, .unexpectedPersonalData, .missingEvent, .counterMismatch,
            ], "\(report.problems)")
        #expect(report.problems.map(\.sequence) == [20, 9999, nil, nil])
        #expect(report.problems[2].caseNumber == CaseNumber(year: 2026, sequence: 99))
        #expect(report.problems[3].detail.contains("has 13 request(s) numbered 1–12, 99"))
        #expect(report.requestsChecked == cases.count + 1)
    }

    @Test func deletedRequestBetweenOtherCasesIsFound() throws {
        // Given the request row of a case in the middle of the register deleted
        let store = try SQLiteStore.inMemory()
        let cases = try interleaved(store)
        let target = cases[6]
        try store.tamperForTesting("DELETE FROM request WHERE caseSequence = \(target.sequence)")

        // Then the case is reported, after the counter's view of the rows is taken into account
        let report = try verify(store)
        #expect(report.problems.map(\.kind) == [.missingRequest, .counterMismatch], "\(report.problems)")
        #expect(report.problems.first?.caseNumber == target)
        #expect(report.problems.last?.detail.contains("numbered 1–6, 8–12") == true)
    }

    @Test func problemsInCasesSeveralBatchesApartComeInTheWalksOrder() throws {
        // Given more cases than one batch of the case walk's two halves holds (256 items), with a request row
        // deleted in the first batch, a record changed behind dsr's back in the second and a case replayed to
        // another state in the third
        let store = try SQLiteStore.inMemory()
        let cases = try interleaved(store, count: 600)
        let deleted = cases[10]
        let changed = cases[300]
        let replayed = cases[550]
        try store.tamperForTesting("DELETE FROM request WHERE caseSequence = \(deleted.sequence)")
        try store.tamperForTesting(
            """
            UPDATE request SET record = replace(record, '"isDirectMarketing":false', '"isDirectMarketing":true')
            WHERE caseSequence = \(changed.sequence)
            """)
        let day = try Fixture.day(2026, 3, 4)
        _ = try store.update(replayed) { record in
            var next = record
            next.isDirectMarketing = true
            next.lastEventOn = day
            let entry = EventEntry(
                caseNumber: record.caseNumber, name: "request-identity", on: day,
                recordedAt: Fixture.now, actor: Fixture.actor, workflowVersion: 1,
                stateAfter: StateID("awaiting-identity"), data: EventEntry.canonicalJSON(EventInput(on: day)))
            next.state = StateID("awaiting-identity")
            next.clock = .paused
            next.pauses.append(ClockPause(start: day))
            return (next, entry)
        }

        // Then each is found, in the order one walk of the cases gives, and every request was checked
        let report = try verify(store)
        #expect(
            report.problems.map(\.kind) == [.stateMismatch, .missingRequest, .counterMismatch, .replayMismatch],
            "\(report.problems.map(\.description))")
        #expect(report.problems.map(\.caseNumber) == [changed, deleted, nil, replayed])
        #expect(report.requestsChecked == cases.count - 1)
        #expect(report.requestsReplayed == cases.count - 1)
    }

    @Test func problemsInTheLogSeveralBatchesApartComeInSequenceOrder() throws {
        // Given more events than two batches of the chain walk's two halves hold (512 steps of the merge of the log
        // with its personal data), with an event changed in the first batch, personal data changed in the second,
        // an event changed and personal data added to an event that recorded none in the third, and personal data
        // of an event that does not exist
        let store = try SQLiteStore.inMemory()
        let cases = try interleaved(store, count: 600)
        let last = try store.chainAnchor().events
        #expect(last >= 1_200)
        try store.tamperForTesting("UPDATE event SET actor = 'someone else' WHERE sequence = 5")
        try store.tamperForTesting("UPDATE eventPersonal SET data = data || ' ' WHERE sequence = 550")
        try store.tamperForTesting("UPDATE event SET actor = 'someone else' WHERE sequence = \(last - 100)")
        try store.tamperForTesting(
            """
            INSERT INTO eventPersonal (sequence, salt, data)
            SELECT \(last - 50), salt, data FROM eventPersonal ORDER BY sequence LIMIT 1
            """)
        try store.tamperForTesting(
            "INSERT INTO eventPersonal (sequence, salt, data) SELECT \(last + 10), salt, data FROM eventPersonal LIMIT 1"
        )

        // Then the log's problems come first, in sequence order, the personal data of no event after them
        let report = try verify(store)
        let logProblems = Array(report.problems.prefix(5))
        #expect(
            logProblems.map(\.kind) == [
                .hashMismatch, .personalDataMismatch, .hashMismatch, .unexpectedPersonalData, .unexpectedPersonalData,
            ],
            "\(report.problems.map(\.description))")
        #expect(logProblems.map(\.sequence) == [5, 550, last - 100, last - 50, last + 10])
        #expect(report.eventsChecked == Int(last))
        #expect(report.requestsChecked == cases.count)
    }

    @Test func theCounterMessageShortensManyRuns() throws {
        // Given every second request row removed, leaving seven runs of numbers where the message lists six
        let store = try SQLiteStore.inMemory()
        _ = try interleaved(store, count: 14)
        try store.tamperForTesting("DELETE FROM request WHERE caseSequence % 2 = 0")

        let counter = try #require(try verify(store).problems.first { $0.kind == .counterMismatch })
        #expect(
            counter.detail.contains("stands at 14, but that year has 7 request(s) numbered 1, 3, 5, 7, 9, 11, … ("),
            "\(counter.detail)")
    }
}
