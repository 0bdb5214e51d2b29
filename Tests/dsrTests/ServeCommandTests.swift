import Foundation
import Testing

/// `dsr serve` as a process: it refuses bad options before listening, serves the API on loopback with the tokens of
/// `--tokens-file`, logs one line per request, and stops cleanly (exit 0) on SIGTERM.
@Suite(.serialized)
struct ServeCommandTests {
    /// A tokens file in the test's folder with one handler token (`handler-token` for `henri`).
    static func tokensFile(in binary: DSRBinary) throws -> String {
        let path = binary.folder.appendingPathComponent("tokens").path
        // SHA-256 of "handler-token".
        let hash = try sha256(of: "handler-token")
        try Data("\(hash) henri handler\n".utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The SHA-256 of a text in hex, by `sha256sum` (the tests do not link the server's module).
    static func sha256(of text: String) throws -> String {
        let result = try command("/bin/sh", ["-c", "printf %s \"$0\" | sha256sum | cut -d' ' -f1", text])
        return result.trimmingCharacters(in: .whitespacesAndNewlines)
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
        let tokens = try Self.tokensFile(in: dsr)
        #expect(try dsr.run(["serve", "--tokens-file", tokens]).status == 66)  // no register yet
        #expect(try dsr.run(["init"]).status == 0)
        let actor = try dsr.run(["serve", "--actor", "someone", "--tokens-file", tokens])
        #expect(actor.status == 64)
        #expect(actor.stderr.contains("each change is recorded with the user of its token"))
        let badListen = try dsr.run(["serve", "--listen", "localhost", "--tokens-file", tokens])
        #expect(badListen.status == 65)
        #expect(badListen.stderr.contains("--listen"))
        #expect(try dsr.run(["serve", "--tokens-file", dsr.folder.appendingPathComponent("none").path]).status == 66)
        try Data("abc henri handler\n".utf8).write(to: URL(fileURLWithPath: tokens))
        let badTokens = try dsr.run(["serve", "--tokens-file", tokens])
        #expect(badTokens.status == 65)
        #expect(badTokens.stderr.contains("line 1"))
    }

    @Test("serves on loopback, logs each request by its route, stops on SIGTERM with exit 0")
    func servesAndStops() async throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let tokens = try Self.tokensFile(in: dsr)
        #expect(try dsr.run(["init"]).status == 0)
        let port = Int.random(in: 20_000...60_000)
        let process = Process()
        process.executableURL = DSRBinary.executable
        process.arguments = [
            "serve", "--listen", "127.0.0.1:\(port)", "--tokens-file", tokens, "--log-format", "json",
        ]
        var environment = ProcessInfo.processInfo.environment
        environment["DSR_DATABASE"] = dsr.database
        environment["DSR_TODAY"] = "2026-11-21"
        process.environment = environment
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let base = "http://127.0.0.1:\(port)/api/v1"
        var ready = false
        for _ in 0..<100 where !ready {
            try await Task.sleep(for: .milliseconds(200))
            ready = try Self.curl([base + "/openapi.yaml"]).status == 200
        }
        try #require(ready, "the server did not answer within 20 s")
        #expect(try Self.curl([base + "/requests"]).status == 401)
        let registered = try Self.curl([
            "-H", "Authorization: Bearer handler-token", "-H", "Content-Type: application/json", "-d",
            #"{"kind":"access","name":"Matti Virtanen","received":"2026-11-20"}"#, base + "/requests",
        ])
        #expect(registered.status == 201)
        #expect(registered.body.contains(#""case":"2026-0001""#))
        let shown = try Self.curl(["-H", "Authorization: Bearer handler-token", base + "/requests/2026-0001"])
        #expect(shown.status == 200)
        // A body over 1 MiB sent in chunks, without a Content-Length: 413, nothing registered.
        let big = dsr.folder.appendingPathComponent("big.json")
        try Data(
            (#"{"kind":"access","name":"Matti Virtanen","note":""# + String(repeating: "a", count: 1_500_000) + #""}"#)
                .utf8
        )
        .write(to: big)
        let tooLarge = try Self.curl([
            "-H", "Authorization: Bearer handler-token", "-H", "Content-Type: application/json", "-H",
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
        #expect(!log.contains("Matti") && !log.contains("handler-token") && !log.contains("2026-0001"))
        let list = try dsr.run(["list", "--all", "--format", "json"])
        #expect(list.stdout.contains("2026-0001"))
        #expect(!list.stdout.contains("2026-0002"))
    }
}
