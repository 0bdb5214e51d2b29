import DSRCases
import DSRCore
import DSRLetters
import Foundation
import Testing

/// The service's letter and purge use cases against SQLite in memory.
struct LetterAndPurgeServiceTests {
    /// A service with a controller profile and one registered access request; returns the service and the case.
    private static func registered(_ storage: any CaseStorage) async throws -> (CaseService, CaseNumber) {
        let service = try Fixture.service(storage)
        let today = try Fixture.today()
        _ = try await service.changeControllerProfile(
            ChangeControllerProfile(
                changes: ControllerProfileChanges(
                    name: "Esimerkki Oy", businessID: "2747637-5", address: "Esimerkkikatu 2, 00100 Helsinki",
                    email: "tietosuoja@example.fi", contactPerson: "Tietosuojavastaava"), source: "test"),
            actor: Fixture.actor, today: today)
        let record = try await service.register(
            RegisterRequest(draft: Fixture.draft(received: try Fixture.day(2026, 2, 2))), actor: Fixture.actor,
            today: today
        ).record
        return (service, record.caseNumber)
    }

    @Test func issuingTwiceGivesTheSameLetterAndTheFileVerifies() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let (service, caseNumber) = try await Self.registered(storage)
            let today = try Fixture.today()
            let command = WriteLetter(caseNumber: caseNumber, type: .acknowledgement, date: today.date, format: .text)

            // When the acknowledgement is written, then issued twice
            let draft = try await service.letter(command, today: today)
            let first = try await service.issueLetter(command, actor: Fixture.actor, today: today)
            let second = try await service.issueLetter(command, actor: Fixture.actor, today: today)

            // Then the draft is not recorded, the second issue returns the first letter, and its text verifies
            #expect(!draft.isEmpty)
            guard case .issued(let letter) = first else {
                Issue.record("the first issue recorded no letter")
                return
            }
            #expect(second == .alreadyIssued(letter))
            #expect(try await service.issuedLetters(of: caseNumber) == [letter])
            #expect(try await service.issuedLetter(letter.number) == letter)
            let text = try #require(letter.file(.text)?.content)
            #expect(try await service.verifyLetter(text) == .matches(letter, .text))
            #expect(try await service.verifyLetter(Array("not a letter".utf8)) == .noMatch)
        }
    }

    @Test func aStagingFailureRecordsNoLetter() async throws {
        struct DiskFull: Error {}
        try await StoreBackend.inMemory.withStorage { storage in
            let (service, caseNumber) = try await Self.registered(storage)
            let today = try Fixture.today()
            let command = WriteLetter(caseNumber: caseNumber, type: .acknowledgement, date: today.date, format: .text)

            await #expect(throws: DiskFull.self) {
                _ = try await service.issueLetter(command, actor: Fixture.actor, today: today) { _ in throw DiskFull() }
            }
            #expect(try await service.issuedLetters(of: caseNumber).isEmpty)
        }
    }

    @Test func lettersOfAnUnknownCaseAreUnknownCase() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)
            let missing = CaseNumber(year: 2026, sequence: 8)
            await #expect(throws: StoreError.unknownCase(missing)) {
                _ = try await service.issuedLetters(of: missing)
            }
            await #expect(throws: StoreError.unknownCase(missing)) {
                _ = try await service.letter(
                    WriteLetter(
                        caseNumber: missing, date: try Fixture.day(2026, 3, 2),
                        format: .text), today: try Fixture.today())
            }
        }
    }

    @Test func purgeRemovesThePersonalDataOfClosedRequestsOnly() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let (service, closed) = try await Self.registered(storage)
            let today = try Fixture.today()
            let open = try await service.register(
                RegisterRequest(draft: Fixture.draft(received: try Fixture.day(2026, 2, 3))), actor: Fixture.actor,
                today: today
            ).record.caseNumber
            _ = try await service.record(
                RecordEvent(
                    caseNumber: closed, event: EventID("withdraw"), input: EventInput(on: try Fixture.day(2026, 2, 4))),
                actor: Fixture.actor, today: today)

            // When requests closed before today are purged
            let cutoff = today.date
            #expect(try await service.purgeCandidates(closedBefore: cutoff).map(\.caseNumber) == [closed])
            let run = try await service.purge(
                PurgeClosedCases(closedBefore: cutoff), actor: Fixture.actor, today: today)
            var outcomes: [PurgeOutcome] = []
            for try await outcome in run.outcomes { outcomes.append(outcome) }

            // Then only the closed request lost its name, with a purge event; the open one is untouched
            #expect(outcomes.map(\.record.caseNumber) == [closed])
            let purged = try #require(try await storage.record(closed))
            #expect(purged.personalDataRemovedOn == today.date)
            #expect(purged.subject.name != "Maija Meikäläinen")
            #expect(try await storage.events(of: closed).last?.name == SystemEvent.purge.rawValue)
            #expect(try await storage.record(open)?.subject.name == "Maija Meikäläinen")
            #expect(try await service.purgeCandidates(closedBefore: cutoff).isEmpty)
        }
    }
}
