import DSRCases
import DSRCore
import Foundation
import Testing

/// The contract every ``SuppressionStorage`` must keep, run against every backend of ``StoreBackend/all``.
struct SuppressionStorageContract {
    @Test(arguments: StoreBackend.all(for: .suppressionStorage, wholeRegister: true))
    func anObjectionToDirectMarketingIsOnTheListByItsNormalisedContacts(backend: StoreBackend) async throws {
        try await backend.withStorage { storage in
            let service = try Fixture.service(storage)
            let today = try Fixture.today()
            // Given an objection to direct marketing, an objection to other processing, and an access request
            for (kind, marketing, email) in [
                (RequestKind.objection, true, " Maija.Mainos@Example.FI "), (.objection, false, "other@example.fi"),
                (.access, false, "third@example.fi"),
            ] {
                _ = try await service.register(
                    RegisterRequest(
                        draft: RequestDraft(
                            kind: kind,
                            subject: DataSubject(name: "Maija Mainos", email: email, phone: "040 123 4567"),
                            received: try Fixture.day(2026, 2, 10), isDirectMarketing: marketing)),
                    actor: Fixture.actor, today: today)
            }
            let entry = Suppression(
                caseNumber: CaseNumber(year: 2026, sequence: 1), since: try Fixture.day(2026, 2, 10))
            // Then the objection's normalised address and number find it; the others are not on the list
            #expect(try await storage.suppression(of: .email("maija.mainos@example.fi")) == entry)
            #expect(try await storage.suppression(of: .phone("+358401234567")) == entry)
            #expect(try await storage.suppression(of: .email("other@example.fi")) == nil)
            #expect(try await storage.suppression(of: .email("third@example.fi")) == nil)
        }
    }
}
