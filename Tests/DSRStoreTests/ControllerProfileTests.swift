import DSRCore
import DSRStore
import Foundation
import Testing

/// Controller-profile versions: each save is a new version with its register-wide event.
struct ControllerProfileTests {
    @Test func emptyRegisterHasNoProfile() throws {
        let store = try SQLiteStore.inMemory()
        #expect(try store.controllerProfile() == nil)
        #expect(try store.controllerProfileHistory().isEmpty)
    }

    @Test func eachSaveIsANewVersion() throws {
        // Given a register
        let store = try SQLiteStore.inMemory()
        let service = try Fixture.service(store)
        let first = ControllerProfile(name: "Esimerkki Oy", businessID: "2747637-5")
        var second = first
        second.email = "tietosuoja@example.fi"
        second.dataCategories = ["nimi", "sähköpostiosoite"]
        let later = Fixture.now.addingTimeInterval(3600)

        // When the profile is set twice
        let v1 = try service.setControllerProfile(
            first, actor: Fixture.actor, now: Fixture.now,
            today: try Fixture.day(2026, 3, 2), source: "dsr controller set")
        let v2 = try service.setControllerProfile(
            second, actor: Fixture.actor, now: later,
            today: try Fixture.day(2026, 3, 2), source: "tietosuojaseloste.md")

        // Then the versions count from 1, the latest is current, and the history keeps both with their times
        #expect(v1 == 1)
        #expect(v2 == 2)
        let current = try #require(try store.controllerProfile())
        #expect(current.version == 2)
        #expect(current.profile == second)
        let history = try store.controllerProfileHistory()
        #expect(history.map(\.version) == [1, 2])
        #expect(history.map(\.profile) == [first, second])
        #expect(history.map(\.createdAt) == [Fixture.now, later])

        // And both saves are in the hash chain as register-wide events
        let report = try store.verifyChain()
        #expect(report.isIntact)
        #expect(report.eventsChecked == 2)
        #expect(report.profilesChecked == 2)
    }

    @Test func entryThatNamesACaseIsRefused() throws {
        let store = try SQLiteStore.inMemory()
        let entry = EventEntry(
            caseNumber: CaseNumber(year: 2026, sequence: 1), name: "controller-set",
            on: try Fixture.day(2026, 3, 2), recordedAt: Fixture.now, actor: Fixture.actor,
            workflowVersion: 0, stateAfter: nil, data: "{}")

        #expect(throws: StoreError.self) { try store.saveControllerProfile(ControllerProfile(), entry: entry) }
        #expect(try store.controllerProfile() == nil)
    }
}
