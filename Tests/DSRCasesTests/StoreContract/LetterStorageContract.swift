import DSRCases
import DSRCore
import Foundation
import Testing

/// The contract every ``LetterStorage`` must keep where no letter is stored, run against every backend of
/// ``StoreBackend/all``.
struct LetterStorageContract {
    @Test(arguments: StoreBackend.all)
    func aLetterTheWriterDeclinesIsNotStored(backend: StoreBackend) async throws {
        try await backend.withStorage { storage in
            let service = try Fixture.service(storage)
            let today = try Fixture.today()
            let registered = try await service.register(
                RegisterRequest(draft: Fixture.draft(received: try Fixture.day(2026, 2, 1))), actor: Fixture.actor,
                today: today)
            let caseNumber = registered.record.caseNumber

            // When the writer declines (the closure runs on the store's executor, outside the test's task)
            let result = try await storage.issueLetter(caseNumber) { context in
                (letter: nil, outcome: context.record.caseNumber == caseNumber && context.issued.isEmpty)
            }

            // Then the writer saw the case and its letters, and nothing is stored
            #expect(result.outcome)
            #expect(result.issued == nil)
            #expect(try await storage.issuedLetters(of: caseNumber).isEmpty)
            #expect(try await storage.issuedLetters(withFileSHA256: String(repeating: "0", count: 64)).isEmpty)
            #expect(try await storage.events(of: caseNumber).map(\.name) == ["register"])
        }
    }

    @Test(arguments: StoreBackend.all)
    func issuingForAnUnknownCaseIsUnknownCase(backend: StoreBackend) async throws {
        try await backend.withStorage { storage in
            let missing = CaseNumber(year: 2026, sequence: 3)
            await #expect(throws: StoreError.unknownCase(missing)) {
                _ = try await storage.issueLetter(missing) { _ in (letter: nil, outcome: 0) }
            }
        }
    }
}
