import DSRCore
import DSRStore
import Foundation
import Testing

/// The hash-chained event log and `verifyChain()`: an intact register verifies, and every kind of edit made behind
/// dsr's back (with the triggers dropped) is found.
struct HashChainTests {
    /// A register with three cases and a controller profile: eight events in all.
    private func makeHistory() throws -> (store: SQLiteStore, cases: [CaseNumber]) {
        let store = try SQLiteStore.inMemory()
        let service = try Fixture.service(store)
        let first = try Fixture.register(service, received: try Fixture.day(2026, 3, 2))
        let second = try Fixture.register(service, .erasure, received: try Fixture.day(2026, 3, 2))
        try Fixture.apply(service, "acknowledge", to: first.caseNumber, on: try Fixture.day(2026, 3, 3))
        _ = try service.setControllerProfile(
            ControllerProfile(name: "Esimerkki Oy", businessID: "2747637-5"),
            actor: Fixture.actor, now: Fixture.now,
            today: try Fixture.day(2026, 3, 3), source: "test")
        try Fixture.apply(service, "request-identity", to: second.caseNumber, on: try Fixture.day(2026, 3, 4))
        let third = try Fixture.register(service, received: try Fixture.day(2026, 3, 5))
        try Fixture.apply(service, "extend", to: first.caseNumber, on: try Fixture.day(2026, 3, 6), reason: "Laaja.")
        try Fixture.apply(service, "withdraw", to: third.caseNumber, on: try Fixture.day(2026, 3, 9))
        return (store, [first.caseNumber, second.caseNumber, third.caseNumber])
    }

    @Test func intactRegisterVerifies() throws {
        // Given a register written only through the store
        let (store, cases) = try makeHistory()

        // When its chain is verified
        let report = try store.verifyChain()

        // Then everything checks out, and the head is the last event's hash
        #expect(report.isIntact)
        #expect(report.firstBreak == nil)
        #expect(report.eventsChecked == 8)
        #expect(report.requestsChecked == 3)
        #expect(report.profilesChecked == 1)
        #expect(report.lastSequence == 8)
        let lastOfFirstCase = try #require(try store.events(of: cases[0]).last)
        #expect(lastOfFirstCase.sequence == 7)
        let lastOfThirdCase = try #require(try store.events(of: cases[2]).last)
        #expect(report.headHash == lastOfThirdCase.hash)
    }

    @Test func emptyRegisterVerifies() throws {
        let report = try SQLiteStore.inMemory().verifyChain()
        #expect(report.isIntact)
        #expect(report.eventsChecked == 0)
        #expect(report.headHash == String(repeating: "0", count: 64))
    }

    @Test func eachEventHashesItsFieldsAndThePreviousHash() throws {
        // Given two registers with identical histories
        let one = try makeHistory().store
        let other = try makeHistory().store
        let cases = [CaseNumber(year: 2026, sequence: 1), CaseNumber(year: 2026, sequence: 2)]

        // Then the events are the same apart from their hashes, which also commit to a random salt per event's
        // personal data (so that a purged event cannot be tested against guesses), and the hashes are distinct
        func unhashed(_ entries: [EventEntry]) -> [EventEntry] {
            entries.map { entry in
                var entry = entry
                entry.hash = nil
                entry.previousHash = nil
                return entry
            }
        }
        for caseNumber in cases {
            #expect(try unhashed(one.events(of: caseNumber)) == unhashed(other.events(of: caseNumber)))
            #expect(try one.events(of: caseNumber).map(\.hash) != other.events(of: caseNumber).map(\.hash))
        }
        let hashes = try cases.flatMap { try one.events(of: $0).compactMap(\.hash) }
        #expect(Set(hashes).count == hashes.count)
        #expect(hashes.allSatisfy { $0.count == 64 && $0.allSatisfy { "0123456789abcdef".contains($0) } })
    }

    @Test func changedEventIsFound() throws {
        // Given an event whose actor was rewritten in the file
        let (store, cases) = try makeHistory()
        try store.tamperForTesting("UPDATE event SET actor = 'someone else' WHERE sequence = 3")

        // Then verification points at that event and its case
        let report = try store.verifyChain()
        let problem = try #require(report.firstBreak)
        #expect(problem.kind == .hashMismatch)
        #expect(problem.sequence == 3)
        #expect(problem.caseNumber == cases[0])
        #expect(report.firstBrokenSequence == 3)
        #expect(report.problems.count == 1)
    }

    @Test func changedEventWithRecomputedHashBreaksTheNextLink() throws {
        // Given an event rewritten with a new (made-up) hash, as a careless forger would
        let (store, _) = try makeHistory()
        try store.tamperForTesting("UPDATE event SET hash = '\(String(repeating: "a", count: 64))' WHERE sequence = 4")

        // Then the event itself and the link of the next one are both broken
        let kinds = try store.verifyChain().problems.map { "\($0.kind.rawValue)@\($0.sequence ?? 0)" }
        #expect(kinds == ["hash-mismatch@4", "broken-link@5"])
    }

    @Test func deletedEventIsFound() throws {
        // Given an event deleted from the middle of the log
        let (store, cases) = try makeHistory()
        try store.tamperForTesting("DELETE FROM event WHERE sequence = 5")

        // Then verification reports the gap at the next event, its broken link, and the case whose state named it
        let report = try store.verifyChain()
        let problem = try #require(report.firstBreak)
        #expect(problem.kind == .missingEvents)
        #expect(problem.sequence == 6)
        #expect(report.problems.contains { $0.kind == .brokenLink && $0.sequence == 6 })
        #expect(report.problems.contains { $0.kind == .missingEvent && $0.caseNumber == cases[1] })
        #expect(report.eventsChecked == 7)
    }

    @Test func deletedLastEventIsFoundThroughTheCurrentState() throws {
        // Given the very last event deleted, which no later link covers
        let (store, cases) = try makeHistory()
        try store.tamperForTesting("DELETE FROM event WHERE sequence = 8")

        // Then the case whose current state it wrote no longer matches its latest event
        let report = try store.verifyChain()
        #expect(report.firstBreak?.kind == .missingEvent)
        #expect(report.firstBrokenCase == cases[2])
    }

    @Test func insertedEventIsFound() throws {
        // Given a copy of an event inserted at the end of the log
        let (store, _) = try makeHistory()
        try store.tamperForTesting(
            """
            INSERT INTO event (sequence, caseYear, caseSequence, name, "on", recordedAt, actor, workflowVersion,
                               stateAfter, data, stateHash, previousHash, hash)
            SELECT 9, caseYear, caseSequence, name, "on", recordedAt, actor, workflowVersion,
                   stateAfter, data, stateHash, (SELECT hash FROM event WHERE sequence = 8), hash
            FROM event WHERE sequence = 2
            """)

        // Then its hash does not match its place
        let problem = try #require(try store.verifyChain().firstBreak)
        #expect(problem.kind == .hashMismatch)
        #expect(problem.sequence == 9)
    }

    @Test func eventInsertedBeforeTheFirstIsFound() throws {
        // Given an event slipped in before the first one
        let (store, _) = try makeHistory()
        try store.tamperForTesting(
            """
            INSERT INTO event (sequence, caseYear, caseSequence, name, "on", recordedAt, actor, workflowVersion,
                               stateAfter, data, stateHash, previousHash, hash)
            SELECT 0, caseYear, caseSequence, name, "on", recordedAt, actor, workflowVersion,
                   stateAfter, data, stateHash, previousHash, hash
            FROM event WHERE sequence = 1
            """)

        // Then it is reported first, and the real first event's link is broken
        let problems = try store.verifyChain().problems
        #expect(problems.first?.kind == .unexpectedSequence)
        #expect(problems.contains { $0.kind == .brokenLink && $0.sequence == 1 })
    }

    @Test func correctlyForgedEventIsFoundThroughTheCurrentState() throws {
        // Given an event appended with a correct hash by someone who knows the algorithm, but without the state
        // change that should come with it
        let (store, cases) = try makeHistory()
        var entry = try #require(try store.events(of: cases[1]).last)
        entry.name = "refuse"
        try store.forgeEventForTesting(entry)

        // Then the chain itself holds, but the case's state no longer follows its latest event
        let report = try store.verifyChain()
        #expect(report.eventsChecked == 9)
        #expect(report.problems.count == 1)
        #expect(report.firstBreak?.kind == .missingEvent)
        #expect(report.firstBrokenCase == cases[1])
    }

    @Test func changedCurrentStateIsFound() throws {
        // Given a request's stored record edited in place
        let (store, cases) = try makeHistory()
        try store.tamperForTesting(
            """
            UPDATE request SET record = replace(record, '"isDirectMarketing":false', '"isDirectMarketing":true')
            WHERE caseYear = 2026 AND caseSequence = 2
            """)

        // Then its state no longer matches the hash its latest event recorded
        let problem = try #require(try store.verifyChain().firstBreak)
        #expect(problem.kind == .stateMismatch)
        #expect(problem.caseNumber == cases[1])
    }

    @Test func changedListColumnIsFound() throws {
        // Given an open request's deadline column moved so that it would not show as overdue
        let (store, cases) = try makeHistory()
        try store.tamperForTesting(
            "UPDATE request SET deadline = '2099-12-31' WHERE caseYear = 2026 AND caseSequence = 1")

        // Then the columns disagree with the stored record
        let problem = try #require(try store.verifyChain().firstBreak)
        #expect(problem.kind == .columnsMismatch)
        #expect(problem.caseNumber == cases[0])
    }

    @Test func deletedRequestIsFound() throws {
        let (store, cases) = try makeHistory()
        try store.tamperForTesting("DELETE FROM request WHERE caseYear = 2026 AND caseSequence = 3")

        let problem = try #require(try store.verifyChain().firstBreak)
        #expect(problem.kind == .missingRequest)
        #expect(problem.caseNumber == cases[2])
    }

    @Test func changedControllerProfileIsFound() throws {
        let (store, _) = try makeHistory()
        try store.tamperForTesting("UPDATE controllerProfile SET profile = replace(profile, 'Esimerkki', 'Toinen')")

        let problem = try #require(try store.verifyChain().firstBreak)
        #expect(problem.kind == .stateMismatch)
        #expect(problem.sequence == 4)
    }

    @Test func problemsNameNumbersNotPersonalData() throws {
        // Given a register where every kind of tampering happened at once
        let (store, _) = try makeHistory()
        try store.tamperForTesting(
            """
            UPDATE event SET actor = 'x' WHERE sequence = 1;
            DELETE FROM event WHERE sequence = 5;
            UPDATE request SET record = replace(record, 'Maija', 'Matti') WHERE caseSequence = 1;
            DELETE FROM request WHERE caseSequence = 3;
            """)

        // Then the report's texts carry sequence and case numbers, never the data subject's details
        let report = try store.verifyChain()
        #expect(report.problems.count >= 4)
        for problem in report.problems {
            #expect(!problem.description.contains("Maija"))
            #expect(!problem.description.contains("Matti"))
            #expect(!problem.description.contains("example.fi"))
        }
    }
}
