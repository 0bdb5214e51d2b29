import DSRCore
import Foundation
import Testing

@testable import DSRPostgres

/// A PostgreSQL register's identity-code key: a file outside the database (`$DSR_KEY_FILE`, else under
/// `$XDG_CONFIG_HOME/dsr/keys`), its fingerprint in the chain, codes sealed and found under it, and rotation. The
/// tests that need a server run when `DSR_TEST_POSTGRES_URL` is set.
struct PostgresIdentityKeyTests {
    @Test
    func theKeyFileIsTheEnvironmentsOrOneNamedAfterTheServerAndDatabase() throws {
        let tcp = try PostgresLocation(parsing: "postgresql://dsr@db.example.fi:5433/rekisteri", environment: [:])
        #expect(
            PostgresStore.keyFile(for: tcp, environment: ["XDG_CONFIG_HOME": "/home/a/.cfg"])
                == "/home/a/.cfg/dsr/keys/db.example.fi_5433_rekisteri.key")
        #expect(
            PostgresStore.keyFile(for: tcp, environment: ["HOME": "/home/a"])
                == "/home/a/.config/dsr/keys/db.example.fi_5433_rekisteri.key")
        #expect(
            PostgresStore.keyFile(for: tcp, environment: ["DSR_KEY_FILE": "/etc/dsr/k.key", "HOME": "/home/a"])
                == "/etc/dsr/k.key")
        let socket = try PostgresLocation(
            parsing: "postgresql://dsr@/rekisteri?host=/run/postgresql", environment: [:])
        #expect(
            PostgresStore.keyFile(for: socket, environment: ["HOME": "/home/a"])
                == "/home/a/.config/dsr/keys/socket_5432_rekisteri.key")
    }

    @Test(.enabled(if: PostgresServer.isGiven))
    func aKeyIsMadeOutsideTheDatabaseSealsAndFindsCodesAndIsRotated() async throws {
        try await PostgresServer.withScratchDatabase { location in
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dsr-pgkey-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            let keyFile = folder.appendingPathComponent("keys/register.key").path
            let store = try await PostgresStore.open(
                location, password: PostgresServer.password(location), migrating: true, keyFile: keyFile)
            let today = Today(
                date: try #require(CivilDate(year: 2026, month: 3, day: 2)),
                now: Date(timeIntervalSince1970: 1_790_000_000))
            let code = try #require(Henkilotunnus("131052-308T"))

            // When the register is given its key
            let installed = try await store.initialiseIdentityKey(actor: "test-officer", today: today)

            // Then the file is where it was told, private, and recorded; a second init is refused
            #expect(installed.location == keyFile && !installed.adopted)
            let mode = try FileManager.default.attributesOfItem(atPath: keyFile)[.posixPermissions] as? Int
            #expect(mode == 0o600)
            await #expect(throws: IdentityCodeError.keyExists(path: keyFile)) {
                _ = try await store.initialiseIdentityKey(actor: "test-officer", today: today)
            }

            // And a request with a sealed code is found by its lookup tag
            let sealed = try await store.sealIdentityCode(code, actor: "test-officer", today: today).value
            let workflow = try WorkflowCatalog.builtIn()[.access]
            var draft = RequestDraft(
                kind: .access, subject: DataSubject(name: "Maija Meikäläinen"), received: today.date)
            draft.subject.identityCode = sealed
            let finalDraft = draft
            let record = try await store.insert(year: 2026) { caseNumber in
                try RequestRules.registration(
                    of: finalDraft, caseNumber: caseNumber, workflow: workflow, calculator: DeadlineCalculator(),
                    actor: "test-officer", now: today.now)
            }
            let tag = try #require(try await store.identityLookupTag(code, actor: "test-officer", today: today).value)
            #expect(try await store.records(withIdentityLookup: tag).map(\.caseNumber) == [record.caseNumber])

            // When the key is rotated, the code is re-sealed and found under the new key's tag, the old key is kept
            let rotated = try await store.rotateIdentityKey(actor: "test-officer", today: today)
            #expect(rotated.resealed == 1 && rotated.location == keyFile)
            #expect(FileManager.default.fileExists(atPath: rotated.retiredLocation))
            let newTag = try #require(
                try await store.identityLookupTag(code, actor: "test-officer", today: today).value)
            #expect(newTag != tag)
            #expect(try await store.records(withIdentityLookup: newTag).map(\.caseNumber) == [record.caseNumber])
            #expect(try await store.events(of: record.caseNumber).map(\.name).last == "identity-code-resealed")
            let report = try await store.verifyChain(
                replaying: try WorkflowCatalog.builtIn(), anchors: [], checkingIdentityKey: true)
            #expect(report.isIntact, "\(report.problems)")

            // And without its key file the register refuses to seal, naming the file
            try FileManager.default.removeItem(atPath: keyFile)
            await #expect(throws: IdentityCodeError.keyMissing(path: keyFile)) {
                _ = try await store.sealIdentityCode(code, actor: "test-officer", today: today)
            }
            await store.close()
        }
    }
}
