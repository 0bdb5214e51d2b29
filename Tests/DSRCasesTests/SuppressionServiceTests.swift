import DSRCases
import DSRCore
import Foundation
import Testing

/// The suppression list (GDPR Art. 21(3)): normalised contacts, and entries that outlive a purge and a key rotation.
struct SuppressionServiceTests {
    @Test func contactsAreNormalised() {
        #expect(SuppressionContact(" Maija.Mainos@Example.FI ") == .email("maija.mainos@example.fi"))
        #expect(SuppressionContact("040 123 4567") == .phone("+358401234567"))
        #expect(SuppressionContact("+358 (40) 123-4567") == .phone("+358401234567"))
        #expect(SuppressionContact("00358401234567") == .phone("+358401234567"))
        #expect(SuppressionContact("+46 70 123 45 67") == .phone("+46701234567"))
        #expect(SuppressionContact("not a contact") == nil)
        #expect(SuppressionContact("12") == nil)
        #expect(SuppressionContact("") == nil)
    }

    @Test func anEntryOutlivesThePurgeAndAKeyRotation() async throws {
        try await StoreBackend.file.withStorage { storage in
            let service = try Fixture.service(storage)
            let today = try Fixture.today(2026, 11, 21)
            _ = try await service.initialiseIdentityKey(actor: Fixture.actor, today: today)
            let record = try await service.register(
                RegisterRequest(
                    draft: RequestDraft(
                        kind: .objection,
                        subject: DataSubject(name: "Maija Mainos", email: "maija@example.fi", phone: "0401234567"),
                        received: try Fixture.day(2026, 2, 10), isDirectMarketing: true)),
                actor: Fixture.actor, today: today
            ).record
            _ = try await service.record(
                RecordEvent(
                    caseNumber: record.caseNumber, event: EventID("complete"),
                    input: EventInput(on: try Fixture.day(2026, 2, 12), details: "Marketing stopped.")),
                actor: Fixture.actor, today: today)
            let entry = Suppression(caseNumber: record.caseNumber, since: try Fixture.day(2026, 2, 10))

            // When the case is purged
            let run = try await service.purge(
                PurgeClosedCases(closedBefore: try Fixture.day(2026, 11, 1)), actor: Fixture.actor, today: today)
            for try await _ in run.outcomes {}
            #expect(try await storage.record(record.caseNumber)?.personalDataRemovedOn != nil)

            // Then the address and number are still on the list, and after a key rotation too
            #expect(try await service.suppression(CheckSuppression(contact: "MAIJA@example.fi")) == entry)
            #expect(try await service.suppression(CheckSuppression(contact: "+358 40 123 4567")) == entry)
            _ = try await service.rotateIdentityKey(actor: Fixture.actor, today: today)
            #expect(try await service.suppression(CheckSuppression(contact: "maija@example.fi")) == entry)
            #expect(try await service.suppression(CheckSuppression(contact: "040-1234567")) == entry)
            #expect(try await service.suppression(CheckSuppression(contact: "someone@example.fi")) == nil)
            await #expect(throws: DispatchError.notAContact) {
                _ = try await service.suppression(CheckSuppression(contact: "no contact"))
            }
        }
    }
}
