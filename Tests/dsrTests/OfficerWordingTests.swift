import DSRCore
import Foundation
import Testing

@testable import dsr

/// Issue 15: messages are for a privacy officer. They say what happened and what to do, with the command to run,
/// and read as sentences: no list of one described form ("use one of: an e-mail address"), no empty list, no type
/// names.
struct OfficerWordingTests {
    @Test func aFormDescribedInWordsIsAskedForNotListed() throws {
        // Given a register with a request
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        try #require(
            dsr.run(["register", "access", "--name", "Testi Henkilö", "--received", "2026-11-02"]).status == 0)

        // When a value is given in the wrong form
        let email = try dsr.run(["register", "access", "--name", "Testi Henkilö", "--email", "no-at-sign"])
        let within = try dsr.run(["due", "--within", "4000"])
        let caseNumber = try dsr.run(["show", "x"])

        // Then the message asks for the right form instead of offering a list of one description
        #expect(email.status == 65)
        #expect(email.stderr == "Error: --email is not an e-mail address; give one such as name@example.fi.\n")
        #expect(within.status == 65)
        #expect(within.stderr == "Error: --within '4000' is not valid; give 0 to 3650 days.\n")
        #expect(caseNumber.status == 65)
        #expect(caseNumber.stderr == "Error: case number 'x' is not valid; give YYYY-NNNN, for example 2026-0042.\n")
        for result in [email, within, caseNumber] {
            #expect(!result.stderr.contains("use one of"))
        }
    }

    @Test func aRefusedEventSaysWhichCommandToRunNext() throws {
        // Given a request waiting for identity, and a completed one
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        try #require(
            dsr.run(["register", "access", "--name", "Testi Henkilö", "--received", "2026-11-02"]).status == 0)
        try #require(
            dsr.run(["register", "access", "--name", "Toinen Henkilö", "--received", "2026-11-02"]).status == 0)
        try #require(dsr.run(["request-identity", "2026-0001"]).status == 0)
        try #require(dsr.run(["complete", "2026-0002"]).status == 0)

        // When an event is recorded that the state does not allow
        let waiting = try dsr.run(["complete", "2026-0001"])
        let closed = try dsr.run(["acknowledge", "2026-0002"])
        let future = try dsr.run(["receive-identity", "2026-0001", "--on", "2026-12-01"])
        let unknown = try dsr.run(["event", "2026-0001", "frobnicate"])

        // Then each message ends with the command that moves the case on
        #expect(waiting.status == 1)
        #expect(
            waiting.stderr
                == "Error: 2026-0001 is 'awaiting-identity', where 'complete' is not allowed; allowed now: "
                + "receive-identity, refuse, withdraw (for example 'dsr receive-identity 2026-0001'; 'dsr show "
                + "2026-0001' shows its history).\n")
        #expect(closed.status == 1)
        #expect(
            closed.stderr
                == "Error: 2026-0002 is 'completed', where 'acknowledge' is not allowed; allowed now: none, the "
                + "request is closed. If the person came back about it, reopen it: 'dsr reopen 2026-0002 --reason "
                + "TEXT'.\n")
        #expect(future.status == 65)
        #expect(future.stderr.hasSuffix("record events on the day they happen (--on 2026-11-21 or earlier).\n"))
        #expect(unknown.status == 65)
        #expect(unknown.stderr.hasSuffix("('dsr help access' explains each).\n"))
    }

    @Test func aLateExtensionSaysHowToAnswerInstead() throws {
        // Given a request received more than a month ago
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        try #require(
            dsr.run(["register", "access", "--name", "Testi Henkilö", "--received", "2026-09-01"]).status == 0)

        // When the extension is recorded after the first month
        let late = try dsr.run(["extend", "2026-0001", "--reason", "Paljon tietoa."])

        // Then the message gives the two ways left, with their commands
        #expect(late.status == 1)
        #expect(late.stderr.contains("within the first month (GDPR Art. 12(3))."))
        #expect(
            late.stderr.hasSuffix(
                "Answer the request ('dsr complete 2026-0001') or refuse it in writing ('dsr refuse 2026-0001 "
                    + "--ground CODE --reason TEXT').\n"))
    }

    @Test func noMessageOfTheCommandLineNamesATypeOrAnEmptyList() throws {
        // Given every wording of the state machine's and the input rules' refusals
        var messages = PersonalDataInErrorsTests.transitionErrors("x").map(\.commandLineMessage)
        messages += [
            InputError.unknownValue(field: "email", text: "(not an e-mail address)", accepted: ["name@example.fi"]),
            InputError.unknownValue(field: "case number", text: "x", accepted: ["YYYY-NNNN, for example 2026-0042"]),
            InputError.unknownValue(field: "kind", text: "x", accepted: ["access"]),
        ].map(\.commandLineMessage)

        // Then none reads like code
        for message in messages {
            #expect(!message.contains(/[A-Z][a-z]+(Error|ID|Code|Kind)\b/), "\(message)")
            #expect(!message.contains(/Optional\(|rawValue|: \.|, \./), "\(message)")
            #expect(!message.contains(/: \.$|: ;|one of: \./), "\(message)")
        }
    }
}
