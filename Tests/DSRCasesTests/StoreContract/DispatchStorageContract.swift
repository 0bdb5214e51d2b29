import DSRCases
import DSRCore
import Foundation
import Testing

/// The contract every ``DispatchStorage`` must keep, run against every backend of ``StoreBackend/all``.
struct DispatchStorageContract {
    /// A `letter-sent` entry of the letter on the day.
    private static func sentEntry(_ letter: LetterNumber, _ record: RequestRecord, on day: CivilDate) throws
        -> EventEntry
    {
        EventEntry(
            caseNumber: letter.caseNumber, name: SystemEvent.letterSent.rawValue, on: day,
            recordedAt: Date(timeIntervalSince1970: 1_772_452_800), actor: Fixture.actor,
            workflowVersion: record.workflowVersion, stateAfter: record.state,
            data: EventEntry.canonicalJSON(
                LetterDispatchData(letter: letter.sequence, via: .portal, tracking: nil, reason: nil)))
    }

    @Test(arguments: StoreBackend.all)
    func aDispatchIsStoredWithItsEventAndTheNewestCounts(backend: StoreBackend) async throws {
        try await backend.withStorage { storage in
            let (_, letter) = try await DispatchFixture.refusedWithLetter(
                storage, refusedOn: try Fixture.day(2026, 2, 20), issuedOn: try Fixture.today(2026, 2, 20))

            // Then the issued letter is tracked and unsent, among the unsent answers
            let issued = try #require(try await storage.dispatchStates(of: letter.caseNumber).first)
            #expect(issued.tracked && issued.sentOn == nil && issued.type == .refusal)
            #expect(issued.issuedOn == (try Fixture.day(2026, 2, 20)))
            #expect(try await storage.dispatchStates(types: [.refusal], unsentOnly: true).map(\.number) == [letter])
            #expect(try await storage.dispatchStates(types: [.acknowledgement], unsentOnly: false).isEmpty)

            // When it is recorded as sent twice (the second a correction)
            for day in [try Fixture.day(2026, 2, 21), try Fixture.day(2026, 2, 22)] {
                let seen = try await storage.recordDispatch(letter) { record, state in
                    (try Self.sentEntry(letter, record, on: day), state.sentOn)
                }
                _ = seen
            }

            // Then the newest sending counts, and it is no longer unsent
            let sent = try #require(try await storage.dispatchStates(of: letter.caseNumber).first)
            #expect(sent.sentOn == (try Fixture.day(2026, 2, 22)) && sent.via == .portal)
            #expect(try await storage.dispatchStates(types: [.refusal], unsentOnly: true).isEmpty)
            #expect(try await storage.dispatchStates(types: [.refusal], unsentOnly: false).map(\.number) == [letter])
            let names = try await storage.events(of: letter.caseNumber).map(\.name)
            #expect(names.suffix(2) == ["letter-sent", "letter-sent"])
        }
    }

    @Test(arguments: StoreBackend.all)
    func nothingIsStoredWhenTheWriterThrowsOrTheLetterIsMissing(backend: StoreBackend) async throws {
        try await backend.withStorage { storage in
            let (_, letter) = try await DispatchFixture.refusedWithLetter(
                storage, refusedOn: try Fixture.day(2026, 2, 20), issuedOn: try Fixture.today(2026, 2, 20))
            let before = try await storage.events(of: letter.caseNumber)
            await #expect(throws: DispatchError.notSent(letter)) {
                try await storage.recordDispatch(letter) { _, _ -> (EventEntry, Int) in
                    throw DispatchError.notSent(letter)
                }
            }
            let missing = LetterNumber(caseNumber: letter.caseNumber, sequence: 2)
            await #expect(throws: DispatchError.notIssued(missing)) {
                try await storage.recordDispatch(missing) { record, _ in
                    (try Self.sentEntry(missing, record, on: try Fixture.day(2026, 2, 21)), 0)
                }
            }
            let unknown = LetterNumber(caseNumber: CaseNumber(year: 2026, sequence: 99), sequence: 1)
            await #expect(throws: StoreError.unknownCase(unknown.caseNumber)) {
                try await storage.recordDispatch(unknown) { record, _ in
                    (try Self.sentEntry(unknown, record, on: try Fixture.day(2026, 2, 21)), 0)
                }
            }
            #expect(try await storage.events(of: letter.caseNumber) == before)
            #expect(try await storage.dispatchStates(of: letter.caseNumber).first?.sentOn == nil)
        }
    }
}
