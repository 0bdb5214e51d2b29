import ArgumentParser
import DSRCore
import Foundation
import Testing

@testable import dsr

/// Issue 15, the command line itself: `dsr --help` groups the commands with an example each, `dsr help KIND`
/// explains a request kind's workflow from its definition, and `dsr help COMMAND` is the argument parser's as before.
struct HelpPageTests {
    /// The group headings, in the order the help lists them.
    static let headings = ["EVERY DAY:", "REQUEST EVENTS:", "LETTERS:", "REGISTER AND EVIDENCE:", "SETUP:"]

    /// The words of an example command line as a shell splits them (double quotes only), up to a redirection.
    static func words(_ example: String) -> [String] {
        var words: [String] = []
        var word = ""
        var quoted = false
        var started = false
        for character in example {
            if character == "\"" {
                quoted.toggle()
                started = true
            } else if character == " " && !quoted {
                if started { words.append(word) }
                word = ""
                started = false
            } else {
                word.append(character)
                started = true
            }
        }
        if started { words.append(word) }
        return Array(words.prefix { $0 != ">" })
    }

    @Test func everyCommandIsInExactlyOneGroup() {
        // Given the commands the parser knows
        let configuration = DSR.configuration
        let names = configuration.subcommands.map { $0._commandName }

        // Then none is outside a group, none is listed twice, and the groups are the five of issue 15
        #expect(configuration.ungroupedSubcommands.isEmpty)
        #expect(Set(names).count == names.count)
        #expect(DSR.commandGroups.map { $0.name.uppercased() + ":" } == Self.headings)
    }

    @Test func everyExampleIsACommandLineOfItsCommand() throws {
        for group in DSR.commandGroups {
            for entry in group.entries {
                // Given an example of the help
                let words = Self.words(entry.example)

                // Then it runs its own command, and the parser accepts it as it is written
                #expect(words.first == "dsr", "\(entry.example)")
                #expect(words.dropFirst().first == entry.name, "\(entry.example)")
                #expect(throws: Never.self, "\(entry.example)") { _ = try DSR.parseAsRoot(Array(words.dropFirst())) }
            }
        }
    }

    @Test func theHelpListsTheCommandsByGroupWithAnExampleEach() throws {
        // Given a register-less run
        let dsr = try DSRBinary()
        defer { dsr.remove() }

        // When the help is asked for in each of its ways
        let help = try dsr.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stderr.isEmpty)
        for other in [[], ["-h"], ["help"]] {
            #expect(try dsr.run(other).stdout == help.stdout, "\(other)")
        }

        // Then the groups come in order, each command under its group's heading with its example below it
        let lines = help.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let headingLines = Self.headings.map { lines.firstIndex(of: $0) }
        #expect(headingLines.allSatisfy { $0 != nil })
        #expect(headingLines.compactMap { $0 } == headingLines.compactMap { $0 }.sorted())
        for (index, group) in DSR.commandGroups.enumerated() {
            let start = try #require(headingLines[index])
            let end = index + 1 < headingLines.count ? (headingLines[index + 1] ?? lines.count) : lines.count
            let section = lines[start..<end].joined(separator: "\n")
            for entry in group.entries {
                #expect(section.contains("\n  \(entry.name) "), "\(entry.name)")
                #expect(section.contains(entry.example.prefix(60)), "\(entry.example)")
            }
        }
        #expect(help.stdout.contains("dsr help KIND"))
        #expect(help.stdout.contains("Exit codes: 0 success"))
    }

    @Test func helpOfACommandIsTheParsersAsBefore() throws {
        // Given a register-less run
        let dsr = try DSRBinary()
        defer { dsr.remove() }

        // When the help of a command is asked for, by 'help COMMAND' and by '--help'
        let register = try dsr.run(["help", "register"])
        let caseSet = try dsr.run(["help", "case", "set"])

        // Then it is the argument parser's page for that command
        #expect(register.status == 0)
        #expect(register.stdout.contains("USAGE: dsr register"))
        #expect(register.stdout == (try dsr.run(["register", "--help"])).stdout)
        #expect(caseSet.stdout.contains("USAGE: dsr case set"))

        // And a word that is neither a command nor a kind is refused as a usage error, with what help there is
        let unknown = try dsr.run(["help", "tarkastamis"])
        #expect(unknown.status == 64)
        #expect(unknown.stdout.isEmpty)
        #expect(
            unknown.stderr.hasPrefix(
                "Error: dsr has no command or request kind 'tarkastamis'; 'dsr --help' lists the commands, and "
                    + "'dsr help KIND' takes a request kind: access (tarkastuspyyntö), "))
    }

    @Test func noNameOfARequestKindIsTheNameOfACommand() {
        // A command whose name read as a kind would hide that kind's page behind the command's.
        for command in DSR.configuration.subcommands {
            #expect(RequestKind(name: command._commandName) == nil, "\(command._commandName)")
        }
    }

    @Test(arguments: RequestKind.allCases)
    func helpOfAKindExplainsEveryStateEventAndGroundOfItsWorkflow(kind: RequestKind) throws {
        // Given the kind's built-in workflow
        let definition = try WorkflowCatalog.builtIn()[kind]
        let dsr = try DSRBinary()
        defer { dsr.remove() }

        // When its help is asked for by its English and by its Finnish name
        let english = try dsr.run(["help", kind.rawValue])
        let finnish = try dsr.run(["help", kind.aliases[1]])

        // Then both print the same page, which names every state with its description and every event with its
        // description and the command that records it, every ground with its legal source, and the deadline rules
        #expect(english.status == 0)
        #expect(english.stderr.isEmpty)
        #expect(finnish.stdout == english.stdout)
        let page = english.stdout
        let flat = page.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for state in definition.states {
            #expect(page.contains("\n  \(state.id) "), "\(state.id)")
            #expect(flat.contains(state.description.en), "\(state.id)")
        }
        for event in definition.events {
            #expect(page.contains("\n  \(event.id) "), "\(event.id)")
            #expect(flat.contains(event.description.en), "\(event.id)")
            let command = ["dsr \(event.id) CASE", "dsr event CASE \(event.id)"].first { flat.contains($0) }
            #expect(command != nil, "\(event.id)")
            for requirement in event.requires {
                #expect(flat.contains(requirement.commandLineOption), "\(event.id) \(requirement)")
            }
            for ground in event.grounds {
                let reference = try #require(RefusalGround.named(ground.code)).reference.en
                #expect(flat.contains("\(ground.code) \(reference):"), "\(ground.code)")
            }
        }
        #expect(flat.contains("One month from receipt (GDPR Art. 12(3))"))
        if definition.events.contains(where: { $0.clock == .pause }) {
            #expect(flat.contains("pause the clock while you wait for the data subject"))
        }
        if definition.events.contains(where: { $0.clock == .extend }) {
            #expect(flat.contains("adds two further months, once"))
        }
    }

    @Test func theDumpHasOneLinePerCommandForTheReadmeTable() throws {
        // Given a register-less run
        let dsr = try DSRBinary()
        defer { dsr.remove() }

        // When the commands are dumped
        let dump = try dsr.run(["--dump-commands"])

        // Then each command is one line of four tab-separated fields: group, name, abstract, example
        #expect(dump.status == 0)
        let rows = dump.stdout.split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false)
        }
        #expect(rows.count == DSR.configuration.subcommands.count)
        #expect(rows.allSatisfy { $0.count == 4 })
        #expect(rows.map { String($0[1]) } == DSR.commandGroups.flatMap { $0.entries.map(\.name) })
    }
}
