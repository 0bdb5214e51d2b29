import Foundation
import Testing

/// Rows changed, deleted or inserted with the `sqlite3` tool behind dsr's back, in every table that matters, are
/// found by `dsr audit verify`, which exits 1 and names the first broken event and case.
@Suite(.enabled(if: SQLiteTool.path != nil, "needs the sqlite3 tool (scripts/setup installs it)"))
struct TamperTests {
    /// One edit and what the audit must report first.
    struct Edit: Sendable, CustomTestStringConvertible {
        var name: String
        var sql: String
        var kind: String
        var event: Int?
        var caseNumber: String?

        var testDescription: String { name }
    }

    // The register (`template`): event 1 identity-key (the register's key, made with it), 2 controller-set; 2020-0001
    // access with an identity code: events 3 register, 4 acknowledge, 7 extend; 2020-0002 erasure: 5 register,
    // 8 refuse, 10 purge; 2020-0003 restriction: 6 register, 9 restrict; 2026-0001 access: 11 register, 12 refuse,
    // 13 letter-issued (its refusal certificate). Event 10's purge removed 2020-0002's personal data (events 5 and 8).
    static let edits: [Edit] = [
        Edit(
            name: "event changed", sql: "UPDATE event SET actor = 'intruder' WHERE sequence = 4",
            kind: "hash-mismatch", event: 4, caseNumber: "2020-0001"),
        Edit(
            name: "event day changed", sql: "UPDATE event SET \"on\" = '2026-11-01' WHERE sequence = 7",
            kind: "hash-mismatch", event: 7, caseNumber: "2020-0001"),
        Edit(
            name: "event public data changed",
            sql: "UPDATE event SET data = replace(data, 'art17', 'art18') WHERE sequence = 8",
            kind: "hash-mismatch", event: 8, caseNumber: "2020-0002"),
        Edit(
            name: "event deleted", sql: "DELETE FROM event WHERE sequence = 6",
            kind: "missing-events", event: 7, caseNumber: "2020-0001"),
        Edit(
            name: "last event deleted", sql: "DELETE FROM event WHERE sequence = 13",
            kind: "missing-event", event: nil, caseNumber: "2026-0001"),
        Edit(
            name: "purge event deleted", sql: "DELETE FROM event WHERE sequence = 10",
            kind: "missing-events", event: 11, caseNumber: "2026-0001"),
        Edit(
            name: "event inserted",
            sql: """
                INSERT INTO event (sequence, caseYear, caseSequence, name, "on", recordedAt, actor, workflowVersion, stateAfter,
                                   data, stateHash, previousHash, hash, format, personalHash)
                SELECT 14, caseYear, caseSequence, 'withdraw', "on", recordedAt, actor, workflowVersion, 'withdrawn', data,
                       stateHash, (SELECT hash FROM event WHERE sequence = 13), hash, format, NULL
                FROM event WHERE sequence = 9
                """, kind: "hash-mismatch", event: 14, caseNumber: "2020-0003"),
        Edit(
            name: "request changed",
            sql: """
                UPDATE request SET record = replace(record, 'Aino', 'Aune') WHERE caseSequence = 1
                """, kind: "state-mismatch", event: nil, caseNumber: "2020-0001"),
        Edit(
            name: "request deadline moved", sql: "UPDATE request SET deadline = '2099-01-01' WHERE caseSequence = 3",
            kind: "columns-mismatch", event: nil, caseNumber: "2020-0003"),
        Edit(
            name: "request deleted", sql: "DELETE FROM request WHERE caseSequence = 3",
            kind: "missing-request", event: nil, caseNumber: "2020-0003"),
        Edit(
            name: "request inserted",
            sql: """
                INSERT INTO request SELECT caseYear, 4, kind, state, clock, workflowVersion, received, deadline, closedOn,
                       isOpen, outcome, lastEventSequence, record, reference, importKey, channel, language, isExtended
                  FROM request WHERE caseSequence = 3
                """, kind: "missing-event", event: nil, caseNumber: "2020-0004"),
        Edit(
            name: "counter changed", sql: "UPDATE caseCounter SET \"last\" = 7",
            kind: "counter-mismatch", event: nil, caseNumber: nil),
        Edit(
            name: "counter deleted", sql: "DELETE FROM caseCounter",
            kind: "counter-mismatch", event: nil, caseNumber: nil),
        Edit(
            name: "counter inserted", sql: "INSERT INTO caseCounter VALUES (2025, 1)",
            kind: "counter-mismatch", event: nil, caseNumber: nil),
        Edit(
            name: "controller profile changed",
            sql: "UPDATE controllerProfile SET profile = replace(profile, 'Esimerkki', 'Huijari')",
            kind: "state-mismatch", event: 2, caseNumber: nil),
        Edit(
            name: "controller profile deleted", sql: "DELETE FROM controllerProfile",
            kind: "missing-profile", event: 2, caseNumber: nil),
        Edit(
            name: "controller profile inserted",
            sql: """
                INSERT INTO controllerProfile SELECT 2, profile, createdAt, 4 FROM controllerProfile
                """, kind: "missing-event", event: 4, caseNumber: nil),
        Edit(
            name: "personal data changed", sql: "UPDATE eventPersonal SET data = replace(data, 'Aino', 'Aune')",
            kind: "personal-data-mismatch", event: 3, caseNumber: "2020-0001"),
        Edit(
            name: "personal data deleted", sql: "DELETE FROM eventPersonal WHERE sequence = 7",
            kind: "personal-data-missing", event: 7, caseNumber: "2020-0001"),
        Edit(
            name: "personal data inserted", sql: "INSERT INTO eventPersonal VALUES (4, 'salt', '{}')",
            kind: "unexpected-personal-data", event: 4, caseNumber: "2020-0001"),
        Edit(
            name: "issued letter file changed", sql: "UPDATE letterFile SET content = X'00' WHERE format = 'text'",
            kind: "letter-mismatch", event: nil, caseNumber: "2026-0001"),
        Edit(
            name: "issued letter changed", sql: "UPDATE letter SET date = '2026-01-01'",
            kind: "letter-mismatch", event: nil, caseNumber: "2026-0001"),
        Edit(
            name: "issued letter deleted", sql: "DELETE FROM letterFile; DELETE FROM letter",
            kind: "letter-mismatch", event: 13, caseNumber: "2026-0001"),
        Edit(
            name: "issued letter file inserted",
            sql: """
                INSERT INTO letterFile SELECT caseYear, caseSequence, 2, format, sha256, content FROM letterFile LIMIT 1
                """, kind: "letter-mismatch", event: nil, caseNumber: "2026-0001"),
        Edit(
            name: "personal data put back after the purge", sql: "INSERT INTO eventPersonal VALUES (5, 'salt', '{}')",
            kind: "personal-data-mismatch", event: 5, caseNumber: "2020-0002"),
    ]

    /// A register with every table filled, built once through the binary; its bytes and its key file's.
    static let template: Result<(register: Data, key: Data), any Error> = Result {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        for arguments in [
            [
                "controller", "set", "--name", "Esimerkki Oy", "--business-id", "2747637-5", "--address",
                "Kytinkatu 2, 20380 Turku", "--email", "tietosuoja@esimerkki.fi", "--contact", "Sasu Mikkola",
            ],
            ["register", "access", "--name", "Aino Arkistoija", "--hetu", "131052-308T", "--received", "2020-03-02"],
            ["acknowledge", "2020-0001", "--on", "2020-03-03"],
            [
                "register", "erasure", "--name", "Bertta Poistaja", "--email", "b@example.fi", "--received",
                "2020-03-04",
            ],
            ["register", "restriction", "--name", "Cecilia Rajoittaja", "--received", "2020-03-05"],
            ["extend", "2020-0001", "--reason", "Laaja aineisto", "--on", "2020-03-06"],
            [
                "refuse", "2020-0002", "--ground", "art17-3-b-legal-obligation", "--reason", "Kirjanpitolaki", "--on",
                "2020-03-07",
            ],
            ["restrict", "2020-0003", "--end-condition", "Tarkistus", "--no-recipients", "--on", "2020-03-08"],
            ["purge", "--closed-before", "2020-04-01"],
            ["register", "access", "--name", "Daavid Kirjeellinen", "--received", "2026-11-02"],
            ["refuse", "2026-0001", "--ground", "art12-5-excessive", "--reason", "Toistuva", "--on", "2026-11-20"],
            ["letter", "2026-0001", "refusal", "--issue"],
        ] {
            let result = try dsr.run(arguments, today: "2026-11-21")
            guard result.status == 0 else { throw SQLiteTool.ToolError(message: "\(arguments): \(result.stderr)") }
        }
        return (
            try Data(contentsOf: URL(fileURLWithPath: dsr.database)),
            try Data(contentsOf: URL(fileURLWithPath: dsr.database + ".key"))
        )
    }

    /// Writes a private copy of the register into a fresh folder.
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

    @Test func untouchedRegisterVerifies() throws {
        let dsr = try copy()
        defer { dsr.remove() }
        let result = try dsr.run(["audit", "verify"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.contains(
                "Checked 13 event(s), 4 request(s) (4 replayed through their workflow), 1 controller-profile version(s)."
            ))
        #expect(result.stdout.contains("2 removed by purge. Issued letters: 1 checked."))
        #expect(result.stdout.contains("The register is intact."))
    }

    @Test(arguments: edits)
    func editBehindDsrsBackIsFound(_ edit: Edit) throws {
        // Given a copy of the register edited with sqlite3, triggers dropped and put back
        let caseNumber = edit.caseNumber
        let dsr = try copy()
        defer { dsr.remove() }
        try SQLiteTool.tamper(dsr.database, edit.sql)

        // When the audit runs
        let result = try dsr.run(["audit", "verify", "--format", "json"])

        // Then it fails with exit 1, and names the first broken event and case, in its report and its message
        #expect(result.status == 1, "\(edit.name): \(result.stdout) \(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let problems = try #require(report["problems"] as? [[String: Any]])
        #expect(problems.first?["kind"] as? String == edit.kind, "\(edit.name): \(problems)")
        #expect(problems.first?["event"] as? Int == edit.event, "\(edit.name): \(problems)")
        #expect(problems.first?["case"] as? String == caseNumber, "\(edit.name): \(problems)")
        if let event = edit.event { #expect(result.stderr.contains("event \(event)"), "\(result.stderr)") }
        if let caseNumber { #expect(result.stderr.contains("case \(caseNumber)"), "\(result.stderr)") }
        #expect(!result.stderr.contains("Aino") && !result.stdout.contains("Aino"))
    }

    @Test func droppedTriggerIsFound() throws {
        let dsr = try copy()
        defer { dsr.remove() }
        try SQLiteTool.run(dsr.database, "DROP TRIGGER event_noDelete;")

        let result = try dsr.run(["audit", "verify"])

        #expect(result.status == 1)
        #expect(result.stdout.contains("trigger event_noDelete is missing"))
    }

    @Test func sqliteItselfRefusesEditsWhileTheTriggersStand() throws {
        let dsr = try copy()
        defer { dsr.remove() }
        for sql in [
            "UPDATE event SET actor = 'x' WHERE sequence = 2;", "DELETE FROM event WHERE sequence = 9;",
            "DELETE FROM request;", "UPDATE controllerProfile SET profile = '{}';", "DELETE FROM caseCounter;",
            "UPDATE eventPersonal SET data = '{}';", "DELETE FROM eventPersonal WHERE sequence = 6;",
        ] {
            #expect(throws: SQLiteTool.ToolError.self) { try SQLiteTool.run(dsr.database, sql) }
        }
        #expect(try dsr.run(["audit", "verify"]).status == 0)
    }
}
