import ArgumentParser

/// A group of commands as `dsr --help` lists them (``DSR/commandGroups``), each command with one example.
struct HelpGroup: Sendable {
    /// One command of the group and a command line that shows it in use.
    struct Entry: Sendable {
        /// The command.
        let command: any ParsableCommand.Type
        /// A complete command line, starting with `dsr` and the command's name.
        let example: String

        /// Pairs a command with its example.
        init(_ command: any ParsableCommand.Type, _ example: String) {
            self.command = command
            self.example = example
        }

        /// The command's name as typed after `dsr`.
        var name: String { command.configuration.commandName ?? "" }

        /// The command's one-line help.
        var abstract: String { command.configuration.abstract }
    }

    /// The group's heading, for example "Every day".
    let name: String
    /// The group's commands in the order the help lists them.
    let entries: [Entry]

    /// Creates a group.
    init(_ name: String, _ entries: [Entry]) {
        self.name = name
        self.entries = entries
    }

    /// The group as the argument parser takes it, for its completion scripts, manual page and `help COMMAND`.
    var commandGroup: CommandGroup {
        CommandGroup(name: name, subcommands: entries.map(\.command))
    }
}
