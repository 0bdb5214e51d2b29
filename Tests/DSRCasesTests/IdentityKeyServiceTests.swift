import DSRCases
import DSRCore
import Foundation
import Testing

/// The identity-code key's use cases against SQLite in a file (the key file lives beside the register).
struct IdentityKeyServiceTests {
    @Test func aKeyIsMadeOnceThenSealsMatchesAndSurvivesRotation() async throws {
        try await StoreBackend.file.withStorage { storage in
            let service = try Fixture.service(storage)
            let today = try Fixture.today()
            let code = try #require(Henkilotunnus("131052-308T"))

            // Given a register that gets its key
            let installed = try await service.initialiseIdentityKey(actor: Fixture.actor, today: today)
            #expect(!installed.adopted)
            await #expect(throws: (any Error).self) {
                _ = try await service.initialiseIdentityKey(actor: Fixture.actor, today: today)
            }

            // When a request with the code is registered, and the key is rotated
            let record = try await service.register(
                RegisterRequest(draft: Fixture.draft(received: try Fixture.day(2026, 2, 2)), identityCode: code),
                actor: Fixture.actor, today: today
            ).record
            let before = try await service.find(FindByIdentityCode(code: code), actor: Fixture.actor, today: today)
            let rotated = try await service.rotateIdentityKey(actor: Fixture.actor, today: today)
            let after = try await service.find(FindByIdentityCode(code: code), actor: Fixture.actor, today: today)

            // Then the code was sealed, is found before and after the rotation, and the old key is kept
            #expect(record.subject.identityCode != nil)
            #expect(before.records.map(\.caseNumber) == [record.caseNumber])
            #expect(rotated.resealed == 1)
            #expect(rotated.fingerprint != installed.fingerprint)
            #expect(FileManager.default.fileExists(atPath: rotated.retiredLocation))
            #expect(after.records.map(\.caseNumber) == [record.caseNumber])
        }
    }

    @Test func aRegisterInMemoryHasNoKeyToRotate() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)
            await #expect(throws: (any Error).self) {
                _ = try await service.rotateIdentityKey(actor: Fixture.actor, today: try Fixture.today())
            }
        }
    }
}
