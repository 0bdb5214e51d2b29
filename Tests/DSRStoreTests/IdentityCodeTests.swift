import DSRCore
import DSRStore
import Foundation
import Testing

/// A henkilötunnus is kept sealed under a key in its own 0600 file; the register file alone reveals no code, and the
/// keyed lookup tag finds the person's requests.
struct IdentityCodeTests {
    private func code(_ text: String) throws -> Henkilotunnus {
        try #require(Henkilotunnus(text))
    }

    @Test func keyFileIsMadeOnFirstNeedPrivateAndReused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let register = folder.file("register.sqlite")

        #expect(try IdentityCodeKey.load(forRegister: register, create: false) == nil)
        let key = try #require(try IdentityCodeKey.load(forRegister: register, create: true))
        #expect(key.path == register + ".key")
        #expect(try permissions(key.path) == 0o600)
        #expect(IdentityCodeKey.exposedMode(forRegister: register) == nil)

        let again = try #require(try IdentityCodeKey.load(forRegister: register, create: true))
        let code = try code(History.identityCode)
        #expect(again.lookup(code) == key.lookup(code))
        #expect(try again.open(key.seal(code)) == code)
    }

    @Test func concurrentFirstUsesAgreeOnOneKey() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let register = folder.file("register.sqlite")
        let code = try code(History.identityCode)
        let tags = Collector<String>()
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            if let key = try? IdentityCodeKey.load(forRegister: register, create: true) { tags.add(key.lookup(code)) }
        }
        #expect(tags.values.count == 8)
        #expect(Set(tags.values).count == 1)
        #expect(try folder.listing() == ["register.sqlite.key"])
    }

    @Test func sealedCodeHidesTheCodeAndOpensOnlyUnderItsKey() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let key = try #require(try IdentityCodeKey.load(forRegister: folder.file("a.sqlite"), create: true))
        let other = try #require(try IdentityCodeKey.load(forRegister: folder.file("b.sqlite"), create: true))
        let code = try code("010594Y9032")

        let sealed = try key.seal(code)
        #expect(sealed.masked == "010594Y****")
        #expect(!sealed.sealed.contains("9032") && !sealed.lookup.contains("9032"))
        #expect(try key.seal(code).sealed != sealed.sealed)  // a fresh nonce each time
        #expect(try key.open(sealed) == code)
        #expect(throws: IdentityCodeError.cannotOpen) { try other.open(sealed) }
        #expect(other.lookup(code) != key.lookup(code))
        // The century sign distinguishes people since 2023 (legal-facts § 6.2): a code differing only in it is another.
        #expect(key.lookup(try self.code("010594-9032")) != key.lookup(code))
    }

    @Test func registerFileHoldsNoIdentityCodeAndTheLookupFindsTheCase() throws {
        // Given a register whose first request carries a sealed identity code
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("register.sqlite")
        let store = try SQLiteStore(path: path, create: true)
        let key = try #require(try IdentityCodeKey.load(forRegister: path, create: true))
        let code = try code(History.identityCode)
        let cases = try History.build(store, identityCode: try key.seal(code))
        try store.checkpoint()

        // Then the file holds the masked form only, never the code
        let bytes = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        #expect(bytes.contains("131052-****"))
        for form in ["131052-308T", "131052308", "308T"] { #expect(!bytes.contains(form)) }

        // And the lookup tag finds exactly that case, which shows the masked code
        let found = try store.records(withIdentityLookup: key.lookup(code))
        #expect(found.map(\.caseNumber) == [cases[0]])
        #expect(found.first?.subject.identityCode?.masked == "131052-****")
        #expect(try store.records(withIdentityLookup: key.lookup(try self.code("010594Y9032"))).isEmpty)
    }

    @Test func unusableKeyFileIsReportedWithoutTheCode() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let register = folder.file("register.sqlite")
        try Data("not a key\n".utf8).write(to: URL(fileURLWithPath: register + ".key"))

        let error = try #require(throws: IdentityCodeError.self) {
            try IdentityCodeKey.load(forRegister: register, create: true)
        }
        #expect(error.category == .storage)
        #expect(error.errorDescription?.contains(register + ".key") == true)
    }
}
