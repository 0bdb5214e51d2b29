import DSRCases
import DSRCore
import Foundation
import Testing

/// The contract every ``ExportStorage`` must keep, run against every backend of ``StoreBackend/all``: pages in
/// case-number order after a case, the query's filters, and the day of the first acknowledgement.
struct ExportStorageContract {
    @Test(arguments: StoreBackend.all(for: .exportStorage, wholeRegister: true))
    func pagesFollowTheCaseNumbersAndTheQuery(backend: StoreBackend) async throws {
        try await backend.withStorage { storage in
            // Given five requests over two years, the second acknowledged and the fourth withdrawn
            let service = try Fixture.service(storage)
            let today = try Fixture.today()
            var numbers: [CaseNumber] = []
            for (year, month) in [(2025, 12), (2026, 1), (2026, 1), (2026, 2), (2026, 2)] {
                let result = try await service.register(
                    RegisterRequest(draft: Fixture.draft(received: try Fixture.day(year, month, 10))),
                    actor: Fixture.actor, today: today)
                numbers.append(result.record.caseNumber)
            }
            let acknowledged = try Fixture.day(2026, 1, 12)
            _ = try await service.record(
                RecordEvent(
                    caseNumber: numbers[1], event: EventID("acknowledge"),
                    input: EventInput(on: acknowledged)),
                actor: Fixture.actor, today: today)
            _ = try await service.record(
                RecordEvent(
                    caseNumber: numbers[3], event: EventID("withdraw"),
                    input: EventInput(on: try Fixture.day(2026, 2, 11))),
                actor: Fixture.actor, today: today)

            // When all are read two at a time
            let all = RequestQuery(includeClosed: true)
            let first = try await storage.exportPage(all, after: nil, limit: 2)
            let second = try await storage.exportPage(all, after: first.last?.record.caseNumber, limit: 2)
            let third = try await storage.exportPage(all, after: second.last?.record.caseNumber, limit: 2)
            let beyond = try await storage.exportPage(all, after: third.last?.record.caseNumber, limit: 2)

            // Then the pages follow the case numbers across the years, and end
            #expect((first + second + third).map(\.record.caseNumber) == numbers)
            #expect(third.count == 1)
            #expect(beyond.isEmpty)
            // And each request carries the day of its first acknowledgement
            #expect(first[1].acknowledgedOn == acknowledged)
            #expect(first[0].acknowledgedOn == nil)
            // And without closed requests the withdrawn one is left out
            let open = try await storage.exportPage(RequestQuery(), after: nil, limit: 10)
            #expect(open.map(\.record.caseNumber) == numbers.enumerated().filter { $0.offset != 3 }.map(\.element))
            // And the sequence over the pages is the same as the pages
            var streamed: [CaseNumber] = []
            for try await request in storage.exportedRequests(all, pageSize: 2) {
                streamed.append(request.record.caseNumber)
            }
            #expect(streamed == numbers)
        }
    }

    @Test(arguments: StoreBackend.all(for: .exportStorage))
    func pagesAndTheFirstAcknowledgementStraightThroughTheStorage(backend: StoreBackend) async throws {
        try await backend.withStorage(as: (any RequestEventStorage & ExportStorage).self) { storage in
            // Given four requests over two years, the third acknowledged twice
            let workflow = try WorkflowCatalog.builtIn()[.access]
            let now = try Fixture.today().now
            var records: [RequestRecord] = []
            for (year, month) in [(2025, 12), (2026, 1), (2026, 1), (2026, 2)] {
                let draft = Fixture.draft(received: try Fixture.day(year, month, 10))
                records.append(
                    try await storage.insert(year: year) { caseNumber in
                        try RequestRules.registration(
                            of: draft, caseNumber: caseNumber, workflow: workflow, calculator: DeadlineCalculator(),
                            actor: Fixture.actor, now: now)
                    })
            }
            let acknowledged = [try Fixture.day(2026, 1, 12), try Fixture.day(2026, 1, 14)]
            for day in acknowledged {
                let record = records[2]
                let entry = EventEntry(
                    caseNumber: record.caseNumber, name: "acknowledge", on: day, recordedAt: now,
                    actor: Fixture.actor, workflowVersion: record.workflowVersion, stateAfter: record.state,
                    data: "{}")
                let _: Int = try await storage.update(record.caseNumber) { current in (current, entry, 0) }
            }

            // When they are read three at a time, and by kind
            let all = RequestQuery(includeClosed: true)
            let first = try await storage.exportPage(all, after: nil, limit: 3)
            let second = try await storage.exportPage(all, after: first.last?.record.caseNumber, limit: 3)
            var erasures = RequestQuery(includeClosed: true)
            erasures.kind = .erasure

            // Then the pages follow the case numbers across the years, each request with its first acknowledgement
            #expect((first + second).map(\.record.caseNumber) == records.map(\.caseNumber))
            #expect(second.count == 1)
            #expect(first.map(\.acknowledgedOn) == [nil, nil, acknowledged[0]])
            #expect(try await storage.exportPage(erasures, after: nil, limit: 10).isEmpty)
            var streamed: [CaseNumber] = []
            for try await request in storage.exportedRequests(all, pageSize: 3) {
                streamed.append(request.record.caseNumber)
            }
            #expect(streamed == records.map(\.caseNumber))
        }
    }
}
