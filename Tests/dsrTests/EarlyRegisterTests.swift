import ArgumentParser
import DSRPostgres
import Testing

@testable import dsr

/// Issue 17, the start of a command on a PostgreSQL register: the register a command line names is started before
/// the command line is parsed (``EarlyRegister``), only for commands that open the register, and only for the
/// location the parser will read.
struct EarlyRegisterTests {
    /// Every command reachable from `dsr`, with the words that name it.
    static func commands(
        below command: any ParsableCommand.Type = DSR.self, words: [String] = []
    ) -> [(words: [String], type: any ParsableCommand.Type)] {
        command.configuration.subcommands.flatMap { subcommand in
            let named = words + [subcommand._commandName]
            return [(named, subcommand)] + commands(below: subcommand, words: named)
        }
    }

    /// Whether a command has the global options among its properties (what makes it open the register).
    static func hasGlobalOptions(_ command: any ParsableCommand.Type) -> Bool {
        Mirror(reflecting: command.init()).children.contains { $0.label == "_global" }
    }

    @Test func everyCommandWithTheGlobalOptionsAndNoOtherIsARegisterCommand() {
        let all = Self.commands()
        #expect(all.count > 50)
        for (words, command) in all {
            #expect(
                (command is any RegisterCommand.Type) == Self.hasGlobalOptions(command),
                "dsr \(words.joined(separator: " "))")
        }
    }

    @Test func theWordsOfEveryCommandNameItAndAGroupNamesItsDefaultSubcommand() {
        for (words, command) in Self.commands() {
            var expected: any ParsableCommand.Type = command
            while let fallback = expected.configuration.defaultSubcommand { expected = fallback }
            let found = EarlyRegister.command(named: words + ["--format", "json"])
            #expect(
                found.map { ObjectIdentifier($0) } == ObjectIdentifier(expected), "dsr \(words.joined(separator: " "))")
        }
        #expect(EarlyRegister.command(named: []) == nil)
        #expect(EarlyRegister.command(named: ["--database", "x", "register"]) == nil)
        #expect(EarlyRegister.command(named: ["no-such-command"]) == nil)
    }

    @Test func theDatabaseIsTheLastOneGivenBeforeTheEndOfOptions() {
        #expect(EarlyRegister.database(in: ["list"]) == nil)
        #expect(EarlyRegister.database(in: ["list", "--database", "a"]) == "a")
        #expect(EarlyRegister.database(in: ["list", "--database=b"]) == "b")
        #expect(EarlyRegister.database(in: ["list", "--database", "a", "--database=b"]) == "b")
        #expect(EarlyRegister.database(in: ["list", "--database"]) == nil)
        #expect(EarlyRegister.database(in: ["list", "--database="]) == nil)
        #expect(EarlyRegister.database(in: ["note", "--", "--database", "a"]) == nil)
    }

    @Test func onlyACommandThatOpensTheRegisterOnAPostgreSQLLocationStartsOne() throws {
        let url = "postgresql://dsr@127.0.0.1:5999/dsr"
        let expected = try PostgresLocation(parsing: url, environment: [:])
        // A registration with the location given, as option or variable
        #expect(EarlyRegister.location(in: ["register", "access", "--database", url], environment: [:]) == expected)
        #expect(EarlyRegister.location(in: ["list"], environment: ["DSR_DATABASE": url]) == expected)
        // The option wins over the variable, as in the parsed command
        #expect(
            EarlyRegister.location(in: ["list", "--database", "dsr.sqlite"], environment: ["DSR_DATABASE": url])
                == nil)
        // Nothing for an SQLite register, a location that cannot be read, or a command that does not open one
        #expect(EarlyRegister.location(in: ["list", "--database", "dsr.sqlite"], environment: [:]) == nil)
        #expect(
            EarlyRegister.location(in: ["list", "--database", "postgresql://u:secret@h/db"], environment: [:]) == nil)
        #expect(EarlyRegister.location(in: ["deadline", "2026-12-01"], environment: ["DSR_DATABASE": url]) == nil)
        #expect(EarlyRegister.location(in: ["--version"], environment: ["DSR_DATABASE": url]) == nil)
    }
}
