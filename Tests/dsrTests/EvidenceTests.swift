import Foundation
import Testing

/// Evidence that cannot be bent: every column that carries evidence is covered by the hash chain or checked by
/// `dsr audit verify` against it (issued letter bytes in every format, import keys, controller-profile versions with
/// their times, `PRAGMA user_version`), and anchors kept outside the register show events cut off its end.
@Suite(.enabled(if: SQLiteTool.path != nil, "needs the sqlite3 tool (scripts/setup installs it)"))
struct EvidenceTests {
    // The register (`template`): event 1 identity-key (the key made with the register); events 2 and 3 controller-set
    // (profile versions 1 and 2); 2026-0001 imported from a spreadsheet without a reference (it keeps an import key):
    // 4 register; 2026-0002 access: 5 register, 6 refuse, 7 letter-issued (a refusal certificate in every format);
    // 2020-0001 erasure: 8 register, 9 refuse, 10 letter-issued, 11 purge (which erased the letter's bytes, as it may).
    static let template: Result<(register: Data, key: Data), any Error> = Result {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let rows = dsr.folder.appendingPathComponent("rows.csv")
        try Data("kind,received,name,email\naccess,2026-11-02,Iida Tuoja,iida@example.fi\n".utf8).write(to: rows)
        for arguments in [
            [
                "controller", "set", "--name", "Esimerkki Oy", "--business-id", "2747637-5", "--address",
                "Kytinkatu 2, 20380 Turku", "--email", "tietosuoja@esimerkki.fi", "--contact", "Sasu Mikkola",
            ],
            ["controller", "set", "--contact", "Tiina Tietosuoja"],
            ["import", rows.path],
            ["register", "access", "--name", "Daavid Kirjeellinen", "--received", "2026-11-02"],
            ["refuse", "2026-0002", "--ground", "art12-5-excessive", "--reason", "Toistuva", "--on", "2026-11-20"],
            ["letter", "2026-0002", "refusal", "--issue"],
            ["register", "erasure", "--name", "Bertta Poistaja", "--received", "2020-03-04"],
            [
                "refuse", "2020-0001", "--ground", "art17-3-b-legal-obligation", "--reason", "Kirjanpitolaki", "--on",
                "2020-03-07",
            ],
            ["letter", "2020-0001", "refusal", "--issue"],
            ["purge", "--closed-before", "2020-04-01"],
        ] {
            let result = try dsr.run(arguments, today: "2026-11-21")
            guard result.status == 0 else { throw SQLiteTool.ToolError(message: "\(arguments): \(result.stderr)") }
        }
        return (
            try Data(contentsOf: URL(fileURLWithPath: dsr.database)),
            try Data(contentsOf: URL(fileURLWithPath: dsr.database + ".key"))
        )
    }

    /// Writes a private copy of the register and its identity-code key file into a fresh folder.
    private func copy() throws -> DSRBinary {
        let dsr = try DSRBinary()
        let template = try Self.template.get()
        try template.register.write(to: URL(fileURLWithPath: dsr.database))
        try template.key.write(to: URL(fileURLWithPath: dsr.database + ".key"))
        for path in [dsr.database, dsr.database + ".key"] {
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        }
        return dsr
    }

    /// One edit behind dsr's back and what the audit must report first.
    struct Edit: Sendable, CustomTestStringConvertible {
        var name: String
        var sql: String
        var kind: String
        var event: Int?
        var caseNumber: String?
        var detail: String

        var testDescription: String { name }
    }

    static let formats = ["text", "markdown", "html", "pdf"]

    static let edits: [Edit] =
        formats.map { format in
            Edit(
                name: "\(format) letter bytes erased without a purge",
                sql: "UPDATE letterFile SET content = NULL WHERE caseYear = 2026 AND format = '\(format)'",
                kind: "letter-mismatch", event: 7, caseNumber: "2026-0002",
                detail: "the \(format) bytes of letter 2026-0002/L1")
        }
        + formats.map { format in
            Edit(
                name: "\(format) letter bytes changed",
                sql: "UPDATE letterFile SET content = X'00' WHERE caseYear = 2026 AND format = '\(format)'",
                kind: "letter-mismatch", event: nil, caseNumber: "2026-0002", detail: "issued letter 2026-0002/L1")
        } + [
            Edit(
                name: "import key changed",
                sql:
                    "UPDATE request SET importKey = '\(String(repeating: "ab", count: 32))' WHERE caseYear = 2026 AND caseSequence = 1",
                kind: "import-key-mismatch", event: nil, caseNumber: "2026-0001", detail: "import key is not the digest"
            ),
            Edit(
                name: "import key given to a request registered by hand",
                sql:
                    "UPDATE request SET importKey = (SELECT importKey FROM request WHERE caseSequence = 1 AND caseYear = 2026) WHERE caseYear = 2026 AND caseSequence = 2",
                kind: "import-key-mismatch", event: nil, caseNumber: "2026-0002", detail: "import key is not the digest"
            ),
            Edit(
                name: "import key put back after the purge",
                sql: "UPDATE request SET importKey = '\(String(repeating: "cd", count: 32))' WHERE caseYear = 2020",
                kind: "import-key-mismatch", event: nil, caseNumber: "2020-0001", detail: "after the purge"),
            Edit(
                name: "controller profile's createdAt changed",
                sql: "UPDATE controllerProfile SET createdAt = '2026-01-01T00:00:00Z' WHERE version = 1",
                kind: "state-mismatch", event: 2, caseNumber: nil, detail: "createdAt"),
            Edit(
                name: "controller profile versions renumbered",
                sql: "UPDATE controllerProfile SET version = 7 WHERE version = 2",
                kind: "state-mismatch", event: 3, caseNumber: nil, detail: "out of order"),
            Edit(
                name: "controller profile versions swapped",
                sql: """
                    UPDATE controllerProfile SET version = -version;
                    UPDATE controllerProfile SET version = CASE version WHEN -1 THEN 2 ELSE 1 END
                    """,
                kind: "state-mismatch", event: 2, caseNumber: nil, detail: "out of order"),
            Edit(
                name: "user_version lowered", sql: "PRAGMA user_version = 3",
                kind: "schema-changed", event: nil, caseNumber: nil, detail: "PRAGMA user_version is 3"),
        ]

    @Test func untouchedRegisterVerifiesWithItsErasedLettersAndPrintsItsAnchor() throws {
        let dsr = try copy()
        defer { dsr.remove() }
        let result = try dsr.run(["audit", "verify"])
        #expect(result.status == 0, "\(result.stdout) \(result.stderr)")
        #expect(result.stdout.contains("2 controller-profile version(s)"))
        #expect(result.stdout.contains("Issued letters: 2 checked."))
        let anchor = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("Anchor: ") })
        #expect(anchor.wholeMatch(of: /Anchor: dsr-anchor v1 events=11 head=[0-9a-f]{64}/) != nil, "\(anchor)")
    }

    @Test(arguments: edits)
    func evidenceChangedBehindDsrsBackIsFound(_ edit: Edit) throws {
        // Given a copy of the register edited with sqlite3, triggers dropped and put back
        let dsr = try copy()
        defer { dsr.remove() }
        try SQLiteTool.tamper(dsr.database, edit.sql)

        // When the audit runs
        let result = try dsr.run(["audit", "verify", "--format", "json"])

        // Then it fails with exit 1 and names what broke
        #expect(result.status == 1, "\(edit.name): \(result.stdout) \(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let problems = try #require(report["problems"] as? [[String: Any]])
        let first = try #require(problems.first, "\(edit.name)")
        #expect(first["kind"] as? String == edit.kind, "\(edit.name): \(problems)")
        #expect(first["event"] as? Int == edit.event, "\(edit.name): \(problems)")
        #expect(first["case"] as? String == edit.caseNumber, "\(edit.name): \(problems)")
        #expect((first["detail"] as? String)?.contains(edit.detail) == true, "\(edit.name): \(problems)")
        #expect(result.stderr.contains("(\(edit.kind))"), "\(result.stderr)")
        for name in ["Iida", "Daavid", "Bertta"] {
            #expect(!result.stdout.contains(name) && !result.stderr.contains(name))
        }
    }

    // MARK: - Anchors

    @Test func anchorOfTheRegisterIsContainedAndStaysContainedAsItGrows() throws {
        let dsr = try copy()
        defer { dsr.remove() }
        let printed = try dsr.run(["audit", "anchor"])
        #expect(printed.status == 0, "\(printed.stderr)")
        let line = printed.stdout.trimmingCharacters(in: .newlines)
        #expect(line.wholeMatch(of: /dsr-anchor v1 events=11 head=[0-9a-f]{64}/) != nil, "\(line)")

        #expect(try dsr.run(["register", "access", "--name", "Uusi Pyytäjä"]).status == 0)
        let later = try dsr.run(["audit", "verify", "--anchor", line])
        #expect(later.status == 0, "\(later.stdout) \(later.stderr)")
        #expect(later.stdout.contains("Anchors: 1 checked against the chain."))
    }

    @Test func anOlderCopyOfTheRegisterDoesNotContainTheAnchorTakenLater() throws {
        // Given a register, a copy of it, and a registration acknowledged after the copy, with its anchor kept
        let dsr = try copy()
        defer { dsr.remove() }
        let older = try Data(contentsOf: URL(fileURLWithPath: dsr.database))
        let registered = try dsr.run(["register", "access", "--name", "Kuitattu Pyytäjä"])
        #expect(registered.status == 0)
        let anchor = try dsr.run(["audit", "anchor"]).stdout.trimmingCharacters(in: .newlines)
        #expect(anchor.hasPrefix("dsr-anchor v1 events=12 "))

        // When the older copy is put in the register's place (or its log cut off), it still verifies on its own
        try older.write(to: URL(fileURLWithPath: dsr.database))
        #expect(try dsr.run(["audit", "verify"]).status == 0)

        // Then with the anchor it fails, naming the event that is gone
        let result = try dsr.run(["audit", "verify", "--anchor", anchor, "--format", "json"])
        #expect(result.status == 1, "\(result.stdout) \(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let first = try #require((report["problems"] as? [[String: Any]])?.first)
        #expect(first["kind"] as? String == "anchor-not-contained")
        #expect(first["event"] as? Int == 12)
        #expect((first["detail"] as? String)?.contains("the register ends at event 11") == true, "\(first)")
        #expect(result.stderr.contains("event 12"), "\(result.stderr)")
    }

    @Test func anAnchorWhoseHashDiffersIsNotContained() throws {
        let dsr = try copy()
        defer { dsr.remove() }
        let other = "dsr-anchor v1 events=4 head=\(String(repeating: "0f", count: 32))"
        let result = try dsr.run(["audit", "verify", "--anchor", other])
        #expect(result.status == 1)
        #expect(
            result.stdout.contains("event 4: its hash is not the one the anchor '\(other)' recorded"),
            "\(result.stdout)")
    }

    @Test func backupKeepsItsAnchorAndAuditChecksTheAnchorsOfTheBackups() throws {
        // Given two backups, made before and after a registration, each with its anchor beside it
        let dsr = try copy()
        defer { dsr.remove() }
        let backups = dsr.folder.appendingPathComponent("backups")
        let first = backups.appendingPathComponent("monday.sqlite").path
        let second = backups.appendingPathComponent("tuesday.sqlite").path
        let made = try dsr.run(["backup", first])
        #expect(made.status == 0, "\(made.stderr)")
        let anchorFile = first + ".anchor"
        let kept = try String(contentsOfFile: anchorFile, encoding: .utf8)
        #expect(kept.wholeMatch(of: /dsr-anchor v1 events=11 head=[0-9a-f]{64}\n/) != nil, "\(kept)")
        #expect(made.stdout.contains("Anchor: \(kept.dropLast()) (kept in \(anchorFile)"), "\(made.stdout)")
        let mode = try FileManager.default.attributesOfItem(atPath: anchorFile)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try dsr.run(["register", "access", "--name", "Tiistain Pyytäjä"]).status == 0)
        #expect(try dsr.run(["backup", second]).status == 0)

        // When the register holds everything, the anchors of both backups are contained
        let intact = try dsr.run(["audit", "verify", "--anchor-file", backups.path])
        #expect(intact.status == 0, "\(intact.stdout) \(intact.stderr)")
        #expect(intact.stdout.contains("Anchors: 2 checked against the chain."))

        // Then after the older backup is restored, Tuesday's anchor shows the registration that was lost
        #expect(try dsr.run(["restore", first, "--force"]).status == 0)
        let rolledBack = try dsr.run(["audit", "verify", "--anchor-file", backups.path])
        #expect(rolledBack.status == 1, "\(rolledBack.stdout)")
        #expect(rolledBack.stdout.contains("event 12: the register ends at event 11"), "\(rolledBack.stdout)")
        #expect(try dsr.run(["audit", "verify", "--anchor-file", anchorFile]).status == 0)
    }

    @Test func backupNeverReplacesAnAnchorFileItWasNotToldToReplace() throws {
        let dsr = try copy()
        defer { dsr.remove() }
        let backup = dsr.folder.appendingPathComponent("b.sqlite").path
        try Data("kept by the officer\n".utf8).write(to: URL(fileURLWithPath: backup + ".anchor"))

        let refused = try dsr.run(["backup", backup])

        #expect(refused.status == 73, "\(refused.stderr)")
        #expect(refused.stderr.contains("\(backup).anchor already exists"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: backup))
        #expect(try String(contentsOfFile: backup + ".anchor", encoding: .utf8) == "kept by the officer\n")
        #expect(try dsr.run(["backup", backup, "--force"]).status == 0)
        #expect(try String(contentsOfFile: backup + ".anchor", encoding: .utf8).hasPrefix("dsr-anchor v1 events=11 "))
    }

    @Test func badAnchorsAreRefusedWithTheirExitCodes() throws {
        let dsr = try copy()
        defer { dsr.remove() }
        let before = try Data(contentsOf: URL(fileURLWithPath: dsr.database))
        let malformed = try dsr.run(["audit", "verify", "--anchor", "dsr-anchor v1 events=3 head=xyz"])
        #expect(malformed.status == 65)
        #expect(malformed.stderr.contains("the --anchor value holds no anchor line"), "\(malformed.stderr)")
        let file = dsr.folder.appendingPathComponent("kept.anchor")
        try Data("# Monday\ndsr-anchor v1 events=1 head=\(String(repeating: "0", count: 64))\n".utf8).write(to: file)
        let badLine = try dsr.run(["audit", "verify", "--anchor-file", file.path])
        #expect(badLine.status == 65)
        #expect(badLine.stderr.contains("line 2 of \(file.path) is not an anchor line"), "\(badLine.stderr)")
        #expect(try dsr.run(["audit", "verify", "--anchor-file", "/nonexistent/b.anchor"]).status == 66)
        #expect(try Data(contentsOf: URL(fileURLWithPath: dsr.database)) == before)
    }
}
