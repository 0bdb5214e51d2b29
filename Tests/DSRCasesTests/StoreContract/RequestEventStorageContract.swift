import DSRCases
import DSRCore
import Foundation
import Testing

/// The contract every ``RequestEventStorage`` must keep, run against every backend of ``StoreBackend/all``.
struct RequestEventStorageContract {
    /// Registers a request straight through the storage (as the service does) and returns it.
    private static func insert(_ storage: any RequestEventStorage, received: CivilDate, reference: String? = nil)
        async throws
        -> RequestRecord
    {
        let workflow = try WorkflowCatalog.builtIn()[.access]
        let draft = Fixture.draft(received: received, reference: reference)
        let now = try Fixture.today().now
        return try await storage.insert(year: received.year) { caseNumber in
            try RequestRules.registration(
                of: draft, caseNumber: caseNumber, workflow: workflow,
                calculator: DeadlineCalculator(), actor: Fixture.actor, now: now)
        }
    }

    @Test(arguments: StoreBackend.all(for: .requestEventStorage))
    func caseNumbersCountPerYearAndRecordsReadBack(backend: StoreBackend) async throws {
        try await backend.withStorage(as: (any RequestEventStorage).self) { storage in
            // When three requests of two years are inserted
            let first = try await Self.insert(storage, received: try Fixture.day(2025, 12, 30))
            let second = try await Self.insert(storage, received: try Fixture.day(2026, 1, 5))
            let third = try await Self.insert(storage, received: try Fixture.day(2026, 2, 1))

            // Then each year counts from 1 and each record reads back as stored, with its one registration event
            #expect(first.caseNumber == CaseNumber(year: 2025, sequence: 1))
            #expect(second.caseNumber == CaseNumber(year: 2026, sequence: 1))
            #expect(third.caseNumber == CaseNumber(year: 2026, sequence: 2))
            #expect(try await storage.record(third.caseNumber) == third)
            #expect(try await storage.record(CaseNumber(year: 2026, sequence: 9)) == nil)
            #expect(try await storage.events(of: third.caseNumber).map(\.name) == ["register"])
        }
    }

    @Test(arguments: StoreBackend.all(for: .requestEventStorage))
    func updateStoresTheChangeAndItsEventAndReturnsTheOutcome(backend: StoreBackend) async throws {
        try await backend.withStorage(as: (any RequestEventStorage).self) { storage in
            let record = try await Self.insert(storage, received: try Fixture.day(2026, 2, 1))
            let now = try Fixture.today().now
            var change = record
            change.note = "soitettu"
            let changed = change
            let entry = EventEntry(
                caseNumber: record.caseNumber, name: "acknowledge", on: try Fixture.day(2026, 2, 2),
                recordedAt: now, actor: Fixture.actor, workflowVersion: record.workflowVersion,
                stateAfter: record.state, data: "{}")

            // When the request is changed with an outcome for the caller
            let outcome = try await storage.update(record.caseNumber) { _ in (changed, entry, 42) }

            // Then the outcome comes back, the change is stored and the event appended after the registration
            #expect(outcome == 42)
            #expect(try await storage.record(record.caseNumber)?.note == "soitettu")
            #expect(try await storage.events(of: record.caseNumber).map(\.name) == ["register", "acknowledge"])
        }
    }

    @Test(arguments: StoreBackend.all(for: .requestEventStorage))
    func aChangeThatThrowsStoresNothing(backend: StoreBackend) async throws {
        struct Refused: Error {}
        try await backend.withStorage(as: (any RequestEventStorage).self) { storage in
            let record = try await Self.insert(storage, received: try Fixture.day(2026, 2, 1))

            // When a change throws
            await #expect(throws: Refused.self) {
                let _: Int = try await storage.update(record.caseNumber) { _ in throw Refused() }
            }

            // Then the request and its history are as they were
            #expect(try await storage.record(record.caseNumber) == record)
            #expect(try await storage.events(of: record.caseNumber).count == 1)
        }
    }

    @Test(arguments: StoreBackend.all(for: .requestEventStorage))
    func updatingAnUnknownCaseIsUnknownCase(backend: StoreBackend) async throws {
        try await backend.withStorage(as: (any RequestEventStorage).self) { storage in
            let missing = CaseNumber(year: 2026, sequence: 7)
            await #expect(throws: StoreError.unknownCase(missing)) {
                let _: Int = try await storage.update(missing) { record in
                    (
                        record,
                        EventEntry(
                            caseNumber: missing, name: "note", on: record.received, recordedAt: Date(),
                            actor: Fixture.actor, workflowVersion: 1, stateAfter: nil, data: "{}"), 0
                    )
                }
            }
        }
    }

    @Test(arguments: StoreBackend.all(for: .requestEventStorage))
    func recordsAndSummariesComeSoonestDeadlineFirstAndAgree(backend: StoreBackend) async throws {
        try await backend.withStorage(as: (any RequestEventStorage).self) { storage in
            let later = try await Self.insert(storage, received: try Fixture.day(2026, 2, 20))
            let sooner = try await Self.insert(storage, received: try Fixture.day(2026, 1, 10))
            let asOf = try Fixture.day(2026, 2, 25)

            let records = try await storage.records(RequestQuery())
            let summaries = try await storage.summaries(RequestQuery(), asOf: asOf, names: false)

            #expect(records.map(\.caseNumber) == [sooner.caseNumber, later.caseNumber])
            #expect(summaries == records.map { RequestSummary($0, asOf: asOf) })
            // With names (read from the stored record), on a query that takes closed requests too
            let everything = RequestQuery(includeClosed: true)
            let named = try await storage.summaries(everything, asOf: asOf, names: true)
            #expect(named == (try await storage.records(everything)).map { RequestSummary($0, asOf: asOf, name: true) })
            #expect(named.first?.name != nil)
        }
    }

    @Test(arguments: StoreBackend.all(for: .requestEventStorage))
    func aReferenceIsUniqueInTheRegister(backend: StoreBackend) async throws {
        try await backend.withStorage(as: (any RequestEventStorage).self) { storage in
            let first = try await Self.insert(storage, received: try Fixture.day(2026, 2, 1), reference: "T-1")
            await #expect(throws: StoreError.referenceInUse(first.caseNumber)) {
                _ = try await Self.insert(storage, received: try Fixture.day(2026, 2, 2), reference: "T-1")
            }
        }
    }
}
