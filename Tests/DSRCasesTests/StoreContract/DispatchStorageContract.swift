import DSRCases
import DSRCore
import DSRLetters
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

    @Test(arguments: StoreBackend.all(for: .dispatchStorage, wholeRegister: true))
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

    @Test(arguments: StoreBackend.all(for: .dispatchStorage, wholeRegister: true))
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

    /// The storage a dispatch needs without the service: requests, letters, the profile and dispatch.
    private typealias DispatchParts = any RequestEventStorage & LetterStorage & ProfileStorage & DispatchStorage

    /// Issues an acknowledgement for a new request straight through the storage, and returns its number.
    private static func issuedAcknowledgement(_ storage: DispatchParts) async throws -> LetterNumber {
        let today = try Fixture.today(2026, 2, 20)
        let workflow = try WorkflowCatalog.builtIn()[.access]
        let draft = Fixture.draft(received: try Fixture.day(2026, 2, 2))
        _ = try await storage.saveControllerProfile(
            ControllerProfile(name: "Esimerkki Oy", businessID: "2747637-5"),
            entry: EventEntry(
                caseNumber: nil, name: "controller-set", on: today.date, recordedAt: today.now, actor: Fixture.actor,
                workflowVersion: 0, stateAfter: nil, data: "{}"))
        let caseNumber = try await storage.insert(year: 2026) { caseNumber in
            try RequestRules.registration(
                of: draft, caseNumber: caseNumber, workflow: workflow, calculator: DeadlineCalculator(),
                actor: Fixture.actor, now: today.now)
        }.caseNumber
        let renderer = try LetterRenderer()
        let issued = try await storage.issueLetter(caseNumber) { context in
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
        return try #require(issued).number
    }

    @Test(arguments: StoreBackend.all(for: .dispatchStorage))
    func sendingAndDeliveryAreStoredWithTheirEventsStraightThroughTheStorage(backend: StoreBackend) async throws {
        try await backend.withStorage(as: DispatchParts.self) { storage in
            let letter = try await Self.issuedAcknowledgement(storage)
            let issued = try #require(try await storage.dispatchStates(of: letter.caseNumber).first)
            #expect(
                issued.tracked && issued.sentOn == nil && issued.deliveredOn == nil && issued.type == .acknowledgement)
            #expect(
                try await storage.dispatchStates(types: [.acknowledgement], unsentOnly: true).map(\.number) == [letter])

            // When it is sent, and then delivered
            let sentBefore = try await storage.recordDispatch(letter) { record, state in
                (try Self.sentEntry(letter, record, on: try Fixture.day(2026, 2, 21)), state.sentOn)
            }
            #expect(sentBefore == nil)
            _ = try await storage.recordDispatch(letter) { record, _ in
                let entry = EventEntry(
                    caseNumber: letter.caseNumber, name: SystemEvent.letterDelivered.rawValue,
                    on: try Fixture.day(2026, 2, 23), recordedAt: Date(timeIntervalSince1970: 1_772_452_800),
                    actor: Fixture.actor, workflowVersion: record.workflowVersion, stateAfter: record.state,
                    data: EventEntry.canonicalJSON(
                        LetterDispatchData(letter: letter.sequence, via: nil, tracking: nil, reason: nil)))
                return (entry, 0)
            }

            // Then both count, the letter is no longer unsent, and the events follow the letter's
            let state = try #require(try await storage.dispatchStates(of: letter.caseNumber).first)
            #expect(state.sentOn == (try Fixture.day(2026, 2, 21)) && state.via == .portal)
            #expect(state.deliveredOn == (try Fixture.day(2026, 2, 23)))
            #expect(try await storage.dispatchStates(types: [.acknowledgement], unsentOnly: true).isEmpty)
            #expect(try await storage.dispatchStates(types: [], unsentOnly: false).isEmpty)
            #expect(
                try await storage.events(of: letter.caseNumber).map(\.name).suffix(3) == [
                    "letter-issued", "letter-sent", "letter-delivered",
                ])

            // A letter the case does not have is not issued, and nothing is stored
            let missing = LetterNumber(caseNumber: letter.caseNumber, sequence: 2)
            await #expect(throws: DispatchError.notIssued(missing)) {
                try await storage.recordDispatch(missing) { record, _ in
                    (try Self.sentEntry(missing, record, on: try Fixture.day(2026, 2, 24)), 0)
                }
            }
            #expect(try await storage.events(of: letter.caseNumber).count == 4)
        }
    }
}
