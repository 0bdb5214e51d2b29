import Foundation
import Testing

/// The documented exit codes of the built binary, one test per code, each with a message on stderr.
@Suite("dsr exit codes")
struct ExitCodeTests {
    @Test func successRegistersAndPrintsCaseAndDeadline() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let result = try dsr.run([
            "register", "tarkastuspyyntö", "--name", "Matti Meikäläinen", "--received", "2026-10-05",
        ])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("2026-0001  access"))
        #expect(result.stdout.contains("deadline 2026-11-05"))
    }

    @Test func ruleViolationExitsOne() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        try dsr.run(["register", "access", "--name", "A", "--received", "2026-11-02"])
        try dsr.run(["extend", "2026-0001", "--reason", "volume", "--on", "2026-11-03"])
        let result = try dsr.run(["extend", "2026-0001", "--reason", "again"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("already extended"))
    }

    @Test func usageErrorExitsSixtyFour() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let result = try dsr.run(["register", "access"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--name"))
    }

    @Test(arguments: [
        ["register", "access", "--name", "A", "--received", "2026-02-30"],
        ["register", "access", "--name", "A", "--received", "2026-13-01"],
        ["register", "nonsense", "--name", "A"],
        ["register", "access", "--name", "", "--received", "2026-11-01"],
        ["deadline", "--received", "yesterday"],
    ])
    func invalidDataExitsSixtyFive(arguments: [String]) throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let result = try dsr.run(arguments)
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("Error: "))
    }

    @Test func unknownCaseExitsSixtySix() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        try dsr.run(["init"])
        let result = try dsr.run(["show", "2026-0042"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("2026-0042"))
    }

    @Test func notARegisterExitsSeventyFourAndIsUntouched() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let garbage = Data((0..<2048).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        try garbage.write(to: URL(fileURLWithPath: dsr.database))
        let result = try dsr.run(["list"])
        #expect(result.status == 74)
        #expect(try Data(contentsOf: URL(fileURLWithPath: dsr.database)) == garbage)
    }

    @Test func errorsNameCasesNotPeople() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        try dsr.run([
            "register", "access", "--name", "Salainen Henkilö", "--email", "salainen@example.fi",
            "--received", "2026-11-02",
        ])
        for arguments in [
            ["refuse", "2026-0001", "--ground", "art17-3-b-legal-obligation", "--reason", "x"],
            ["complete", "2026-0001", "--on", "2026-10-01"], ["letter", "2026-0001", "refusal"],
            ["extend", "2026-0001"],
        ] {
            let result = try dsr.run(arguments)
            #expect(result.status != 0)
            #expect(!result.stderr.contains("Salainen"))
            #expect(!result.stderr.contains("salainen@example.fi"))
        }
    }
}
