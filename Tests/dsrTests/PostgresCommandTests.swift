import Foundation
import Testing

/// The tool's main job on a PostgreSQL register, when `DSR_TEST_POSTGRES_URL` names a server (`scripts/pg start`
/// prints one; without it the test prints that it was skipped): `dsr init` makes the register and its key, a
/// tarkastuspyyntö is registered, the overdue list shows it, a refusal certificate is issued, and `dsr backup` writes
/// a portable SQLite register that verifies on its own.
struct PostgresCommandTests {
    /// The server's URL, or `nil` (with a printed note) to skip.
    private static let server: String? = {
        guard let url = ProcessInfo.processInfo.environment["DSR_TEST_POSTGRES_URL"], !url.isEmpty else {
            print("PostgresCommandTests: SKIPPED: DSR_TEST_POSTGRES_URL is not set (start a server with scripts/pg)")
            return nil
        }
        return url
    }()

    /// Runs `psql` on the server's maintenance database.
    private static func psql(_ url: String, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", "-q", "-v", "ON_ERROR_STOP=1", url, "-c", sql]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "psql failed: \(sql)")
    }

    @Test func theMainJobRunsOnAPostgreSQLRegisterAndItsBackupVerifiesAsSQLite() throws {
        guard let server = Self.server else { return }
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let name = "dsr_cli_" + UUID().uuidString.prefix(8).lowercased()
        try Self.psql(server, "CREATE DATABASE \(name)")
        defer { try? Self.psql(server, "DROP DATABASE \(name) WITH (FORCE)") }
        guard let slash = server.lastIndex(of: "/") else { throw CancellationError() }
        let register = server[..<slash] + "/" + name
        let keys = dsr.folder.appendingPathComponent("keys")
        let environment: [String: String?] = ["DSR_DATABASE": String(register), "XDG_CONFIG_HOME": keys.path]
        let work = dsr.folder.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)

        // When the register is made and a tarkastuspyyntö received in October is registered
        let initialised = try dsr.run(["init"], environment: environment, in: work)
        #expect(initialised.status == 0, "\(initialised.stderr)")
        #expect(initialised.stderr.contains(keys.path), "the key's place is named")
        let profile = try dsr.run(
            [
                "controller", "set", "--name", "Esimerkki Oy", "--business-id", "2747637-5", "--address",
                "Esimerkkikatu 2, 00100 Helsinki", "--email", "tietosuoja@example.fi",
            ],
            environment: environment, in: work)
        #expect(profile.status == 0, "\(profile.stderr)")
        let registered = try dsr.run(
            [
                "register", "access", "--name", "Maija Meikäläinen", "--hetu", "131052-308T", "--received",
                "2026-10-01",
            ],
            environment: environment, in: work)
        #expect(registered.status == 0, "\(registered.stderr)")
        #expect(registered.stdout.contains("2026-0001"))

        // Then it is overdue, its refusal certificate can be issued, and the register verifies
        let overdue = try dsr.run(["overdue"], environment: environment, in: work)
        #expect(overdue.stdout.contains("2026-0001"))
        let refused = try dsr.run(
            [
                "refuse", "2026-0001", "--reason", "Pyyntö on ilmeisen perusteeton.", "--ground",
                "art12-5-manifestly-unfounded", "--on", "2026-11-20",
            ],
            environment: environment, in: work)
        #expect(refused.status == 0, "\(refused.stderr)")
        let letter = try dsr.run(["letter", "2026-0001", "refusal", "--issue"], environment: environment, in: work)
        #expect(letter.status == 0, "\(letter.stderr)")
        #expect(letter.stdout.contains("Tietosuojavaltuutet"))
        let verified = try dsr.run(["audit", "verify"], environment: environment, in: work)
        #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")

        // And its backup is an SQLite register that verifies on its own, given a copy of the key
        let backup = work.appendingPathComponent("backup.sqlite").path
        let made = try dsr.run(["backup", backup], environment: environment, in: work)
        #expect(made.status == 0, "\(made.stderr)")
        let key = try #require(
            FileManager.default.subpaths(atPath: keys.path)?.first { $0.hasSuffix(".key") })
        try FileManager.default.copyItem(atPath: keys.appendingPathComponent(key).path, toPath: backup + ".key")
        let checked = try dsr.run(
            ["audit", "verify", "--database", backup, "--anchor-file", backup + ".anchor"], in: work)
        #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
        let shown = try dsr.run(["show", "2026-0001", "--database", backup], in: work)
        #expect(shown.stdout.contains("Maija Meikäläinen"))

        // And nothing was written in the working folder but the backup and its companions
        let left = (FileManager.default.subpaths(atPath: work.path) ?? []).sorted()
        #expect(left.allSatisfy { $0.hasPrefix("backup.sqlite") }, "\(left)")

        // And the backup migrates into an empty PostgreSQL database, which then verifies and serves the case
        let copyName = name + "_copy"
        try Self.psql(server, "CREATE DATABASE \(copyName)")
        defer { try? Self.psql(server, "DROP DATABASE \(copyName) WITH (FORCE)") }
        let copy = String(server[..<slash] + "/" + copyName)
        let migrated = try dsr.run(["migrate", "--from", backup, "--to", copy], environment: environment, in: work)
        #expect(migrated.status == 0, "\(migrated.stdout)\(migrated.stderr)")
        #expect(migrated.stdout.contains("The copy verifies"))
        #expect(migrated.stderr.contains("event: "), "progress is shown")
        let copied = try dsr.run(["audit", "verify", "--database", copy], environment: environment, in: work)
        #expect(copied.status == 0, "\(copied.stdout)\(copied.stderr)")
        let again = try dsr.run(["migrate", "--from", backup, "--to", copy], environment: environment, in: work)
        #expect(again.status == 73, "a register with events is not migrated into")

        // And it migrates back out into a new SQLite register with its key
        let out = work.appendingPathComponent("out.sqlite").path
        let left2 = try dsr.run(["migrate", "--from", copy, "--to", out], environment: environment, in: work)
        #expect(left2.status == 0, "\(left2.stdout)\(left2.stderr)")
        #expect(FileManager.default.fileExists(atPath: out + ".key"))
        let outVerified = try dsr.run(["audit", "verify", "--database", out], in: work)
        #expect(outVerified.status == 0, "\(outVerified.stdout)\(outVerified.stderr)")
    }
}
