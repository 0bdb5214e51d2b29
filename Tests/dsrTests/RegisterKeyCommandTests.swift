import DSRStore
import Foundation
import Testing

/// A mistyped register path, and a missing or wrong identity-code key, stop dsr instead of giving an empty or
/// "no match" answer; a new register gets its key at once, and dsr says where it is.
struct RegisterKeyCommandTests {
    private static let code = "131052-308T"

    @Test(arguments: [
        ["list"], ["overdue"], ["due"], ["list", "--hetu", "131052-308T"], ["show", "2026-0001"],
        ["report", "--year", "2026"],
        ["calendar"], ["controller", "show"], ["notice", "history"], ["audit", "verify"], ["audit", "export"],
        ["export"], ["letter", "issued", "2026-0001"], ["complete", "2026-0001"],
        ["purge", "--closed-before", "2020-01-01"],
        ["key", "init"],
    ])
    func readingCommandsOnAMistypedPathExit66AndCreateNothing(arguments: [String]) throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let typo = dsr.folder.appendingPathComponent("typo.sqlite").path
        let result = try dsr.run(arguments + ["--database", typo])
        #expect(result.status == 66, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains("no register at \(typo) (create one with `dsr init`)"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dsr.folder.path).isEmpty)
    }

    @Test func aNewRegisterGetsItsKeyAndDsrSaysWhereItIs() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let result = try dsr.run(["register", "access", "--name", "Aino Arkistoija", "--hetu", Self.code])
        #expect(result.status == 0, "\(result.stderr)")
        let key = dsr.database + ".key"
        #expect(result.stderr.contains("created a new register at \(dsr.database)"))
        #expect(result.stderr.contains("identity-code key is \(key)"))
        #expect(result.stderr.contains("Back it up"))
        let mode = try FileManager.default.attributesOfItem(atPath: key)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try dsr.run(["audit", "verify"]).status == 0)
        let found = try dsr.run(["list", "--hetu", Self.code, "--format", "csv"])
        #expect(found.stdout.contains("2026-0001"))
        // And a command that changes an existing register says nothing about creating one
        #expect(!(try dsr.run(["register", "access", "--name", "B"])).stderr.contains("created"))
    }

    @Test func restoreToANewPathSaysItCreatedARegisterAndNeedsTheKey() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        #expect(try dsr.run(["register", "access", "--name", "Aino Arkistoija", "--hetu", Self.code]).status == 0)
        let backup = dsr.folder.appendingPathComponent("backup.sqlite").path
        #expect(try dsr.run(["backup", backup]).status == 0)
        let elsewhere = dsr.folder.appendingPathComponent("restored.sqlite").path
        let restored = try dsr.run(["restore", backup, "--database", elsewhere])
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(restored.stderr.contains("created a new register at \(elsewhere) from the backup"))
        #expect(restored.stderr.contains("\(elsewhere).key"))
        // Until the key is put there, commands that need it stop, naming it
        #expect(try dsr.run(["list", "--hetu", Self.code, "--database", elsewhere]).status == 74)
        try FileManager.default.copyItem(atPath: dsr.database + ".key", toPath: elsewhere + ".key")
        #expect(try dsr.run(["list", "--hetu", Self.code, "--database", elsewhere]).stdout.contains("2026-0001"))
    }

    @Test func theDefaultLocationWithoutARegisterAnswersEmptyAndCreatesNothing() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let home = dsr.folder.appendingPathComponent("home").path
        let environment: [String: String?] = ["DSR_DATABASE": nil, "XDG_DATA_HOME": nil, "HOME": home]
        let result = try dsr.run(["overdue"], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("No overdue requests"))
        #expect(
            result.stderr.contains(
                "no register at \(home)/.local/share/dsr/dsr.sqlite yet (create one with `dsr init`)"))
        #expect(try dsr.run(["list"], environment: environment).status == 0)
        #expect(!FileManager.default.fileExists(atPath: home))
    }

    /// Checksums of the register, its log and its key file.
    private func state(_ dsr: DSRBinary) -> [String] {
        [dsr.database, dsr.database + "-wal", dsr.database + ".key"].map { path in
            FileManager.default.contents(atPath: path).map { SQLiteStore.sha256ForTesting([UInt8]($0)) } ?? "-"
        }
    }

    @Test func aMissingKeyStopsEveryCommandThatNeedsItAndTheAuditReportsIt() throws {
        // Given a register with a request that carries an identity code, whose key file is then deleted
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        #expect(try dsr.run(["register", "access", "--name", "Aino Arkistoija", "--hetu", Self.code]).status == 0)
        let key = dsr.database + ".key"
        try FileManager.default.removeItem(atPath: key)
        let before = state(dsr)

        // Then registering with a code, and finding by code, stop with 74 naming the key file and how to restore it
        for arguments in [
            ["register", "access", "--name", "B", "--hetu", "010594Y9032"], ["list", "--hetu", Self.code],
        ] {
            let result = try dsr.run(arguments)
            #expect(result.status == 74, "\(arguments): \(result.stdout) \(result.stderr)")
            #expect(result.stderr.contains("the identity-code key file \(key) is missing"))
            #expect(result.stderr.contains("backup"))
        }
        // And the audit reports it (unless told to leave the key out, as for a backup copy)
        let audit = try dsr.run(["audit", "verify"])
        #expect(audit.status == 1)
        #expect((audit.stdout + audit.stderr).contains(key))
        #expect(try dsr.run(["audit", "verify", "--skip-key-check"]).status == 0)
        // And key init does not make a new key for a register that holds codes, nor does rotate
        #expect(try dsr.run(["key", "init"]).status == 74)
        #expect(try dsr.run(["key", "rotate"]).status == 74)
        // And nothing was changed, no key was made
        #expect(state(dsr) == before)
        #expect(!FileManager.default.fileExists(atPath: key))
    }

    @Test func anotherRegistersKeyIsRefused() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        #expect(try dsr.run(["register", "access", "--name", "Aino Arkistoija", "--hetu", Self.code]).status == 0)
        let other = dsr.folder.appendingPathComponent("other.sqlite").path
        #expect(try dsr.run(["init", "--database", other]).status == 0)
        let key = dsr.database + ".key"
        try FileManager.default.removeItem(atPath: key)
        try FileManager.default.copyItem(atPath: other + ".key", toPath: key)
        let result = try dsr.run(["list", "--hetu", Self.code])
        #expect(result.status == 74)
        #expect(result.stderr.contains("\(key) is not this register's key"))
        #expect(try dsr.run(["audit", "verify"]).status == 1)
    }

    @Test func aRegisterWithoutAKeyGetsOneOnlyFromKeyInit() throws {
        // Given a register made by an earlier dsr: no key file, no recorded key
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        _ = try SQLiteStore(path: dsr.database, create: true)
        let key = dsr.database + ".key"

        // Then a registration with a code stops with 74 naming `dsr key init`, and makes no key
        let refused = try dsr.run(["register", "access", "--name", "B", "--hetu", Self.code])
        #expect(refused.status == 74)
        #expect(refused.stderr.contains("dsr key init"))
        #expect(!FileManager.default.fileExists(atPath: key))

        // When key init is run, the key is made, and a second key init refuses to replace it
        let made = try dsr.run(["key", "init"])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains(key))
        #expect(try dsr.run(["key", "init"]).status == 1)
        #expect(try dsr.run(["register", "access", "--name", "B", "--hetu", Self.code]).status == 0)
        #expect(try dsr.run(["audit", "verify"]).status == 0)
    }

    @Test func theKeyOfAnEarlierDsrIsAdoptedOnFirstUse() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        _ = try SQLiteStore(path: dsr.database, create: true)
        _ = try IdentityCodeKey.load(forRegister: dsr.database, create: true)
        let result = try dsr.run(["register", "access", "--name", "B", "--hetu", Self.code])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("adopted"))
        let store = try SQLiteStore(path: dsr.database, create: false)
        #expect(try store.recordedKeyFingerprint() != nil)
        #expect(try dsr.run(["audit", "verify"]).status == 0)
    }
}

/// `dsr key rotate`: a new key, every code re-sealed, the old key kept for earlier backups.
struct KeyRotateCommandTests {
    @Test func rotateReplacesTheKeyAndTheCodesStillMatch() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        #expect(try dsr.run(["register", "access", "--name", "Aino Arkistoija", "--hetu", "131052-308T"]).status == 0)
        let key = dsr.database + ".key"
        let oldKey = try Data(contentsOf: URL(fileURLWithPath: key))
        let result = try dsr.run(["key", "rotate"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Re-sealed 1 identity code(s)"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: key)) != oldKey)
        let retired = try FileManager.default.contentsOfDirectory(atPath: dsr.folder.path).filter {
            $0.contains(".retired-")
        }
        #expect(retired.count == 1)
        #expect(try dsr.run(["list", "--hetu", "131052-308T", "--format", "csv"]).stdout.contains("2026-0001"))
        #expect(try dsr.run(["audit", "verify"]).status == 0)
        // And the old key is no longer the register's key
        try oldKey.write(to: URL(fileURLWithPath: key))
        #expect(try dsr.run(["list", "--hetu", "131052-308T"]).status == 74)
    }
}
