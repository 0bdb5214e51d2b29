import Foundation
import Testing

/// `dsr audit verify` and `dsr audit export` end to end, and `dsr backup`, `dsr restore`, `dsr purge` and identity
/// codes through the binary.
struct AuditCommandTests {
    /// A register with three requests, one closed long ago, one with an identity code.
    private func makeRegister() throws -> DSRBinary {
        let dsr = try DSRBinary()
        for arguments in [
            [
                "register", "access", "--name", "Aino Arkistoija", "--email", "aino@example.fi", "--hetu",
                "131052-308T",
                "--received", "2020-03-02", "--note", "Soitti perään",
            ],
            [
                "refuse", "2020-0001", "--ground", "art12-5-excessive", "--reason", "Toistuva pyyntö", "--on",
                "2020-03-10",
            ],
            ["register", "erasure", "--name", "Bertta Poistaja", "--hetu", "010594Y9032", "--received", "2026-11-02"],
            ["register", "access", "--name", "Cecilia Avoin", "--received", "2026-11-03"],
        ] {
            let result = try dsr.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        return dsr
    }

    @Test func identityCodeIsNeverPrintedInFullAndFindsTheCase() throws {
        let dsr = try makeRegister()
        defer { dsr.remove() }

        let show = try dsr.run(["show", "2020-0001"])
        #expect(show.stdout.contains("Identity:  131052-****"))
        for arguments in [
            ["show", "2020-0001"], ["show", "2020-0001", "--format", "json"], ["list", "--all"],
            ["list", "--all", "--format", "json"], ["audit", "export", "--include-personal-data"],
            ["letter", "2020-0001", "refusal"],
        ] {
            let result = try dsr.run(arguments)
            for form in ["131052-308T", "131052308", "010594Y9032"] {
                #expect(!result.stdout.contains(form) && !result.stderr.contains(form), "\(arguments)")
            }
        }
        let json = try dsr.run(["show", "2020-0001", "--format", "json"]).stdout
        #expect(!json.contains("\"sealed\"") && !json.contains("\"lookup\""))

        let found = try dsr.run(["list", "--hetu", "131052-308T", "--format", "csv"])
        #expect(found.status == 0)
        #expect(found.stdout.contains("2020-0001") && !found.stdout.contains("2026-0001"))
        let other = try dsr.run(["list", "--hetu", "010594-9032"])  // another person: the century sign differs
        #expect(other.stdout.contains("No request carries that identity code."))
        #expect(try permissions(dsr.database + ".key") == 0o600)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: dsr.database))
        #expect(bytes.range(of: Data("131052-308T".utf8)) == nil)
    }

    @Test func exportIsVerifiableWithoutDsr() throws {
        let dsr = try makeRegister()
        defer { dsr.remove() }
        let export = dsr.folder.appendingPathComponent("export.jsonl").path

        let result = try dsr.run(["audit", "export", "--output", export])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try permissions(export) == 0o600)
        let text = try String(contentsOfFile: export, encoding: .utf8)
        #expect(text.split(separator: "\n").count == 5)  // the key's fingerprint, the profile, and three of the cases
        #expect(!text.contains("Aino") && !text.contains("Toistuva"))  // personal data only on request
        #expect(try dsr.run(["audit", "export", "--output", export]).status == 73)  // never overwritten unasked

        // An independent checker recomputes every hash from the documented encoding
        let head = try dsr.run(["audit", "verify"]).stdout
        let checked = try Self.python(["scripts/verify-export", export])
        #expect(checked.status == 0, "\(checked.output)")
        let headHash = try #require(
            head.split(separator: "\n").first { $0.hasPrefix("Head:") }?.split(separator: " ").last)
        #expect(checked.output.contains(String(headHash)))

        // And notices a changed line
        try text.replacingOccurrences(of: "\"actor\":\"test-officer\"", with: "\"actor\":\"someone\"")
            .write(toFile: export + ".changed", atomically: true, encoding: .utf8)
        let tampered = try Self.python(["scripts/verify-export", export + ".changed"])
        #expect(tampered.status == 1)
        #expect(tampered.output.contains("event 1"))

        let personal = try dsr.run(["audit", "export", "2020-0001", "--format", "csv", "--include-personal-data"])
        #expect(personal.stdout.hasPrefix("sequence,case,name,"))
        #expect(personal.stdout.contains("Aino Arkistoija") && personal.stdout.contains("131052-****"))
    }

    @Test func purgeDryRunThenPurge() throws {
        // Given the register, with the refusal certificate of the closed request issued (it names the person)
        let dsr = try makeRegister()
        defer { dsr.remove() }
        try dsr.run([
            "controller", "set", "--name", "Esimerkki Oy", "--business-id", "2747637-5", "--address",
            "Kytinkatu 2, 20380 Turku", "--email", "tietosuoja@esimerkki.fi", "--contact", "Sasu Mikkola",
        ])
        let issued = try dsr.run(["letter", "2020-0001", "refusal", "--issue"])
        #expect(issued.status == 0, "\(issued.stderr)")
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: dsr.database)).range(of: Data("Aino Arkistoija".utf8)) != nil
                || (try? Data(contentsOf: URL(fileURLWithPath: dsr.database + "-wal")))?.range(
                    of: Data("Aino Arkistoija".utf8)) != nil
        )

        let suggestion = try dsr.run(["purge"])
        #expect(suggestion.status == 64)
        #expect(suggestion.stderr.contains("--closed-before 2021-01-01"))

        let before = try Data(contentsOf: URL(fileURLWithPath: dsr.database))
        let dry = try dsr.run(["purge", "--closed-before", "2021-01-01", "--dry-run"])
        #expect(dry.status == 0)
        #expect(dry.stdout.contains("2020-0001  closed 2020-03-10"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: dsr.database)) == before)

        let purge = try dsr.run(["purge", "--closed-before", "2021-01-01"])
        #expect(purge.status == 0, "\(purge.stderr)")
        #expect(purge.stdout.contains("2020-0001  personal data removed (2 event(s), 4 letter file(s) erased)"))
        #expect(purge.stderr.isEmpty)
        let show = try dsr.run(["show", "2020-0001"]).stdout
        #expect(show.contains("Name:      [removed]") && show.contains("Personal data removed on 2026-11-21"))
        #expect(!show.contains("Identity:"))
        #expect(try dsr.run(["list", "--hetu", "131052-308T"]).stdout.contains("No request carries"))
        #expect(try dsr.run(["show", "2020-0001"]).stdout.contains("purge"))
        let verify = try dsr.run(["audit", "verify"])
        #expect(verify.status == 0, "\(verify.stdout)")
        #expect(verify.stdout.contains("removed by purge"))
        // A second purge finds nothing more to do
        #expect(try dsr.run(["purge", "--closed-before", "2021-01-01"]).stdout.contains("of 0 request(s)"))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: dsr.database))
        for text in ["Aino Arkistoija", "aino@example.fi", "Soitti perään", "Toistuva pyyntö"] {
            #expect(bytes.range(of: Data(text.utf8)) == nil, "\(text)")
        }
    }

    @Test func backupAndRestoreThroughTheBinary() throws {
        let dsr = try makeRegister()
        defer { dsr.remove() }
        let backup = dsr.folder.appendingPathComponent("backups/first.sqlite").path

        let made = try dsr.run(["backup", backup])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("verified"))
        #expect(made.stdout.contains("dsr.sqlite.key is not in the backup"))
        #expect(try permissions(backup) == 0o600)
        #expect(try dsr.run(["backup", backup]).status == 73)

        try dsr.run(["register", "access", "--name", "Myöhempi", "--received", "2026-11-20"])
        let refused = try dsr.run(["restore", backup])
        #expect(refused.status == 73)
        #expect(refused.stderr.contains("--force"))
        #expect(try dsr.run(["show", "2026-0003"]).status == 0)

        let restored = try dsr.run(["restore", backup, "--force"])
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(restored.stdout.contains("The register it replaced is kept at"))
        #expect(try dsr.run(["show", "2026-0003"]).status == 66)
        #expect(try dsr.run(["audit", "verify"]).status == 0)
        #expect(try dsr.run(["list", "--hetu", "131052-308T"]).stdout.contains("2020-0001"))  // the key still fits
    }

    @Test func registerReadableByOthersIsWarnedAbout() throws {
        let dsr = try makeRegister()
        defer { dsr.remove() }
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: dsr.database)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: dsr.database + ".key")

        let result = try dsr.run(["list"])

        #expect(result.status == 0)
        #expect(
            result.stderr.contains(
                "Warning: the register \(dsr.database) can be read or written by other users (mode 644)"))
        #expect(result.stderr.contains("chmod 600 \(dsr.database)"))
        #expect(result.stderr.contains("key file \(dsr.database).key can be read or written by other users (mode 640)"))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: dsr.database)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: dsr.database + ".key")
        #expect(try dsr.run(["list"]).stderr.isEmpty)
    }

    /// Runs a script of the package with python3 from the package folder; its status and combined output.
    static func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}

/// The POSIX permission bits of a file, for example `0o600`.
func permissions(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return try #require(attributes[.posixPermissions] as? Int) & 0o777
}
