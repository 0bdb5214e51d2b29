import DSRCore
import DSRStore
import Foundation
import Testing

/// The register records its identity-code key's fingerprint in the hash chain, so a missing or different key file is
/// found instead of silently answering "no match".
struct RegisterKeyTests {
    private func record(_ store: SQLiteStore, _ key: IdentityCodeKey, reason: IdentityKeyReason = .created) throws {
        try store.recordKeyFingerprint(
            of: key, reason: reason, actor: Fixture.actor, now: Fixture.now,
            today: try Fixture.day(2026, 1, 2))
    }

    @Test func theRecordedKeyIsFoundAndAMissingOrDifferentOneIsRefused() throws {
        // Given a register with its key recorded
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("register.sqlite")
        let store = try SQLiteStore(path: path, create: true)
        let key = try IdentityCodeKey.create(forRegister: path)
        try record(store, key)
        #expect(try store.recordedKeyFingerprint() == key.fingerprint)
        guard case .recorded(let found) = try store.registerKey() else {
            Issue.record("not recorded")
            return
        }
        #expect(found.fingerprint == key.fingerprint)
        #expect(store.identityKeyProblem() == nil)
        // And no second key can be made at its path
        #expect(throws: IdentityCodeError.keyExists(path: key.path)) { try IdentityCodeKey.create(forRegister: path) }

        // When the key file is deleted, the key is missing, and the audit's key check says so
        try FileManager.default.removeItem(atPath: key.path)
        #expect(throws: IdentityCodeError.keyMissing(path: key.path)) { try store.registerKey() }
        #expect(store.identityKeyProblem()?.kind == .identityKey)
        #expect(store.identityKeyProblem()?.detail.contains(key.path) == true)

        // When another register's key is put in its place, it is the wrong key
        let other = try IdentityCodeKey.create(forRegister: folder.file("other.sqlite"))
        try FileManager.default.copyItem(atPath: other.path, toPath: key.path)
        #expect(throws: IdentityCodeError.keyMismatch(path: key.path)) { try store.registerKey() }
        #expect(store.identityKeyProblem()?.kind == .identityKey)
    }

    @Test func theKeyOfARegisterOfAnEarlierDsrIsAdoptedOnlyIfItOpensItsCodes() throws {
        // Given a register made by an earlier dsr: a key file, codes sealed under it, no fingerprint recorded
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("register.sqlite")
        let store = try SQLiteStore(path: path, create: true)
        let key = try #require(try IdentityCodeKey.load(forRegister: path, create: true))
        let code = try #require(Henkilotunnus(History.identityCode))
        try History.build(store, identityCode: try key.seal(code))
        #expect(try store.recordedKeyFingerprint() == nil)

        // Then its key is adoptable, and once recorded it is the register's key, and the chain still verifies
        guard case .unrecorded = try store.registerKey() else {
            Issue.record("not adoptable")
            return
        }
        try record(store, key, reason: .adopted)
        guard case .recorded = try store.registerKey() else {
            Issue.record("not recorded")
            return
        }
        #expect((try store.verifyChain(replaying: try WorkflowCatalog.builtIn())).isIntact)

        // And a key that does not open its codes would not have been adopted
        let unrecorded = try SQLiteStore(path: folder.file("second.sqlite"), create: true)
        try History.build(unrecorded, identityCode: try key.seal(code))
        _ = try IdentityCodeKey.create(forRegister: folder.file("second.sqlite"))
        #expect(throws: IdentityCodeError.keyMismatch(path: folder.file("second.sqlite.key"))) {
            try unrecorded.registerKey()
        }
        // And without any key file, a register holding codes is missing its key
        try FileManager.default.removeItem(atPath: folder.file("second.sqlite.key"))
        #expect(throws: IdentityCodeError.keyMissing(path: folder.file("second.sqlite.key"))) {
            try unrecorded.registerKey()
        }
    }

    @Test func aRegisterWithoutCodesOrKeyHasNone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try SQLiteStore(path: folder.file("register.sqlite"), create: true)
        guard case .none = try store.registerKey() else {
            Issue.record("expected no key")
            return
        }
        #expect(store.identityKeyProblem() == nil)
    }
}

/// `dsr key rotate` at the store: every code re-sealed under the new key in one transaction, the new fingerprint
/// recorded, and the history still replays.
struct KeyRotationTests {
    @Test func rotationResealsEveryCodeAndTheChainStillVerifies() throws {
        // Given a register whose first request carries a code sealed under its recorded key
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("register.sqlite")
        let store = try SQLiteStore(path: path, create: true)
        let old = try IdentityCodeKey.create(forRegister: path)
        try store.recordKeyFingerprint(
            of: old, reason: .created, actor: Fixture.actor, now: Fixture.now,
            today: try Fixture.day(2026, 1, 2))
        let code = try #require(Henkilotunnus(History.identityCode))
        let cases = try History.build(store, identityCode: try old.seal(code))

        // When the key is rotated
        let (new, pending) = try old.makeReplacement()
        let count = try store.rotateKey(
            from: old, to: new, actor: Fixture.actor, now: Fixture.now,
            today: try Fixture.day(2026, 11, 21))
        try IdentityCodeKey.installReplacement(pending, at: old.path)

        // Then the code opens under the new key only, is found by its new tag, and the new key is the register's
        #expect(count == 1)
        let sealed = try #require(try store.record(cases[0])?.subject.identityCode)
        #expect(try new.open(sealed) == code)
        #expect(throws: IdentityCodeError.cannotOpen) { try old.open(sealed) }
        #expect(try store.records(withIdentityLookup: new.lookup(code)).map(\.caseNumber) == [cases[0]])
        #expect(try store.recordedKeyFingerprint() == new.fingerprint)
        guard case .recorded(let loaded) = try store.registerKey() else {
            Issue.record("not recorded")
            return
        }
        #expect(loaded.fingerprint == new.fingerprint)
        // And purged tags made under the old key still match under the new one (their key is carried over)
        #expect(loaded.purgedTag(.reference, of: "REF-1") == old.purgedTag(.reference, of: "REF-1"))
        // And the chain verifies, every case replayed
        let report = try store.verifyChain(replaying: try WorkflowCatalog.builtIn())
        #expect(report.isIntact, "\(report.problems)")
        #expect(report.requestsReplayed == cases.count)
    }

    @Test func aRotationStoppedBeforeItsRenameIsNamedWithHowToFinishIt() throws {
        // Given a rotation whose transaction committed, but whose new key was never put in place
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("register.sqlite")
        let store = try SQLiteStore(path: path, create: true)
        let old = try IdentityCodeKey.create(forRegister: path)
        try store.recordKeyFingerprint(
            of: old, reason: .created, actor: Fixture.actor, now: Fixture.now,
            today: try Fixture.day(2026, 1, 2))
        let (new, pending) = try old.makeReplacement()
        _ = try store.rotateKey(
            from: old, to: new, actor: Fixture.actor, now: Fixture.now,
            today: try Fixture.day(2026, 11, 21))

        // Then the key is reported as a rotation to finish, with the command that finishes it
        #expect(throws: IdentityCodeError.rotationUnfinished(path: old.path, pending: pending)) {
            try store.registerKey()
        }
        #expect(store.identityKeyProblem()?.detail.contains("mv \(pending) \(old.path)") == true)
        try IdentityCodeKey.installReplacement(pending, at: old.path)
        guard case .recorded = try store.registerKey() else {
            Issue.record("not recorded")
            return
        }
    }

    @Test func aCodeThatDoesNotOpenStopsTheRotationAndChangesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("register.sqlite")
        let store = try SQLiteStore(path: path, create: true)
        let stranger = try IdentityCodeKey.create(forRegister: folder.file("other.sqlite"))
        let code = try #require(Henkilotunnus(History.identityCode))
        try History.build(store, identityCode: try stranger.seal(code))
        let key = try IdentityCodeKey.create(forRegister: path)
        let before = try store.verifyChain().headHash
        let (new, _) = try key.makeReplacement()
        #expect(throws: IdentityCodeError.cannotOpen) {
            try store.rotateKey(
                from: key, to: new, actor: Fixture.actor, now: Fixture.now, today: try Fixture.day(2026, 11, 21))
        }
        #expect(try store.verifyChain().headHash == before)
    }
}
