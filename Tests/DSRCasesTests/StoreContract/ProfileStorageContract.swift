import DSRCases
import DSRCore
import Foundation
import Testing

/// The contract every ``ProfileStorage`` must keep, run against every backend of ``StoreBackend/all``.
struct ProfileStorageContract {
    @Test(arguments: StoreBackend.all(for: .profileStorage))
    func eachSaveIsANewVersionKeptInTheHistory(backend: StoreBackend) async throws {
        try await backend.withStorage(as: (any ProfileStorage).self) { storage in
            // Given an empty register: no profile
            #expect(try await storage.controllerProfile() == nil)
            #expect(try await storage.controllerProfileHistory().isEmpty)
            let today = try Fixture.today()
            let first = ControllerProfile(name: "Esimerkki Oy", businessID: "2747637-5")
            var second = first
            second.email = "tietosuoja@example.fi"
            func entry() -> EventEntry {
                EventEntry(
                    caseNumber: nil, name: "controller-set", on: today.date, recordedAt: today.now,
                    actor: Fixture.actor, workflowVersion: 0, stateAfter: nil, data: "{}")
            }

            // When it is saved twice
            let v1 = try await storage.saveControllerProfile(first, entry: entry())
            let v2 = try await storage.saveControllerProfile(second, entry: entry())

            // Then the versions count from 1, the latest is current and the history keeps both, oldest first
            #expect(v1 == 1)
            #expect(v2 == 2)
            #expect(try await storage.controllerProfile() == ControllerProfileVersion(version: 2, profile: second))
            let history = try await storage.controllerProfileHistory()
            #expect(history.map(\.version) == [1, 2])
            #expect(history.map(\.profile) == [first, second])
            #expect(history.map(\.createdAt) == [today.now, today.now])
        }
    }
}
