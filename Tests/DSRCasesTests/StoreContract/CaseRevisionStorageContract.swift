import DSRCases
import DSRCore
import Foundation
import Testing

/// The contract every ``CaseRevisionStorage`` must keep, run against every backend of ``StoreBackend/all``.
struct CaseRevisionStorageContract {
    /// Registers a request straight through the storage and returns it.
    private static func insert(_ storage: any RequestEventStorage, reference: String? = nil) async throws
        -> RequestRecord
    {
        let workflow = try WorkflowCatalog.builtIn()[.access]
        let draft = Fixture.draft(received: try Fixture.day(2026, 2, 2), reference: reference)
        let now = try Fixture.today().now
        return try await storage.insert(year: 2026) { caseNumber in
            try RequestRules.registration(
                of: draft, caseNumber: caseNumber, workflow: workflow,
                calculator: DeadlineCalculator(), actor: Fixture.actor, now: now)
        }
    }

    /// A note entry on a record, with its personal text withheld in the public form.
    private static func note(on record: RequestRecord) throws -> EventEntry {
        var entry = EventEntry(
            caseNumber: record.caseNumber, name: "note", on: try Fixture.day(2026, 2, 3),
            recordedAt: try Fixture.today().now, actor: Fixture.actor,
            workflowVersion: record.workflowVersion, stateAfter: record.state,
            data: #"{"text":"soitettu"}"#)
        entry.publicData = #"{"text":"[personal data]"}"#
        return entry
    }

    @Test(arguments: StoreBackend.all(for: .caseRevisionStorage))
    func reviseSeesTheHistoryWithItsPersonalDataAndStoresTheChange(backend: StoreBackend) async throws {
        try await backend.withStorage(as: (any RequestEventStorage & CaseRevisionStorage).self) { storage in
            let record = try await Self.insert(storage)
            let entry = try Self.note(on: record)
            _ = try await storage.revise(record.caseNumber) { _, _ in (record, entry, 0) }

            // When the case is revised again, the change sees both events, oldest first, with their full data
            var changed = record
            changed.subject.name = "Maija Virtanen"
            let final = changed
            let second = try Self.note(on: record)
            let seen = try await storage.revise(record.caseNumber) { current, history in
                (final, second, (current, history.map(\.name), history.last?.data))
            }
            #expect(seen.0 == record)
            #expect(seen.1 == ["register", "note"])
            #expect(seen.2 == #"{"text":"soitettu"}"#)
            #expect(try await storage.record(record.caseNumber)?.subject.name == "Maija Virtanen")
            #expect(try await storage.events(of: record.caseNumber).count == 3)
        }
    }

    @Test(arguments: StoreBackend.all(for: .caseRevisionStorage))
    func reviseRefusesAnotherCasesReferenceAndAFailedChangeStoresNothing(backend: StoreBackend) async throws {
        struct Refused: Error {}
        try await backend.withStorage(as: (any RequestEventStorage & CaseRevisionStorage).self) { storage in
            let first = try await Self.insert(storage, reference: "TS-1")
            let second = try await Self.insert(storage)
            var taking = second
            taking.reference = "TS-1"
            let changed = taking
            let entry = try Self.note(on: second)
            await #expect(throws: StoreError.referenceInUse(first.caseNumber)) {
                _ = try await storage.revise(second.caseNumber) { _, _ in (changed, entry, 0) }
            }
            await #expect(throws: Refused.self) {
                _ = try await storage.revise(second.caseNumber) { _, _ -> (RequestRecord, EventEntry, Int) in
                    throw Refused()
                }
            }
            await #expect(throws: StoreError.unknownCase(CaseNumber(year: 2026, sequence: 9))) {
                _ = try await storage.revise(CaseNumber(year: 2026, sequence: 9)) { record, _ in (record, entry, 0) }
            }
            #expect(try await storage.record(second.caseNumber) == second)
            #expect(try await storage.events(of: second.caseNumber).map(\.name) == ["register"])
        }
    }
}
