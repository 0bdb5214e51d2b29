import DSRStore
import Foundation
import Testing

/// The hostile-input corpus (Fixtures/hostile, written by scripts/hostile-corpus): every bad input gives its
/// documented exit code and a message, and leaves the register and its key file byte for byte unchanged.
struct HostileInputTests {
    /// One case of the corpus.
    struct Case: Sendable, CustomTestStringConvertible {
        var id: String
        var arguments: [[UInt8]]
        var exit: Int32
        var message: String?

        var testDescription: String { id }
    }

    /// The corpus folder in the package.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/hostile")

    /// Every case of the corpus, in file order.
    static let cases: [Case] = {
        guard let text = try? String(contentsOf: folder.appendingPathComponent("cases.jsonl"), encoding: .utf8) else {
            return []
        }
        return text.split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let id = object["id"] as? String, let arguments = object["args"] as? [Any],
                let exit = object["exit"] as? Int
            else { return nil }
            return Case(
                id: id, arguments: arguments.map(bytes(of:)), exit: Int32(exit), message: object["message"] as? String)
        }
    }()

    /// The bytes of one argument: a string, `{"hex": "…"}`, `{"repeat": "…", "count": N}` or `{"concat": [...]}`.
    static func bytes(of argument: Any) -> [UInt8] {
        if let text = argument as? String { return Array(text.utf8) }
        guard let object = argument as? [String: Any] else { return [] }
        if let hex = object["hex"] as? String {
            let digits = Array(hex.utf8)
            return stride(from: 0, to: digits.count - 1, by: 2).compactMap {
                UInt8(String(decoding: digits[$0...$0 + 1], as: UTF8.self), radix: 16)
            }
        }
        if let unit = object["repeat"] as? String, let count = object["count"] as? Int {
            return Array(String(repeating: unit, count: count).utf8)
        }
        if let parts = object["concat"] as? [Any] { return parts.flatMap(bytes(of:)) }
        return []
    }

    /// The register every case starts from, built once from setup.jsonl: the file and its key file's bytes.
    static let template: Result<(register: Data, key: Data), any Error> = Result {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let text = try String(contentsOf: folder.appendingPathComponent("setup.jsonl"), encoding: .utf8)
        for line in text.split(separator: "\n") {
            let arguments = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String] ?? []
            let result = try dsr.run(arguments)
            guard result.status == 0 else {
                throw RawProcess.SpawnError(description: "setup \(arguments) failed: \(result.stderr)")
            }
        }
        return (
            try Data(contentsOf: URL(fileURLWithPath: dsr.database)),
            try Data(contentsOf: URL(fileURLWithPath: dsr.database + ".key"))
        )
    }

    @Test func corpusHasAtLeastTwoHundredCases() {
        #expect(Self.cases.count >= 200)
        #expect(Set(Self.cases.map(\.id)).count == Self.cases.count)
    }

    @Test(arguments: cases)
    func badInputIsRefusedAndChangesNothing(_ hostile: Case) throws {
        // Given a copy of the register
        let (registerBytes, keyBytes) = try Self.template.get()
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        for (bytes, path) in [(registerBytes, dsr.database), (keyBytes, dsr.database + ".key")] {
            try bytes.write(to: URL(fileURLWithPath: path))
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        }
        let before = checksum(registerBytes)

        // When dsr runs with the hostile arguments
        let arguments = hostile.arguments.map { argument in
            guard let text = String(validating: argument, as: UTF8.self), text.contains("@DATABASE@") else {
                return argument
            }
            return Array(text.replacingOccurrences(of: "@DATABASE@", with: dsr.database).utf8)
        }
        var environment = ProcessInfo.processInfo.environment
        environment["DSR_DATABASE"] = dsr.database
        environment["DSR_TODAY"] = "2026-11-21"
        environment["DSR_ACTOR"] = "test-officer"
        let result = try RawProcess.run(DSRBinary.executable.path, arguments: arguments, environment: environment)

        // Then it exits with the documented code and says why on standard error, in one line starting "Error:"
        #expect(result.status == hostile.exit, "\(hostile.id): \(result.stderrText)")
        #expect(result.stderrText.hasPrefix("Error: "), "\(hostile.id): \(result.stderrText)")
        if let message = hostile.message {
            #expect(result.stderrText.contains(message), "\(hostile.id): \(result.stderrText)")
        }
        // And the register and its key file are byte for byte as they were, with no log left holding changes
        let after = try Data(contentsOf: URL(fileURLWithPath: dsr.database))
        #expect(checksum(after) == before, "\(hostile.id) changed the register")
        let log = (try? Data(contentsOf: URL(fileURLWithPath: dsr.database + "-wal"))) ?? Data()
        #expect(log.isEmpty, "\(hostile.id) left \(log.count) bytes in the write-ahead log")
        #expect(try Data(contentsOf: URL(fileURLWithPath: dsr.database + ".key")) == keyBytes)
    }

    private func checksum(_ data: Data) -> String {
        SQLiteStore.sha256ForTesting([UInt8](data))
    }
}
