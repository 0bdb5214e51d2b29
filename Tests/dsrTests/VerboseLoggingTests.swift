import Foundation
import Testing

/// `--verbose` and `$DSR_LOG_LEVEL`: what dsr does goes to standard error through swift-log (the register, its
/// integrity check, the service call with its case number and duration), and nothing of the person does.
struct VerboseLoggingTests {
    static let name = "Maija Meikäläinen"
    static let email = "maija.meikalainen@example.fi"
    static let address = "Esimerkkikatu 1, 00100 Helsinki"

    @Test func verboseLogsWhatDsrDoesAndNoPersonalData() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }

        // When a request is registered and acknowledged with --verbose
        let registered = try dsr.run([
            "register", "access", "--name", Self.name, "--email", Self.email,
            "--address", Self.address, "--received", "2026-11-20", "--verbose",
        ])
        #expect(registered.status == 0)
        let acknowledged = try dsr.run(["acknowledge", "2026-0001", "--note", Self.name, "--verbose"])
        #expect(acknowledged.status == 0)

        // Then the register, its integrity check and each service call with its case number are logged
        #expect(registered.stderr.contains("info dsr: created=true path=\(dsr.database) [dsr] register opened"))
        #expect(registered.stderr.contains("integrity check (quick_check) runs before the first change"))
        #expect(registered.stderr.contains(/call=register ms=\d+ \[dsr\] service call done/))
        #expect(registered.stderr.contains("case=2026-0001 [dsr] request registered"))
        #expect(acknowledged.stderr.contains("integrity check skipped: the stamp beside the register is current"))
        #expect(acknowledged.stderr.contains(/call=record acknowledge case=2026-0001 ms=\d+ \[dsr\] service call done/))
        // And nothing given on the command line that can be personal data
        for run in [registered, acknowledged] {
            for personal in [Self.name, Self.email, Self.address, "Meikäläinen"] {
                #expect(!run.stderr.contains(personal))
            }
            #expect(!run.stderr.contains("test-officer"))
        }
        // And standard output is the same as without --verbose
        #expect(acknowledged.stdout.hasPrefix("2026-0001  received → in-progress"))
    }

    @Test func withoutVerboseNothingIsLogged() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let registered = try dsr.run(["register", "access", "--name", Self.name, "--received", "2026-11-20"])
        #expect(registered.status == 0)
        #expect(!registered.stderr.contains("info dsr:"))
    }

    @Test func theLevelCanComeFromTheEnvironmentAndAFailedCallIsLoggedByType() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        try #require(dsr.run(["register", "access", "--name", Self.name, "--received", "2026-11-20"]).status == 0)

        try #require(dsr.run(["acknowledge", "2026-0001"]).status == 0)
        let refused = try dsr.run(
            ["acknowledge", "2026-0001", "--note", Self.name], environment: ["DSR_LOG_LEVEL": "info"])
        #expect(refused.status == 1)
        #expect(
            refused.stderr.contains(
                /call=record acknowledge case=2026-0001 error=TransitionError ms=\d+ \[dsr\] service call failed/))
        #expect(!refused.stderr.contains(Self.name))
        let quiet = try dsr.run(["show", "2026-0001"], environment: ["DSR_LOG_LEVEL": "error"])
        #expect(!quiet.stderr.contains("info dsr:"))
    }
}
