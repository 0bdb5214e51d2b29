import ArgumentParser
import DSRPostgres

/// The PostgreSQL register a command line names, read before the command line is parsed.
///
/// Parsing a command line takes a few milliseconds of CPU, and so does opening a PostgreSQL register, most of it the
/// server's (a new backend process, the login) and the round trips to it. For a command that opens the register
/// (``RegisterCommand``), the composition root starts the store at once (``GlobalOptions/startEarly(arguments:environment:)``)
/// and takes it when the parsed command opens the same location, so that the two overlap.
enum EarlyRegister {
    /// The PostgreSQL register named by `--database` (else `$DSR_DATABASE`) if `arguments` (without the program's
    /// name) begin with the name of a command that opens the register; `nil` otherwise, or if the location cannot be
    /// read (the parsed command reports that).
    static func location(in arguments: [String], environment: [String: String]) -> PostgresLocation? {
        guard let command = command(named: arguments), command is any RegisterCommand.Type else { return nil }
        let text = GlobalOptions.databasePath(given: database(in: arguments), environment: environment)
        guard PostgresLocation.isPostgreSQL(text) else { return nil }
        return try? PostgresLocation(parsing: text, environment: environment)
    }

    /// The command that `arguments` name: the subcommands' names (or aliases) that they begin with, followed from
    /// ``DSR``, then a group's default subcommand; `nil` if they name none.
    static func command(named arguments: [String]) -> (any ParsableCommand.Type)? {
        var command: any ParsableCommand.Type = DSR.self
        var named = false
        for argument in arguments {
            let found = command.configuration.subcommands.first { subcommand in
                subcommand._commandName == argument || subcommand.configuration.aliases.contains(argument)
            }
            guard let found else { break }
            command = found
            named = true
        }
        guard named else { return nil }
        while let fallback = command.configuration.defaultSubcommand { command = fallback }
        return command
    }

    /// The value of the last `--database VALUE` or `--database=VALUE` before `--` (as the parser reads it), or `nil`.
    static func database(in arguments: [String]) -> String? {
        var value: String?
        var index = arguments.startIndex
        while index < arguments.endIndex, arguments[index] != "--" {
            let argument = arguments[index]
            if argument == "--database", index + 1 < arguments.endIndex {
                value = arguments[index + 1]
                index += 1
            } else if argument.hasPrefix("--database=") {
                value = String(argument.dropFirst("--database=".count))
            }
            index += 1
        }
        return value.flatMap { $0.isEmpty ? nil : $0 }
    }
}
