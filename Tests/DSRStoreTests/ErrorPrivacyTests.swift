import DSRCore
import DSRStore
import Foundation
import Testing

/// Storage failures are reported with case numbers and SQLite's own explanation, never with the personal data the
/// failing statement carried.
struct ErrorPrivacyTests {
    /// Texts of ``Fixture/subject`` that must never appear in an error message.
    private let personalData = ["Maija", "Meikäläinen", "maija.meikalainen", "Esimerkkikatu", "123 4567"]

    @Test func failedRegistrationNamesNoPersonalData() throws {
        // Given a register whose request table refuses every insert
        let store = try SQLiteStore.inMemory()
        try store.executeForTesting(
            """
            CREATE TRIGGER test_refuseInsert BEFORE INSERT ON request
            BEGIN SELECT RAISE(ABORT, 'refused by test'); END
            """)

        // When a request with personal data is registered
        let error = try #require(throws: StoreError.self) {
            try Fixture.register(try Fixture.service(store), received: try Fixture.day(2026, 3, 2))
        }

        // Then the failure says what and why, without the statement's arguments
        let message = try #require(error.errorDescription)
        #expect(message.contains("register a request"))
        #expect(message.contains("refused by test"))
        for text in personalData { #expect(!message.contains(text)) }
        #expect(error.category == .storage)

        // And nothing was stored, not even the case number
        #expect(try store.verifyChain().eventsChecked == 0)
    }

    @Test func failedEventNamesTheCaseOnly() throws {
        // Given a registered request and a request table that refuses every update
        let store = try SQLiteStore.inMemory()
        let service = try Fixture.service(store)
        let record = try Fixture.register(service, received: try Fixture.day(2026, 3, 2))
        try store.executeForTesting(
            """
            CREATE TRIGGER test_refuseUpdate BEFORE UPDATE ON request
            BEGIN SELECT RAISE(ABORT, 'refused by test'); END
            """)

        // When an event with a free-text reason is applied
        let error = try #require(throws: StoreError.self) {
            try Fixture.apply(
                service, "extend", to: record.caseNumber, on: try Fixture.day(2026, 3, 3),
                reason: "Maija Meikäläinen pyysi laajaa aineistoa.")
        }

        // Then the message names the case number, not the person or the reason's text
        let message = try #require(error.errorDescription)
        #expect(message.contains(record.caseNumber.description))
        for text in personalData + ["laajaa aineistoa"] { #expect(!message.contains(text)) }

        // And the event was not appended
        #expect(try store.events(of: record.caseNumber).count == 1)
    }
}
