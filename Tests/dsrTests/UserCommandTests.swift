import Crypto
import Foundation
import Testing

/// `dsr user`, `dsr token` and `dsr access-log` through the built binary: exit codes, what is printed once, and what
/// the register keeps (read back with `sqlite3`).
struct UserCommandTests {
    /// A password the rules accept.
    static let password = "correct horse battery staple"

    /// Runs dsr in `binary`'s register with `input` on standard input (an empty input when `nil`).
    @discardableResult
    static func run(_ binary: DSRBinary, _ arguments: [String], input: String? = nil) throws -> DSRBinary.Result {
        let process = Process()
        process.executableURL = DSRBinary.executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["DSR_DATABASE"] = binary.database
        environment["DSR_TODAY"] = "2026-11-21"
        environment["DSR_ACTOR"] = "test-officer"
        process.environment = environment
        let stdin = Pipe()
        let out = Pipe()
        let err = Pipe()
        process.standardInput = stdin
        process.standardOutput = out
        process.standardError = err
        try process.run()
        stdin.fileHandleForWriting.write(Data((input ?? "").utf8))
        try stdin.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return DSRBinary.Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// The register's file and its write-ahead log, as bytes.
    static func registerBytes(_ binary: DSRBinary) -> Data {
        var bytes = (try? Data(contentsOf: URL(fileURLWithPath: binary.database))) ?? Data()
        bytes += (try? Data(contentsOf: URL(fileURLWithPath: binary.database + "-wal"))) ?? Data()
        return bytes
    }

    @Test func usersAreAddedListedGivenRolesAndDisabledWithDocumentedExitCodes() throws {
        let binary = try DSRBinary()
        defer { binary.remove() }

        // Adding users: the password comes from standard input
        let added = try Self.run(binary, ["user", "add", "anna", "--role", "admin"], input: Self.password + "\n")
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("User anna added as admin."))
        #expect(try Self.run(binary, ["user", "add", "bob", "--role", "handler"], input: Self.password).status == 0)

        // Listed without secrets, as text and as JSON
        let list = try Self.run(binary, ["user", "list"])
        #expect(list.stdout.contains("anna                  admin    enabled   set"))
        let json = try Self.run(binary, ["user", "list", "--format", "json"])
        let users = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(users.map { $0["name"] as? String } == ["anna", "bob"])
        #expect(users.map { $0["sessionsGeneration"] as? Int } == [1, 1])
        #expect(!json.stdout.contains("$2b$"))

        // A role change, then the same role again (refused, 1)
        let role = try Self.run(binary, ["user", "role", "bob", "auditor"])
        #expect(role.status == 0)
        #expect(role.stdout.contains("User bob is now auditor"))
        #expect(try Self.run(binary, ["user", "role", "bob", "auditor"]).status == 1)

        // The last enabled admin cannot be disabled (1); others can, once
        let last = try Self.run(binary, ["user", "disable", "anna"])
        #expect(last.status == 1)
        #expect(last.stderr.contains("last enabled admin"))
        #expect(try Self.run(binary, ["user", "disable", "bob"]).status == 0)
        #expect(try Self.run(binary, ["user", "disable", "bob"]).status == 1)
        #expect(try Self.run(binary, ["user", "list"]).stdout.contains("bob                   auditor  disabled"))

        // Unknown (66), duplicate (1), bad name or role (65), and no message names the user
        let unknown = try Self.run(binary, ["user", "disable", "maija.meikalainen"])
        #expect(unknown.status == 66)
        #expect(!unknown.stderr.contains("maija"))
        let duplicate = try Self.run(binary, ["user", "add", "anna", "--role", "handler"], input: Self.password)
        #expect(duplicate.status == 1)
        #expect(duplicate.stderr.contains("exists already"))
        let badName = try Self.run(binary, ["user", "add", "Maija Meikäläinen", "--role", "handler"], input: "x")
        #expect(badName.status == 65)
        #expect(!badName.stderr.contains("Maija"))
        #expect(try Self.run(binary, ["user", "add", "carl", "--role", "boss"], input: Self.password).status == 65)

        // Every change is in the chain, which verifies
        let audit = try Self.run(binary, ["audit", "verify"])
        #expect(audit.status == 0, "\(audit.stdout)\(audit.stderr)")
    }

    @Test(arguments: [
        ("short pass\n", "password is shorter than 12 characters"),
        (String(repeating: "ä", count: 37) + "\n", "password is longer than 72 bytes"),
        ("", "password must not be empty"),
    ])
    func aPasswordOutsideTheRulesIsRefusedWith65AndNothingIsAdded(input: String, message: String) throws {
        let binary = try DSRBinary()
        defer { binary.remove() }
        let result = try Self.run(binary, ["user", "add", "anna", "--role", "admin"], input: input)
        #expect(result.status == 65)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        // Refused before the register is opened: a mistyped --database gets no new register
        #expect(!FileManager.default.fileExists(atPath: binary.database))
        let list = try Self.run(binary, ["user", "list"])
        #expect(!list.stdout.contains("anna"))
    }

    @Test(.enabled(if: SQLiteTool.path != nil, "needs the sqlite3 tool"))
    func aTokenIsPrintedOnceOnTheLastLineAndOnlyItsSHA256IsKept() throws {
        let binary = try DSRBinary()
        defer { binary.remove() }
        try Self.run(binary, ["user", "add", "ci-bot", "--role", "handler"], input: Self.password)

        let created = try Self.run(binary, ["token", "create", "--user", "ci-bot", "--label", "ci"])
        #expect(created.status == 0, "\(created.stderr)")
        let lines = created.stdout.split(separator: "\n").map(String.init)
        let token = try #require(lines.last)
        #expect(token.hasPrefix("dsr_3_"))
        let secret = String(token.dropFirst("dsr_3_".count))
        #expect(secret.count == 43)

        // The register holds the secret's SHA-256, and neither the token nor the password anywhere in its bytes
        let stored = try SQLiteTool.run(binary.database, "SELECT id, user, kind, label, secretHash FROM apiToken;")
        let hash = SHA256.hash(data: Array(secret.utf8)).map { String(format: "%02x", $0) }.joined()
        #expect(stored == "3|ci-bot|api|ci|\(hash)\n")
        let bytes = Self.registerBytes(binary)
        #expect(bytes.range(of: Data(secret.utf8)) == nil)
        #expect(bytes.range(of: Data(Self.password.utf8)) == nil)
        let event = try SQLiteTool.run(binary.database, "SELECT data FROM event WHERE name = 'token-created';")
        #expect(event == #"{"kind":"api","label":"ci","user":"ci-bot"}"# + "\n")

        // The list shows no secret; revoking works once (then 1), an unknown id is 66
        let list = try Self.run(binary, ["token", "list", "--format", "json"])
        #expect(list.stdout.contains("\"label\" : \"ci\""))
        #expect(!list.stdout.contains(secret))
        #expect(try Self.run(binary, ["token", "revoke", "3"]).stdout == "Token 3 revoked.\n")
        #expect(try Self.run(binary, ["token", "revoke", "3"]).status == 1)
        #expect(try Self.run(binary, ["token", "revoke", "99"]).status == 66)
        #expect(try Self.run(binary, ["token", "revoke", "two"]).status == 65)

        // A calendar token, and a token for a user who does not exist (66)
        let calendar = try Self.run(binary, ["token", "create", "--user", "ci-bot", "--label", "phone", "--calendar"])
        #expect(calendar.stdout.contains("(calendar)"))
        #expect(try Self.run(binary, ["token", "create", "--user", "nobody", "--label", "x"]).status == 66)
        #expect(try Self.run(binary, ["audit", "verify"]).status == 0)
    }

    @Test func aSignInLinkPrintsASetupCodeThatSetsThePasswordOnce() throws {
        let binary = try DSRBinary()
        defer { binary.remove() }
        let added = try Self.run(binary, ["user", "add", "bob", "--role", "handler", "--sign-in-link"])
        #expect(added.status == 0, "\(added.stderr)")
        let code = try #require(added.stdout.split(separator: "\n").last.map(String.init))
        #expect(code.count == 32)
        #expect(try Self.run(binary, ["user", "list"]).stdout.contains("setup code pending"))

        let wrong = try Self.run(
            binary, ["user", "password", "bob", "--code", String(code.reversed()), "--password-stdin"],
            input: Self.password)
        #expect(wrong.status == 1)
        #expect(!wrong.stderr.contains(code))
        let redeemed = try Self.run(
            binary, ["user", "password", "bob", "--code", code, "--password-stdin"], input: Self.password)
        #expect(redeemed.status == 0, "\(redeemed.stderr)")
        #expect(try Self.run(binary, ["user", "list"]).stdout.contains("bob                   handler  enabled   set"))
        let again = try Self.run(
            binary, ["user", "password", "bob", "--code", code, "--password-stdin"], input: Self.password)
        #expect(again.status == 1)
        // Both options at once is a usage error
        let both = try Self.run(
            binary, ["user", "add", "carl", "--role", "handler", "--sign-in-link", "--password-stdin"])
        #expect(both.status == 64)
    }

    @Test(.enabled(if: SQLiteTool.path != nil, "needs the sqlite3 tool"))
    func aUserRowChangedBehindDsrsBackFailsTheAudit() throws {
        let binary = try DSRBinary()
        defer { binary.remove() }
        try Self.run(binary, ["user", "add", "anna", "--role", "admin"], input: Self.password)
        try Self.run(binary, ["user", "add", "bob", "--role", "auditor"], input: Self.password)
        #expect(try Self.run(binary, ["audit", "verify"]).status == 0)

        // An auditor made an admin by editing the row, triggers put back as they were
        try SQLiteTool.tamper(binary.database, "UPDATE account SET role = 'admin' WHERE name = 'bob'")

        let audit = try Self.run(binary, ["audit", "verify"])
        #expect(audit.status == 1)
        #expect(audit.stdout.contains("is not the state this event recorded"), "\(audit.stdout)")
        #expect(audit.stderr.contains("user-mismatch"), "\(audit.stderr)")
    }

    @Test func theAccessLogIsEmptyUntilAServerRecordsViews() throws {
        let binary = try DSRBinary()
        defer { binary.remove() }
        try Self.run(binary, ["init"])
        let log = try Self.run(binary, ["access-log"])
        #expect(log.status == 0)
        #expect(log.stdout == "No views recorded.\n")
        #expect(try Self.run(binary, ["access-log", "--case", "2026-0001"]).stdout == "No views recorded.\n")
        #expect(try Self.run(binary, ["access-log", "--case", "twenty"]).status == 65)
    }
}
