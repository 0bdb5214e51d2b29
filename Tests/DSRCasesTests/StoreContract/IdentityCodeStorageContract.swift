import DSRCases
import DSRCore
import Foundation
import Testing

/// The contract every ``IdentityCodeStorage`` must keep for a register without a key, run against every backend of
/// ``StoreBackend/all``: nothing is matched, nothing is sealed, and no key is made on the way.
struct IdentityCodeStorageContract {
    @Test(arguments: StoreBackend.all(for: .identityCodeStorage))
    func aRegisterWithoutKeyMatchesNothingAndSealsNothing(backend: StoreBackend) async throws {
        try await backend.withStorage(as: (any IdentityCodeStorage).self) { storage in
            let code = try #require(Henkilotunnus("131052-308T"))
            let today = try Fixture.today()

            let tag = try await storage.identityLookupTag(code, actor: Fixture.actor, today: today)
            #expect(tag.value == nil)
            #expect(tag.adoptedKeyPath == nil)
            await #expect(throws: (any Error).self) {
                _ = try await storage.sealIdentityCode(code, actor: Fixture.actor, today: today)
            }
            // and asking again still finds no key: none was made
            #expect(try await storage.identityLookupTag(code, actor: Fixture.actor, today: today).value == nil)
        }
    }
}
