import DSRCases
import DSRCore
import Foundation
import Testing

/// The contract every ``CaseSnapshotStorage`` must keep, run against every backend of ``StoreBackend/all``: one call
/// gives what the four separate reads of a case give.
struct CaseSnapshotStorageContract {
    @Test(arguments: StoreBackend.all(for: .caseSnapshotStorage, wholeRegister: true))
    func aSnapshotHoldsTheRequestItsHistoryItsLettersAndTheProfile(backend: StoreBackend) async throws {
        try await backend.withStorage { storage in
            // Given a refused request whose certificate is issued, with a note, beside another request
            let (service, letter) = try await DispatchFixture.refusedWithLetter(
                storage, refusedOn: try Fixture.day(2026, 2, 20), issuedOn: try Fixture.today(2026, 2, 20))
            let caseNumber = letter.caseNumber
            _ = try await service.addNote(
                AddNote(caseNumber: caseNumber, text: "Soitettu."), actor: Fixture.actor,
                today: try Fixture.today(2026, 2, 21))
            let other = try await service.register(
                RegisterRequest(draft: Fixture.draft(received: try Fixture.day(2026, 2, 22), name: "Matti Virtanen")),
                actor: Fixture.actor, today: try Fixture.today(2026, 2, 22)
            ).record.caseNumber

            // When the case is read whole
            let snapshot = try #require(try await storage.caseSnapshot(caseNumber))

            // Then it is what the separate reads give, and only this case's
            #expect(snapshot.record == (try await storage.record(caseNumber)))
            #expect(snapshot.events == (try await storage.events(of: caseNumber)))
            #expect(snapshot.letters == (try await storage.dispatchStates(of: caseNumber)))
            #expect(snapshot.profile == (try await storage.controllerProfile()))
            #expect(snapshot.record.caseNumber == caseNumber && snapshot.record.state.rawValue == "refused")
            #expect(snapshot.events.map(\.name) == ["register", "refuse", "letter-issued", "note"])
            #expect(snapshot.events.allSatisfy { $0.caseNumber == caseNumber })
            #expect(snapshot.letters.map(\.number) == [letter])
            #expect(snapshot.profile?.profile.name == "Esimerkki Oy")
            let second = try #require(try await storage.caseSnapshot(other))
            #expect(second.record.subject.name == "Matti Virtanen" && second.letters.isEmpty)
            #expect(second.events.map(\.name) == ["register"])
        }
    }

    @Test(arguments: StoreBackend.all(for: .caseSnapshotStorage, wholeRegister: true))
    func anUnknownCaseHasNoSnapshotAndARegisterWithoutAProfileGivesNone(backend: StoreBackend) async throws {
        try await backend.withStorage { storage in
            #expect(try await storage.caseSnapshot(CaseNumber(year: 2026, sequence: 1)) == nil)
            let service = try Fixture.service(storage)
            let caseNumber = try await service.register(
                RegisterRequest(draft: Fixture.draft(received: try Fixture.day(2026, 2, 2))), actor: Fixture.actor,
                today: try Fixture.today(2026, 2, 2)
            ).record.caseNumber
            let snapshot = try #require(try await storage.caseSnapshot(caseNumber))
            #expect(snapshot.profile == nil && snapshot.letters.isEmpty)
            #expect(snapshot.events.map(\.name) == ["register"])
            #expect(try await storage.caseSnapshot(CaseNumber(year: 2026, sequence: caseNumber.sequence + 1)) == nil)
        }
    }
}
