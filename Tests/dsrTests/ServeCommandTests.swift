import Foundation
import Testing

/// `dsr serve` as a process: it refuses bad options before listening, serves the API on loopback to the register's
/// own users' tokens (`dsr token create`), logs one line per request, and stops cleanly (exit 0) on SIGTERM.
@Suite(.serialized)
struct ServeCommandTests {
    /// A handler `henri` in the register and an API token of theirs, made with `dsr user add` and
    /// `dsr token create` (the token is the last line of its output).
    static func handlerToken(in binary: DSRBinary) throws -> String {
        let added = try UserCommandTests.run(
            binary, ["user", "add", "henri", "--role", "handler", "--password-stdin"], input: "salasana-12345\n")
        try #require(added.status == 0, "\(added.stderr)")
        let created = try binary.run(["token", "create", "--user", "henri", "--label", "test"])
        try #require(created.status == 0, "\(created.stderr)")
        return try #require(created.stdout.split(separator: "\n").last.map(String.init))
    }

    /// Runs a command and returns its standard output.
    static func command(_ path: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// `curl`'s answer: the status and the body.
    static func curl(_ arguments: [String]) throws -> (status: Int, body: String) {
        let output = try command("/usr/bin/curl", ["-s", "-m", "10", "-w", "\n%{http_code}"] + arguments)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        return (Int(lines.last ?? "") ?? 0, lines.dropLast().joined(separator: "\n"))
    }

    @Test("bad options are refused before anything listens")
    func refusals() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        #expect(try dsr.run(["serve"]).status == 66)  // no register yet
        #expect(try dsr.run(["init"]).status == 0)
        let actor = try dsr.run(["serve", "--actor", "someone"])
        #expect(actor.status == 64)
        #expect(actor.stderr.contains("each change is recorded with the user of its token"))
        let badListen = try dsr.run(["serve", "--listen", "localhost"])
        #expect(badListen.status == 65)
        #expect(badListen.stderr.contains("--listen"))
    }

    /// Starts `dsr serve` on a random loopback port of `dsr`'s register, with JSON logs, and waits until it answers.
    static func startServer(_ dsr: DSRBinary) async throws -> (process: Process, port: Int, log: Pipe) {
        let port = Int.random(in: 20_000...60_000)
        let process = Process()
        process.executableURL = DSRBinary.executable
        process.arguments = [
            "serve", "--listen", "127.0.0.1:\(port)", "--log-format", "json",
        ]
        var environment = ProcessInfo.processInfo.environment
        environment["DSR_DATABASE"] = dsr.database
        environment["DSR_TODAY"] = "2026-11-21"
        process.environment = environment
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let base = "http://127.0.0.1:\(port)/api/v1"
        var ready = false
        for _ in 0..<100 where !ready {
            try await Task.sleep(for: .milliseconds(200))
            ready = try Self.curl([base + "/openapi.yaml"]).status == 200
        }
        if !ready { process.terminate() }
        try #require(ready, "the server did not answer within 20 s")
        return (process, port, err)
    }

    @Test("a connection that sends nothing is closed after the idle timeout, not held for good")
    func idleConnectionsAreClosed() async throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        #expect(try dsr.run(["init"]).status == 0)
        let (process, port, _) = try await Self.startServer(dsr)
        defer { if process.isRunning { process.terminate() } }
        // bash opens a TCP connection, sends nothing and reads until the server closes it (or 60 s pass: exit 124)
        let started = ContinuousClock.now
        let idle = try Self.command(
            "/usr/bin/timeout", ["60", "bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/\(port); cat <&3; echo closed"])
        let waited = ContinuousClock.now - started
        #expect(idle.contains("closed"))
        #expect(waited >= .seconds(25) && waited < .seconds(60), "closed after \(waited)")
    }

    @Test("serves on loopback, logs each request by its route, stops on SIGTERM with exit 0")
    func servesAndStops() async throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        #expect(try dsr.run(["init"]).status == 0)
        let token = try Self.handlerToken(in: dsr)
        let (process, port, err) = try await Self.startServer(dsr)
        defer { if process.isRunning { process.terminate() } }
        let base = "http://127.0.0.1:\(port)/api/v1"
        #expect(try Self.curl([base + "/requests"]).status == 401)
        let registered = try Self.curl([
            "-H", "Authorization: Bearer \(token)", "-H", "Content-Type: application/json", "-d",
            #"{"kind":"access","name":"Matti Virtanen","received":"2026-11-20"}"#, base + "/requests",
        ])
        #expect(registered.status == 201)
        #expect(registered.body.contains(#""case":"2026-0001""#))
        let shown = try Self.curl(["-H", "Authorization: Bearer \(token)", base + "/requests/2026-0001"])
        #expect(shown.status == 200)
        // A body over 1 MiB sent in chunks, without a Content-Length: 413, nothing registered.
        let big = dsr.folder.appendingPathComponent("big.json")
        try Data(
            (#"{"kind":"access","name":"Matti Virtanen","note":""# + String(repeating: "a", count: 1_500_000) + #""}"#)
                .utf8
        )
        .write(to: big)
        let tooLarge = try Self.curl([
            "-H", "Authorization: Bearer \(token)", "-H", "Content-Type: application/json", "-H",
            "Transfer-Encoding: chunked", "--data-binary", "@" + big.path, base + "/requests",
        ])
        #expect(tooLarge.status == 413)
        #expect(tooLarge.body.contains("urn:dsr:problem:body-too-large"))
        process.terminate()  // SIGTERM
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let log = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(log.contains(#""route":"/api/v1/requests/{case}""#))
        #expect(log.contains(#""status":"201""#))
        #expect(!log.contains("Matti") && !log.contains(token) && !log.contains("2026-0001"))
        let list = try dsr.run(["list", "--all", "--format", "json"])
        #expect(list.stdout.contains("2026-0001"))
        #expect(!list.stdout.contains("2026-0002"))
    }
}
