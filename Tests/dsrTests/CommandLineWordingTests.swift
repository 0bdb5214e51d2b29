import DSRCore
import DSRLetters
import Foundation
import Testing

@testable import dsr

/// Issue 13: the libraries word their errors in domain terms and carry the data; the tool adds its commands and
/// options (``CommandLineWorded``), so its messages stay as they were.
struct CommandLineWordingTests {
    private static let caseNumber = CaseNumber(year: 2026, sequence: 42)

    /// Whether a text names an option (`--` and a letter) or a quoted command of the tool.
    static func namesTheTool(_ text: String) -> Bool {
        text.contains(/(?:^|[^A-Za-z0-9_-])--[A-Za-z]/) || text.contains("`dsr ") || text.contains("'dsr ")
    }

    /// Every identity-code error.
    static let identityCodeErrors: [IdentityCodeError] = [
        .keyUnreadable(path: "/srv/r.sqlite.key", reason: "it cannot be read"), .keyMissing(path: "/srv/r.sqlite.key"),
        .keyMismatch(path: "/srv/r.sqlite.key"),
        .rotationUnfinished(path: "/srv/r.sqlite.key", pending: "/srv/r.sqlite.key.new"),
        .noKey(path: "/srv/r.sqlite.key"), .keyExists(path: "/srv/r.sqlite.key"), .cannotSeal, .cannotOpen,
    ]

    /// The library errors this test covers, each case once.
    static func libraryErrors() throws -> [any LocalizedErrorWithCategory] {
        var errors: [any LocalizedErrorWithCategory] = PersonalDataInErrorsTests.transitionErrors("x")
        errors += PersonalDataInErrorsTests.letterErrors()
        errors += identityCodeErrors
        errors.append(ExpectedLetterError.noLetterForState(caseNumber, state: StateID("awaiting-identity")))
        errors.append(try brokenCatalog())
        return errors
    }

    /// The error of a workflow catalogue with a broken definition.
    static func brokenCatalog() throws -> WorkflowCatalogError {
        try #require(throws: WorkflowCatalogError.self) {
            try WorkflowCatalog(files: [(name: "access.yaml", text: "kind: access\nstates: [")])
        }
    }

    @Test func theLibrariesNameNoOptionOrCommandOfTheTool() throws {
        for error in try Self.libraryErrors() {
            let message = error.errorDescription ?? ""
            #expect(!message.isEmpty)
            #expect(!Self.namesTheTool(message), "\(type(of: error)): \(message)")
            #expect(error is any CommandLineWorded, "\(type(of: error)) has no wording of the tool")
        }
        for requirement in EventRequirement.allCases {
            #expect(!Self.namesTheTool(requirement.summary))
        }
    }

    @Test func theToolKeepsItsMessages() throws {
        let number = Self.caseNumber
        let on = CivilDate(year: 2026, month: 11, day: 1) ?? RequestRules.gdprStart
        let earliest = CivilDate(year: 2026, month: 11, day: 20) ?? RequestRules.gdprStart
        let extend = EventID("extend")
        #expect(
            TransitionError.missing(number, event: extend, requirement: .reason).commandLineMessage
                == "2026-0042: 'extend' needs a reason (--reason TEXT).")
        #expect(
            TransitionError.missing(number, event: EventID("refuse"), requirement: .grounds).commandLineMessage
                == "2026-0042: 'refuse' needs at least one refusal ground (--ground CODE; see 'dsr grounds').")
        for requirement in EventRequirement.allCases {
            let message = TransitionError.missing(number, event: extend, requirement: requirement).commandLineMessage
            #expect(message.contains(" (--"), "\(message)")
        }
        #expect(
            TransitionError.dateBeforeHistory(number, on: on, earliest: earliest).commandLineMessage
                == "2026-0042: 2026-11-01 is before the request's last recorded day 2026-11-20; give --on 2026-11-20 or later."
        )
        #expect(
            TransitionError.unknownGround(GroundCode(rawValue: "x-1")).commandLineMessage
                == "unknown refusal ground 'x-1'; list the codes with 'dsr grounds'.")
        #expect(
            TransitionError.groundNotValid(
                number, ground: GroundCode(rawValue: "art17-3-b-legal-obligation"),
                event: EventID("refuse"), kind: .access,
                valid: [GroundCode(rawValue: "art12-5-excessive")]
            ).commandLineMessage
                == "2026-0042: ground 'art17-3-b-legal-obligation' cannot refuse access requests; valid grounds: art12-5-excessive."
        )
        #expect(
            LetterError.controllerMissing(number).commandLineMessage.contains(
                "Run 'dsr controller set --name ... --business-id ... --address ... --email ... --contact ...' first."))
        #expect(
            LetterError.notRefused(number).commandLineMessage.contains(
                "'dsr refuse 2026-0042 --ground CODE --reason TEXT'"))
        #expect(
            LetterError.notPaused(number, .clarificationRequest).commandLineMessage.contains(
                "Record 'dsr request-clarification 2026-0042' first."))
        #expect(
            LetterError.notPaused(number, .identityRequest).commandLineMessage.contains(
                "Record 'dsr request-identity 2026-0042' first."))
        #expect(
            LetterError.accessInformationMissing(number, missing: [.purposes, .automatedDecisions])
                .commandLineMessage.contains(
                    "neither the case nor the controller profile gives: --purposes, --automated-decisions. Record it "
                        + "with 'dsr case set 2026-0042 --purposes TEXT"))
        #expect(LetterError.binaryFormat(.pdf).commandLineMessage.hasSuffix("write it to a file (--output FILE)."))
        #expect(
            LetterError.notRepresentableInPDF(number, fields: ["name"]).commandLineMessage.contains("(--format html)"))
        #expect(
            IdentityCodeError.noKey(path: "/srv/r.sqlite.key").commandLineMessage.contains(
                "Create one with `dsr key init` (it will be /srv/r.sqlite.key)"))
        #expect(
            IdentityCodeError.rotationUnfinished(path: "/srv/k", pending: "/srv/k.new").commandLineMessage.hasSuffix(
                "Finish the rotation: mv /srv/k.new /srv/k"))
        #expect(
            ExpectedLetterError.noLetterForState(number, state: StateID("completed")).commandLineMessage
                == "2026-0042 is 'completed', which calls for no letter; name the type (see 'dsr letter types').")
        #expect(
            try Self.brokenCatalog().commandLineMessage.hasSuffix(
                "Fix the workflow definitions and run 'dsr workflow check DIR'."))
    }

    @Test func controllerProfileFieldsAreNamedByTheirOptions() throws {
        var profile = ControllerProfile()
        let error = try #require(throws: InputError.self) {
            try ControllerProfileChanges(businessID: "2747637-4").apply(to: &profile)
        }
        #expect(
            error
                == .unknownValue(
                    field: "business ID", text: "2747637-4",
                    accepted: ["a valid Y-tunnus such as 2747637-5 (check digit)"]))
        #expect(
            error.namingControllerProfileOptions()
                == .unknownValue(
                    field: "--business-id", text: "2747637-4",
                    accepted: ["a valid Y-tunnus such as 2747637-5 (check digit)"]))
        #expect(throws: InputError.empty(field: ControllerProfileField.change.rawValue)) {
            try ControllerProfileChanges().apply(to: &profile)
        }
        for field in ControllerProfileField.allCases {
            #expect(!Self.namesTheTool(field.rawValue))
            #expect(field == .change || field.commandLineName.hasPrefix("--"))
        }
    }

    @Test func aGroundOnAnEventThatTakesNoneSaysSo() throws {
        // Given a registered access request
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        try #require(
            dsr.run(["register", "access", "--name", "Testi Henkilö", "--received", "2026-11-20"]).status == 0)

        // When it is acknowledged with a refusal ground, the message says the event takes none (not an empty list)
        let acknowledged = try dsr.run(["acknowledge", "2026-0001", "--ground", "art12-5-excessive"])
        #expect(acknowledged.status == 65)
        #expect(
            acknowledged.stderr == "Error: 2026-0001: 'acknowledge' takes no refusal ground for this access request, "
                + "so 'art12-5-excessive' cannot be given; leave out --ground (see 'dsr grounds').\n")
        #expect(!acknowledged.stderr.contains("valid grounds: ."))

        // And controller set names its options as before
        let empty = try dsr.run(["controller", "set"])
        #expect(empty.status == 65)
        #expect(empty.stderr == "Error: the change (give at least one field, e.g. --name) must not be empty.\n")
        let badEmail = try dsr.run(["controller", "set", "--email", "no-at-sign"])
        #expect(badEmail.stderr == "Error: --email 'no-at-sign' is not valid; give an e-mail address.\n")
    }
}
