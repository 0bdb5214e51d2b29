import DSRCore
import DSRStore
import Foundation
import Testing

/// Registrations and workflow events written through the store's transactions with the register's rules
/// (``StoreWriter``), and read back with its queries, on a fresh in-memory register per test.
struct StoreWriteTests {
    @Test func caseNumbersRunPerYearOfReceipt() throws {
        // Given an empty register
        let service = try Fixture.service(try SQLiteStore.inMemory())

        // When requests received in two years are registered in mixed order
        let first = try Fixture.register(service, received: try Fixture.day(2026, 1, 5))
        let older = try Fixture.register(
            service, received: try Fixture.day(2025, 12, 30), today: try Fixture.day(2026, 1, 5))
        let second = try Fixture.register(service, .erasure, received: try Fixture.day(2026, 1, 6))

        // Then each year counts from 1
        #expect(first.caseNumber == CaseNumber(year: 2026, sequence: 1))
        #expect(older.caseNumber == CaseNumber(year: 2025, sequence: 1))
        #expect(second.caseNumber == CaseNumber(year: 2026, sequence: 2))
    }

    @Test func registeredRequestReadsBackWithItsEvent() throws {
        // Given a register with one request
        let store = try SQLiteStore.inMemory()
        let service = try Fixture.service(store)
        let received = try Fixture.day(2026, 3, 2)

        // When it is registered
        let record = try Fixture.register(service, received: received)

        // Then the stored record and its history are what was registered
        #expect(try store.record(record.caseNumber) == record)
        #expect(try store.record(CaseNumber(year: 2026, sequence: 2)) == nil)
        let events = try store.events(of: record.caseNumber)
        #expect(events.count == 1)
        let event = try #require(events.first)
        #expect(event.name == "register")
        #expect(event.sequence == 1)
        #expect(event.caseNumber == record.caseNumber)
        #expect(event.on == received)
        #expect(event.recordedAt == Fixture.now)
        #expect(event.actor == Fixture.actor)
        #expect(event.stateAfter == record.state)
        #expect(event.previousHash == String(repeating: "0", count: 64))
        #expect(event.hash?.count == 64)
        #expect(event.data.contains("\"received\""))
    }

    @Test func workflowEventsAreStoredWithTheirState() throws {
        // Given an access request received on Monday 2 March 2026
        let store = try SQLiteStore.inMemory()
        let service = try Fixture.service(store)
        let record = try Fixture.register(service, received: try Fixture.day(2026, 3, 2))
        let caseNumber = record.caseNumber

        // When identity is asked for, received a week later, the deadline extended and the request refused
        let paused = try Fixture.apply(service, "request-identity", to: caseNumber, on: try Fixture.day(2026, 3, 4))
        #expect(try store.record(caseNumber) == paused.record)
        #expect(paused.record.clock == .paused)

        let resumed = try Fixture.apply(service, "receive-identity", to: caseNumber, on: try Fixture.day(2026, 3, 11))
        #expect(try store.record(caseNumber) == resumed.record)
        #expect(resumed.record.deadline > record.deadline)

        let extended = try Fixture.apply(
            service, "extend", to: caseNumber, on: try Fixture.day(2026, 3, 20),
            reason: "Pyyntöjä on paljon.")
        #expect(try store.record(caseNumber) == extended.record)
        #expect(extended.record.isExtended)
        #expect(extended.record.deadline > resumed.record.deadline)

        let refused = try Fixture.apply(
            service, "refuse", to: caseNumber, on: try Fixture.day(2026, 4, 10),
            reason: "Toistuva pyyntö.", grounds: ["art12-5-excessive"])

        // Then the register holds the final state and the whole history in order
        let stored = try #require(try store.record(caseNumber))
        #expect(stored == refused.record)
        #expect(stored.outcome == .refused)
        #expect(stored.closedOn == (try Fixture.day(2026, 4, 10)))
        #expect(stored.refusal?.grounds == [GroundCode(rawValue: "art12-5-excessive")])
        let events = try store.events(of: caseNumber)
        #expect(events.map(\.name) == ["register", "request-identity", "receive-identity", "extend", "refuse"])
        #expect(
            events.map(\.stateAfter) == [
                record.state, paused.record.state, resumed.record.state,
                extended.record.state, refused.record.state,
            ])
        #expect(events.compactMap(\.sequence) == [1, 2, 3, 4, 5])
        for (earlier, later) in zip(events, events.dropFirst()) {
            #expect(later.previousHash == earlier.hash)
        }

        // And the closed request leaves the open list but stays in the full list
        #expect(try store.records(RequestQuery()).isEmpty)
        #expect(try store.records(RequestQuery(includeClosed: true)) == [stored])
    }

    @Test func overdueAndDueListsFollowTheAsOfDate() throws {
        // Given four requests: two running, one paused and one closed
        let store = try SQLiteStore.inMemory()
        let service = try Fixture.service(store)
        let early = try Fixture.register(service, received: try Fixture.day(2026, 1, 5))
        let late = try Fixture.register(service, .erasure, received: try Fixture.day(2026, 2, 2))
        let paused = try Fixture.register(service, received: try Fixture.day(2026, 1, 5))
        try Fixture.apply(service, "request-identity", to: paused.caseNumber, on: try Fixture.day(2026, 1, 7))
        let closed = try Fixture.register(service, received: try Fixture.day(2026, 1, 5))
        try Fixture.apply(service, "withdraw", to: closed.caseNumber, on: try Fixture.day(2026, 1, 8))

        // Then on the early deadline nothing is overdue yet, but it is due
        #expect(try store.records(RequestQuery(overdueAsOf: early.deadline)).isEmpty)
        #expect(try store.records(RequestQuery(dueOnOrBefore: early.deadline)).map(\.caseNumber) == [early.caseNumber])

        // And the day after, only the running early request is overdue
        let dayAfter = early.deadline.adding(days: 1)
        #expect(try store.records(RequestQuery(overdueAsOf: dayAfter)).map(\.caseNumber) == [early.caseNumber])
        #expect(
            try store.records(RequestQuery(includeClosed: true, overdueAsOf: dayAfter)).map(\.caseNumber)
                == [early.caseNumber])

        // And after the late deadline both running requests are overdue, soonest deadline first
        let muchLater = late.deadline.adding(days: 1)
        #expect(
            try store.records(RequestQuery(overdueAsOf: muchLater)).map(\.caseNumber)
                == [early.caseNumber, late.caseNumber])
        #expect(
            try store.records(RequestQuery(overdueAsOf: muchLater, kind: .erasure)).map(\.caseNumber)
                == [late.caseNumber])
        #expect(
            try store.records(RequestQuery(overdueAsOf: muchLater, limit: 1)).map(\.caseNumber)
                == [early.caseNumber])
        #expect(early.isOverdue(asOf: muchLater) && late.isOverdue(asOf: muchLater))
    }

    @Test func listsAreOrderedByDeadlineThenCase() throws {
        // Given requests received out of deadline order, two on the same day
        let store = try SQLiteStore.inMemory()
        let service = try Fixture.service(store)
        let february = try Fixture.register(service, received: try Fixture.day(2026, 2, 2))
        let januaryA = try Fixture.register(
            service, received: try Fixture.day(2026, 1, 12), today: try Fixture.day(2026, 2, 2))
        let januaryB = try Fixture.register(
            service, .rectification, received: try Fixture.day(2026, 1, 12),
            today: try Fixture.day(2026, 2, 2))

        // Then open requests come soonest deadline first, ties by case number
        #expect(
            try store.records(RequestQuery()).map(\.caseNumber)
                == [januaryA.caseNumber, januaryB.caseNumber, february.caseNumber])
        #expect(try store.records(RequestQuery(kind: .rectification)).map(\.caseNumber) == [januaryB.caseNumber])
        #expect(try store.records(RequestQuery(state: StateID("received"))).count == 3)
        #expect(try store.records(RequestQuery(state: StateID("refused"))).isEmpty)
        #expect(try store.records(RequestQuery(limit: 0)).isEmpty)
    }

    @Test func unknownCaseIsReportedAsNotFound() throws {
        // Given an empty register
        let service = try Fixture.service(try SQLiteStore.inMemory())
        let missing = CaseNumber(year: 2026, sequence: 42)

        // When an event is applied to a case that does not exist
        let error = try #require(throws: StoreError.self) {
            try Fixture.apply(service, "acknowledge", to: missing, on: try Fixture.day(2026, 3, 2))
        }

        // Then it is "not found", named by case number
        #expect(error == .unknownCase(missing))
        #expect(error.category == .notFound)
    }

    @Test func refusedTransitionLeavesTheRegisterUnchanged() throws {
        // Given a registered request
        let store = try SQLiteStore.inMemory()
        let service = try Fixture.service(store)
        let record = try Fixture.register(service, received: try Fixture.day(2026, 3, 2))

        // When an event not allowed in its state is applied
        #expect(throws: TransitionError.self) {
            try Fixture.apply(service, "receive-identity", to: record.caseNumber, on: try Fixture.day(2026, 3, 3))
        }

        // Then the workflow's own error came through unchanged, and nothing was stored
        #expect(try store.record(record.caseNumber) == record)
        #expect(try store.events(of: record.caseNumber).count == 1)
        #expect(try store.verifyChain().isIntact)
    }

    @Test func failedRegistrationGivesItsNumberBack() throws {
        // Given a registration whose record cannot be built
        struct Refused: Error {}
        let store = try SQLiteStore.inMemory()
        #expect(throws: Refused.self) {
            _ = try store.insert(year: 2026) { _ in throw Refused() }
        }

        // When the next request is registered
        let record = try Fixture.register(try Fixture.service(store), received: try Fixture.day(2026, 3, 2))

        // Then it gets the first number of the year
        #expect(record.caseNumber == CaseNumber(year: 2026, sequence: 1))
        #expect(try store.verifyChain().eventsChecked == 1)
    }

    @Test func changeThatNamesAnotherCaseIsRefused() throws {
        // Given two registered requests
        let store = try SQLiteStore.inMemory()
        let service = try Fixture.service(store)
        let first = try Fixture.register(service, received: try Fixture.day(2026, 3, 2))
        let second = try Fixture.register(service, received: try Fixture.day(2026, 3, 2))

        // When a change of the first returns the second's record
        var entry = try #require(try store.events(of: second.caseNumber).first)
        entry.caseNumber = first.caseNumber
        let error = try #require(throws: StoreError.self) {
            _ = try store.update(first.caseNumber) { _ in (second, entry) }
        }

        // Then it is refused and neither case changed
        guard case .failed = error else {
            Issue.record("expected a storage failure, got \(error)")
            return
        }
        #expect(try store.record(first.caseNumber) == first)
        #expect(try store.record(second.caseNumber) == second)
    }
}
