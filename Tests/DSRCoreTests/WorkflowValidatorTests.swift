import DSRCore
import Foundation
import Testing

/// Broken workflow definitions are refused with the rule, the file and the line.
struct WorkflowValidatorTests {
    /// A small sound access workflow; each test breaks one thing in it.
    static let sound = """
        kind: access
        version: 1
        initial: received
        states:
          - id: received
            clock: running
            description: {fi: "Vastaanotettu.", sv: "Mottagen.", en: "Received."}
          - id: awaiting-identity
            clock: paused
            description: {fi: "Odottaa.", sv: "Väntar.", en: "Waiting."}
          - id: completed
            clock: stopped
            final: true
            outcome: completed
            letter: access-response
            description: {fi: "Valmis.", sv: "Klar.", en: "Done."}
          - id: refused
            clock: stopped
            final: true
            outcome: refused
            letter: refusal
            description: {fi: "Evätty.", sv: "Avslagen.", en: "Refused."}
        events:
          - id: request-identity
            from: [received]
            to: awaiting-identity
            clock: pause
            description: {fi: "P.", sv: "P.", en: "P."}
          - id: receive-identity
            from: [awaiting-identity]
            to: received
            clock: resume
            description: {fi: "R.", sv: "R.", en: "R."}
          - id: extend
            from: [received]
            to: received
            clock: extend
            requires: [reason]
            description: {fi: "E.", sv: "E.", en: "E."}
          - id: complete
            from: [received]
            to: completed
            clock: stop
            description: {fi: "C.", sv: "C.", en: "C."}
          - id: refuse
            from: [received, awaiting-identity]
            to: refused
            clock: stop
            requires: [grounds, reason]
            grounds: [art12-5-excessive]
            description: {fi: "X.", sv: "X.", en: "X."}

        """

    static let file = "Workflows/broken.yaml"

    /// The definition with `old` replaced by `new` (which must occur exactly once).
    static func broken(
        _ old: String, _ new: String, in yaml: String = sound,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> String {
        let parts = yaml.components(separatedBy: old)
        #expect(parts.count == 2, "'\(old)' must occur once", sourceLocation: sourceLocation)
        return parts.joined(separator: new)
    }

    /// The 1-based line of the `occurrence`-th line that equals `text` once trimmed.
    static func line(of text: String, in yaml: String, occurrence: Int = 1) -> Int? {
        var seen = 0
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.trimmingCharacters(in: .whitespaces) == text {
            seen += 1
            if seen == occurrence { return index + 1 }
        }
        return nil
    }

    /// The problems the validator finds in a YAML text that parses.
    static func problems(_ yaml: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [WorkflowError] {
        let definition = try WorkflowLoader.parse(yaml: yaml, file: file)
        return WorkflowValidator.problems(in: definition)
    }

    /// Expects exactly one problem with the rule at the line, and that loading fails with it.
    static func expectProblem(
        _ yaml: String, rule: String, line: Int?, containing words: [String] = [],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let found = try problems(yaml)
        #expect(
            found.map(\.rule) == [rule], "\(found.map { $0.errorDescription ?? "" })", sourceLocation: sourceLocation)
        guard let problem = found.first else { return }
        #expect(problem.file == file, sourceLocation: sourceLocation)
        #expect(problem.line == line, sourceLocation: sourceLocation)
        for word in words {
            #expect(problem.message.contains(word), "\(problem.message)", sourceLocation: sourceLocation)
        }
        let description = problem.errorDescription ?? ""
        #expect(
            description.hasPrefix(line.map { "\(file):\($0): [\(rule)]" } ?? "\(file): [\(rule)]"),
            sourceLocation: sourceLocation)
        #expect(throws: problem, sourceLocation: sourceLocation) { try WorkflowLoader.load(yaml: yaml, file: file) }
    }

    @Test func theSoundDefinitionHasNoProblems() throws {
        #expect(try Self.problems(Self.sound).isEmpty)
        let definition = try WorkflowLoader.load(yaml: Self.sound, file: Self.file)
        #expect(definition.states.map(\.line) == [5, 8, 11, 17])
        #expect(definition.events.first?.line == 24)
    }

    @Test func uniqueNames() throws {
        // A second state named 'received' (the former 'refused'); its events now point to the first.
        let yaml = Self.broken("  - id: refused\n", "  - id: received\n")
        let found = try Self.problems(yaml).filter { $0.rule == "unique-names" }
        #expect(found.count == 1)
        #expect(found.first?.line == Self.line(of: "- id: received", in: yaml, occurrence: 2))
        #expect(found.first?.message.contains("received") == true)
        #expect(found.first?.file == Self.file)
        // A second event named 'complete'.
        let events = Self.broken("  - id: extend\n", "  - id: complete\n")
        try Self.expectProblem(
            events, rule: "unique-names", line: Self.line(of: "- id: complete", in: events, occurrence: 2),
            containing: ["complete"])
    }

    @Test func namesAreLowerCaseWithHyphens() throws {
        // A state renamed to something that is neither a command name nor a diagram node name.
        let yaml = Self.broken("  - id: refused\n", "  - id: \"Refused now\"\n")
        let found = try Self.problems(yaml).filter { $0.rule == "unique-names" && $0.message.contains("lower-case") }
        #expect(found.count == 1)
        #expect(found.first?.line == Self.line(of: "- id: \"Refused now\"", in: yaml, occurrence: 1))
    }

    @Test func oneInitialState() throws {
        try Self.expectProblem(
            Self.broken("initial: received", "initial: nowhere"), rule: "one-initial-state", line: nil,
            containing: ["nowhere"])
        let finalInitial = Self.broken("initial: received", "initial: completed")
        let found = try Self.problems(finalInitial)
        let problem = try #require(found.first { $0.rule == "one-initial-state" })
        #expect(problem.line == Self.line(of: "- id: completed", in: finalInitial))
        // Two initial states cannot even be written: the key is duplicated.
        let twice = Self.broken("initial: received\n", "initial: received\ninitial: awaiting-identity\n")
        let error = try #require(throws: WorkflowError.self) { try WorkflowLoader.parse(yaml: twice, file: Self.file) }
        #expect(error.rule == "yaml")
        #expect(error.line == 3 || error.line == 4)
        // And a list is not a state name.
        let list = Self.broken("initial: received", "initial: [received, awaiting-identity]")
        let listError = try #require(throws: WorkflowError.self) {
            try WorkflowLoader.parse(yaml: list, file: Self.file)
        }
        #expect(listError.line == 3)
    }

    @Test func knownState() throws {
        let yaml = Self.broken("    to: completed\n", "    to: done\n")
        // The state 'completed' is now unreachable too; the unknown target is reported at the event's line.
        let found = try Self.problems(yaml)
        let problem = try #require(found.first { $0.rule == "known-state" })
        #expect(problem.line == Self.line(of: "- id: complete", in: yaml))
        #expect(problem.message.contains("done"))
        let from = Self.broken("    from: [received, awaiting-identity]\n", "    from: [received, limbo]\n")
        try Self.expectProblem(
            from, rule: "known-state", line: Self.line(of: "- id: refuse", in: from), containing: ["limbo"])
    }

    @Test func finalOutcome() throws {
        // A final state without an outcome.
        let noOutcome = Self.broken("    outcome: completed\n", "")
        try Self.expectProblem(
            noOutcome, rule: "final-outcome", line: Self.line(of: "- id: completed", in: noOutcome),
            containing: ["outcome"])
        // A final state whose clock runs.
        let running = Self.broken("  - id: completed\n    clock: stopped\n", "  - id: completed\n    clock: running\n")
        let found = try Self.problems(running).filter { $0.rule == "final-outcome" }
        #expect(found.count == 1)
        #expect(found.first?.line == Self.line(of: "- id: completed", in: running))
        // An outcome on a state that is not final.
        let stray = Self.broken(
            "  - id: awaiting-identity\n    clock: paused\n",
            "  - id: awaiting-identity\n    clock: paused\n    outcome: withdrawn\n")
        try Self.expectProblem(stray, rule: "final-outcome", line: Self.line(of: "- id: awaiting-identity", in: stray))
        // An event that leaves a final state.
        let reopen = Self.broken(
            "    from: [received]\n    to: completed\n", "    from: [received, refused]\n    to: completed\n")
        try Self.expectProblem(
            reopen, rule: "final-outcome", line: Self.line(of: "- id: complete", in: reopen),
            containing: ["refused"])
    }

    @Test func reachable() throws {
        let yaml = Self.broken(
            "events:\n",
            """
              - id: orphan
                clock: running
                description: {fi: "O.", sv: "O.", en: "O."}
            events:
              - id: leave-orphan
                from: [orphan]
                to: completed
                clock: stop
                description: {fi: "L.", sv: "L.", en: "L."}

            """)
        try Self.expectProblem(
            yaml, rule: "reachable", line: Self.line(of: "- id: orphan", in: yaml), containing: ["orphan"])
    }

    @Test func canFinish() throws {
        let yaml = Self.broken(
            "events:\n",
            """
              - id: limbo
                clock: running
                description: {fi: "L.", sv: "L.", en: "L."}
            events:
              - id: enter-limbo
                from: [received]
                to: limbo
                description: {fi: "L.", sv: "L.", en: "L."}

            """)
        try Self.expectProblem(
            yaml, rule: "can-finish", line: Self.line(of: "- id: limbo", in: yaml), containing: ["limbo"])
    }

    @Test func clock() throws {
        // A pause that leads to a running state.
        let pause = Self.broken("    to: awaiting-identity\n", "    to: received\n")
        let found = try Self.problems(pause).filter { $0.rule == "clock" }
        #expect(found.first?.line == Self.line(of: "- id: request-identity", in: pause))
        // An extension without a reason (GDPR Art. 12(3)).
        let extend = Self.broken("    requires: [reason]\n", "")
        try Self.expectProblem(
            extend, rule: "clock", line: Self.line(of: "- id: extend", in: extend), containing: ["reason"])
        // A stop that leads to a running state.
        let stop = Self.broken(
            "  - id: complete\n    from: [received]\n    to: completed\n",
            "  - id: complete\n    from: [received]\n    to: received\n")
        let stopProblems = try Self.problems(stop).filter { $0.rule == "clock" }
        #expect(stopProblems.first?.line == Self.line(of: "- id: complete", in: stop))
        // A clock change without a declared effect.
        let silent = Self.broken("    to: awaiting-identity\n    clock: pause\n", "    to: awaiting-identity\n")
        try Self.expectProblem(silent, rule: "clock", line: Self.line(of: "- id: request-identity", in: silent))
    }

    @Test func refusalGrounds() throws {
        // A refusal event that lists no grounds.
        let none = Self.broken("    grounds: [art12-5-excessive]\n", "")
        try Self.expectProblem(none, rule: "refusal-grounds", line: Self.line(of: "- id: refuse", in: none))
        // A refusal event that does not require grounds.
        let optional = Self.broken("    requires: [grounds, reason]\n", "    requires: [reason]\n")
        try Self.expectProblem(optional, rule: "refusal-grounds", line: Self.line(of: "- id: refuse", in: optional))
        // An unknown ground.
        let unknown = Self.broken("[art12-5-excessive]", "[art12-5-excessive, tsl33-information]")
        try Self.expectProblem(
            unknown, rule: "refusal-grounds", line: Self.line(of: "- id: refuse", in: unknown),
            containing: ["tsl33-information"])
        // A ground of another kind.
        let other = Self.broken("[art12-5-excessive]", "[art17-3-b-legal-obligation]")
        try Self.expectProblem(
            other, rule: "refusal-grounds", line: Self.line(of: "- id: refuse", in: other),
            containing: ["art17-3-b-legal-obligation", "access"])
        // Grounds on an event that does not refuse.
        let stray = Self.broken(
            "    to: completed\n    clock: stop\n",
            "    to: completed\n    clock: stop\n    grounds: [art12-5-excessive]\n")
        try Self.expectProblem(stray, rule: "refusal-grounds", line: Self.line(of: "- id: complete", in: stray))
    }

    @Test func refusalLetter() throws {
        let missing = Self.broken("    letter: refusal\n", "")
        try Self.expectProblem(missing, rule: "refusal-letter", line: Self.line(of: "- id: refused", in: missing))
        let wrong = Self.broken("    letter: refusal\n", "    letter: access-response\n")
        try Self.expectProblem(wrong, rule: "refusal-letter", line: Self.line(of: "- id: refused", in: wrong))
    }

    @Test func directMarketing() throws {
        let objection = Self.broken("kind: access", "kind: objection")
        #expect(try Self.problems(objection).isEmpty)
        let unmarked = Self.broken(
            "[art12-5-excessive]", "[art12-5-excessive, art21-1-compelling-grounds]", in: objection)
        try Self.expectProblem(
            unmarked, rule: "direct-marketing", line: Self.line(of: "- id: refuse", in: unmarked),
            containing: ["art21-1-compelling-grounds"])
        let marked = Self.broken(
            "[art12-5-excessive]",
            "[art12-5-excessive, {code: art21-1-compelling-grounds, unless: direct-marketing}]",
            in: objection)
        #expect(try Self.problems(marked).isEmpty)
        let definition = try WorkflowLoader.load(yaml: marked, file: Self.file)
        #expect(
            definition.event(EventID("refuse"))?.grounds.last
                == WorkflowDefinition.GroundOption(
                    code: GroundCode(rawValue: "art21-1-compelling-grounds"), unlessDirectMarketing: true))
        let otherCondition = Self.broken("unless: direct-marketing", "unless: always", in: marked)
        let error = try #require(throws: WorkflowError.self) {
            try WorkflowLoader.parse(yaml: otherCondition, file: Self.file)
        }
        #expect(error.line == Self.line(of: "- id: refuse", in: otherCondition).map { $0 + 5 })
    }

    // MARK: YAML and shape errors

    @Test(arguments: [
        // (text, line of the problem)
        ("kind: access\nversion: 1\nstates: [\n  - id: x\n", 4),
        ("kind: access\nversion: 1\n\tinitial: received\n", 3),
        ("kind: access\nversion: 1\ninitial: \"received\n", 4),
        ("kind: access\nkind: erasure\nversion: 1\n", 1),
        ("kind: access\nversion: 1\ninitial: *nowhere\n", 3),
        ("kind: access\n---\nkind: erasure\n", 2),
        ("kind: access\nversion: 1\nstates:\n  - id: a\n  clock: running\n", 5),
    ])
    func yamlSyntaxErrorsReportALine(text: String, line: Int) throws {
        let error = try #require(throws: WorkflowError.self) { try WorkflowLoader.parse(yaml: text, file: Self.file) }
        #expect(error.rule == "yaml")
        #expect(error.file == Self.file)
        #expect(error.line == line, "\(error.errorDescription ?? "")")
        #expect(error.errorDescription?.hasPrefix("\(Self.file):\(line): [yaml]") == true)
    }

    @Test func emptyFileIsRefused() throws {
        for text in ["", "\n", "# only a comment\n"] {
            let error = try #require(throws: WorkflowError.self) {
                try WorkflowLoader.parse(yaml: text, file: Self.file)
            }
            #expect(error.rule == "yaml")
            #expect(error.message.contains("empty"))
        }
    }

    @Test(arguments: [
        // (replace, with, message word, line of the problem relative to the state or event it concerns)
        ("kind: access", "kind: complaint", "complaint"),
        ("version: 1", "version: zero", "version"),
        ("version: 1", "version: -1", "version"),
        ("    clock: paused\n", "    clock: frozen\n", "frozen"),
        ("    clock: pause\n", "    clock: freeze\n", "freeze"),
        ("    letter: refusal\n", "    letter: rejection\n", "rejection"),
        ("    requires: [reason]\n", "    requires: [motive]\n", "motive"),
        ("    final: true\n    outcome: completed\n", "    final: yes please\n    outcome: completed\n", "final"),
        ("    outcome: completed\n", "    outcome: granted\n", "granted"),
        ("description: {fi: \"C.\", sv: \"C.\", en: \"C.\"}", "description: {fi: \"C.\", en: \"C.\"}", "sv"),
        ("    from: [received]\n    to: completed\n", "    from: []\n    to: completed\n", "from"),
    ])
    func malformedDefinitionsNameTheProblemAndItsLine(old: String, new: String, word: String) throws {
        let yaml = Self.broken(old, new)
        let error = try #require(throws: WorkflowError.self) { try WorkflowLoader.parse(yaml: yaml, file: Self.file) }
        #expect(error.file == Self.file)
        #expect(error.message.contains(word), "\(error.message)")
        let line = try #require(error.line, "\(error.errorDescription ?? "")")
        // The line points into the changed text (or the event or state that holds it).
        let changedLine = try #require(
            Self.lineContaining(new.split(separator: "\n").first.map(String.init) ?? new, in: yaml))
        #expect((changedLine - 6)...(changedLine + 1) ~= line, "line \(line), change at \(changedLine)")
    }

    /// The outcome of parsing `yaml`: the first final state's flag and the version, or the error's rule.
    static func parsed(_ yaml: String) -> String {
        do {
            let definition = try WorkflowLoader.parse(yaml: yaml, file: file)
            return "version \(definition.version), final \(definition.states.map(\.isFinal))"
        } catch {
            return "refused: \(error.message)"
        }
    }

    @Test func booleansAndVersionsReadAsYAMLsRulesReadThem() {
        // A definition without a tag is read without YAML's rules; one with a `!` anywhere (here in a comment) with
        // Yams's Boolean and integer rules. Both give the same definition, or the same refusal.
        let finals = [
            "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON", "false", "False", "FALSE", "no", "No",
            "NO", "off", "Off", "OFF", "\"true\"", "'yes'", "tRue", "1", "0", "tru", "y", "\"\"", "[true]", "{a: true}",
            "|\n      true",
        ]
        let versions = ["1", "2", "0x2", "0o7", "07", "1_0", "+3", "-1", "0", "1.0", "\"1\"", "one", "1:30", "0b11"]
        var compared = 0
        for final in finals {
            for version in ["1", versions[compared % versions.count]] {
                let yaml = Self.sound.replacingOccurrences(of: "version: 1", with: "version: \(version)")
                    .replacingOccurrences(
                        of: "    final: true\n    outcome: completed",
                        with: "    final: \(final)\n    outcome: completed")
                #expect(!yaml.contains("!"))
                #expect(
                    Self.parsed(yaml) == Self.parsed(yaml + "# a tag would start with !\n"),
                    "final: \(final), version: \(version)")
                compared += 1
            }
        }
        for version in versions {
            let yaml = Self.sound.replacingOccurrences(of: "version: 1", with: "version: \(version)")
            #expect(Self.parsed(yaml) == Self.parsed(yaml + "# !\n"), "version: \(version)")
        }
        // The two readings differ from each other where they must: a plain `yes` is true, a quoted one a text.
        #expect(
            Self.parsed(Self.sound.replacingOccurrences(of: "final: true", with: "final: Yes")).contains("true, true"))
        #expect(
            Self.parsed(Self.sound.replacingOccurrences(of: "final: true", with: "final: 'yes'")).hasPrefix("refused"))
        // With a tag, the tag decides, as before: `!!str true` is a text, `!!bool` a Boolean.
        #expect(
            Self.parsed(Self.sound.replacingOccurrences(of: "final: true", with: "final: !!str true")).hasPrefix(
                "refused"))
        #expect(
            Self.parsed(Self.sound.replacingOccurrences(of: "final: true", with: "final: !!bool \"false\"")).contains(
                "false"))
    }

    /// The 1-based line of the first line that contains `text`.
    static func lineContaining(_ text: String, in yaml: String) -> Int? {
        yaml.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(text) }.map { $0 + 1 }
    }

    @Test func missingSectionsAreNamed() throws {
        // Split the sound definition into its top-level sections and leave one out at a time.
        var sections: [(key: String, text: String)] = []
        for line in Self.sound.split(separator: "\n", omittingEmptySubsequences: false) {
            if let key = line.split(separator: ":").first, !line.hasPrefix(" "), !line.isEmpty {
                sections.append((String(key), ""))
            }
            sections[sections.count - 1].text += line + "\n"
        }
        #expect(sections.map(\.key) == ["kind", "version", "initial", "states", "events"])
        for key in sections.map(\.key) {
            let yaml = sections.filter { $0.key != key }.map(\.text).joined()
            let error = try #require(throws: WorkflowError.self) {
                try WorkflowLoader.parse(yaml: yaml, file: Self.file)
            }
            #expect(error.message == "missing '\(key)'")
            #expect(error.rule == "syntax")
            #expect(error.line == 1)
        }
    }
}
