import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// dsr's standard descriptors: closed ones are filled with `/dev/null` at start-up, a write error on standard
/// output is exit 74 with one line on standard error, and a closed pipe ends the command quietly with 141.
@Suite("dsr standard output and descriptors")
struct StandardStreamTests {
    /// A register with a controller, a refused access request 2026-0001 with an identity code, and an open erasure
    /// request 2026-0002.
    private func register() throws -> DSRBinary {
        let dsr = try DSRBinary()
        try dsr.run(["controller", "set", "--name", "Esimerkki Oy", "--business-id", "2747637-5"])
        try dsr.run([
            "register", "access", "--name", "Matti Meikäläinen", "--received", "2026-10-05",
            "--hetu", "131052-308T",
        ])
        try dsr.run([
            "refuse", "2026-0001", "--ground", "art12-5-excessive", "--reason", "Neljäs pyyntö.", "--on", "2026-11-21",
        ])
        try dsr.run(["register", "erasure", "--name", "Bertta Testinen", "--received", "2026-11-20"])
        return dsr
    }

    /// Commands that print to standard output.
    static let printing: [[String]] = [
        ["list"], ["list", "--all", "--format", "json"], ["show", "2026-0002"], ["due"], ["report", "--year", "2026"],
        ["grounds"], ["audit", "verify"], ["export", "--all"], ["letter", "2026-0001", "refusal"], ["calendar"],
        ["audit", "export"], ["letter", "types"], ["workflow", "show", "access"],
    ]

    @Test(arguments: printing)
    func aFullDiskOnStandardOutputIsSeventyFour(_ command: [String]) throws {
        let dsr = try register()
        defer { dsr.remove() }
        let result = try StreamProcess.run(dsr, command, stdout: .path("/dev/full"))
        #expect(result.signal == nil, "\(command) died from signal \(result.signal ?? 0)")
        #expect(result.exitCode == 74, "\(command): \(result.stderrText)")
        #expect(
            result.stderrText.hasPrefix("Error: cannot write to standard output"), "\(command): \(result.stderrText)")
        #expect(result.stderrText.split(separator: "\n").count == 1, "\(command): \(result.stderrText)")
    }

    @Test(arguments: printing)
    func aClosedPipeEndsQuietlyWithOneFortyOne(_ command: [String]) throws {
        let dsr = try register()
        defer { dsr.remove() }
        let result = try StreamProcess.run(dsr, command, stdout: .brokenPipe)
        #expect(result.signal == nil, "\(command) died from signal \(result.signal ?? 0)")
        #expect(result.exitCode == 141, "\(command): \(result.stderrText)")
        #expect(result.stderrText.isEmpty, "\(command): \(result.stderrText)")
    }

    @Test(arguments: printing)
    func aClosedStandardOutputIsNoCrash(_ command: [String]) throws {
        let dsr = try register()
        defer { dsr.remove() }
        let result = try StreamProcess.run(dsr, command, stdout: .closed)
        #expect(result.signal == nil, "\(command) died from signal \(result.signal ?? 0)")
        #expect(result.exitCode == 0, "\(command): \(result.stderrText)")
    }

    @Test(arguments: [0, 1, 2, -1])
    func aFileOpenedWhileDescriptorsAreClosedGetsNothingPrinted(_ closed: Int) throws {
        // Given dsr started with one of its standard descriptors closed (-1: all three), and a register others may
        // read, so that dsr warns on standard error after it has begun the output file
        let dsr = try register()
        defer { dsr.remove() }
        #expect(chmod(dsr.database, 0o644) == 0)
        let letter = dsr.folder.appendingPathComponent("letter.txt").path
        let export = dsr.folder.appendingPathComponent("export.jsonl").path
        func stream(_ descriptor: Int) -> StreamProcess.Stream {
            closed == descriptor || closed == -1 ? .closed : descriptor == 0 ? .null : .captured
        }

        // When it issues a letter to a file (noting the issue on standard error) and exports the log to a file
        let issued = try StreamProcess.run(
            dsr, ["letter", "2026-0001", "refusal", "--issue", "--output", letter],
            stdin: stream(0), stdout: stream(1), stderr: stream(2))
        let exported = try StreamProcess.run(
            dsr, ["audit", "export", "--output", export],
            stdin: stream(0), stdout: stream(1), stderr: stream(2))

        // Then both succeed, and each file holds exactly what dsr reproduces to a pipe, nothing of its messages
        #expect(issued.signal == nil && issued.exitCode == 0, "\(issued.stderrText)")
        #expect(exported.signal == nil && exported.exitCode == 0, "\(exported.stderrText)")
        let reproduced = try dsr.run(["letter", "show-issued", "2026-0001/L1"])
        #expect(try String(contentsOfFile: letter, encoding: .utf8) == reproduced.stdout)
        #expect(try String(contentsOfFile: export, encoding: .utf8) == (try dsr.run(["audit", "export"])).stdout)
        #expect(try dsr.run(["audit", "verify"]).status == 0)
    }

    @Test func anIssuedLetterLostOnStandardOutputSaysItWasRecorded() throws {
        let dsr = try register()
        defer { dsr.remove() }
        let result = try StreamProcess.run(
            dsr, ["letter", "2026-0001", "refusal", "--issue"], stdout: .path("/dev/full"))
        #expect(result.exitCode == 74, "\(result.stderrText)")
        #expect(result.stderrText.contains("Issued letter 2026-0001/L1"))
        #expect(result.stderrText.contains("stays recorded"))
        #expect(try dsr.run(["letter", "show-issued", "2026-0001/L1"]).status == 0)
    }

    @Test func noOutputPathOfTheToolCanTrap() throws {
        // FileHandle's write stops the process with a trap when the write fails, and Swift.print hides the failure:
        // the tool writes only through its own writer.
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/dsr")
        let files = try #require(FileManager.default.enumerator(atPath: sources.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") }
        #expect(files.count > 20)
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for forbidden in [
                "FileHandle.standardOutput", "FileHandle.standardError", "Swift.print(", "fputs(",
                "createFile(atPath",
            ] {
                #expect(!text.contains(forbidden), "\(file) uses \(forbidden)")
            }
        }
    }
}
