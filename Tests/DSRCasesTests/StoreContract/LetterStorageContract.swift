import DSRCases
import DSRCore
import DSRLetters
import Foundation
import Testing

/// The contract every ``LetterStorage`` must keep, run against every backend of ``StoreBackend/all``.
struct LetterStorageContract {
    @Test(arguments: StoreBackend.all(for: .letterStorage))
    func aLetterTheWriterDeclinesIsNotStored(backend: StoreBackend) async throws {
        try await backend.withStorage(as: (any RequestEventStorage & LetterStorage).self) { storage in
            let workflow = try WorkflowCatalog.builtIn()[.access]
            let draft = Fixture.draft(received: try Fixture.day(2026, 2, 1))
            let now = try Fixture.today().now
            let registered = try await storage.insert(year: 2026) { caseNumber in
                try RequestRules.registration(
                    of: draft, caseNumber: caseNumber, workflow: workflow, calculator: DeadlineCalculator(),
                    actor: Fixture.actor, now: now)
            }
            let caseNumber = registered.caseNumber

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

    @Test(arguments: StoreBackend.all(for: .letterStorage))
    func issuingForAnUnknownCaseIsUnknownCase(backend: StoreBackend) async throws {
        try await backend.withStorage(as: (any LetterStorage).self) { storage in
            let missing = CaseNumber(year: 2026, sequence: 3)
            await #expect(throws: StoreError.unknownCase(missing)) {
                _ = try await storage.issueLetter(missing) { _ in (letter: nil, outcome: 0) }
            }
        }
    }

    @Test(arguments: StoreBackend.all(for: .letterStorage))
    func anIssuedLetterIsStoredUnderTheNextNumberWithItsFilesAndFoundByTheirHash(backend: StoreBackend) async throws {
        try await backend.withStorage(as: (any RequestEventStorage & LetterStorage & ProfileStorage).self) {
            storage in
            let today = try Fixture.today()
            let workflow = try WorkflowCatalog.builtIn()[.access]
            let draft = Fixture.draft(received: try Fixture.day(2026, 2, 1))
            _ = try await storage.saveControllerProfile(
                ControllerProfile(name: "Esimerkki Oy", businessID: "2747637-5"),
                entry: EventEntry(
                    caseNumber: nil, name: "controller-set", on: today.date, recordedAt: today.now,
                    actor: Fixture.actor, workflowVersion: 0, stateAfter: nil, data: "{}"))
            let caseNumber = try await storage.insert(year: 2026) { caseNumber in
                try RequestRules.registration(
                    of: draft, caseNumber: caseNumber, workflow: workflow, calculator: DeadlineCalculator(),
                    actor: Fixture.actor, now: today.now)
            }.caseNumber
            let renderer = try LetterRenderer()
            func issue() async throws -> IssuedLetter? {
                try await storage.issueLetter(caseNumber) { context in
                    let letter = try renderer.issue(
                        .acknowledgement, for: context.record, controller: context.profile,
                        profileVersion: context.profileVersion, language: context.record.language, date: today.date,
                        number: context.number, format: .text)
                    let entry = EventEntry(
                        caseNumber: caseNumber, name: SystemEvent.letterIssued.rawValue, on: today.date,
                        recordedAt: today.now, actor: Fixture.actor, workflowVersion: context.record.workflowVersion,
                        stateAfter: context.record.state, data: letter.eventData())
                    return (letter: (letter, entry), outcome: 0)
                }.issued
            }

            // When two letters are issued
            let first = try #require(try await issue())
            let second = try #require(try await issue())

            // Then they are numbered 1 and 2, read back with their files, found by a file's hash, and each recorded
            // by its event after the registration, with who issued it and when
            #expect(first.number == LetterNumber(caseNumber: caseNumber, sequence: 1))
            #expect(second.number == LetterNumber(caseNumber: caseNumber, sequence: 2))
            #expect(first.profileVersion == 1)
            #expect(first.actor == Fixture.actor)
            #expect(try await storage.issuedLetters(of: caseNumber) == [first, second])
            let file = try #require(second.file(.pdf))
            #expect(try await storage.issuedLetters(withFileSHA256: file.sha256) == [second])
            #expect(
                try await storage.events(of: caseNumber).map(\.name) == ["register", "letter-issued", "letter-issued"])
        }
    }
}
