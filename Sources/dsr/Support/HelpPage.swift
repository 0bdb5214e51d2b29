import ArgumentParser
import DSRCore

/// The help pages dsr writes itself rather than the argument parser: the grouped command list with an example per
/// command (`dsr`, `dsr --help`, `dsr -h`, `dsr help`), a request kind's workflow (`dsr help access`,
/// `dsr help tarkastuspyyntö`) and the hidden `dsr --dump-commands` that `scripts/command-table` reads. Anything
/// else, `dsr help register` among it, goes to the argument parser as before.
enum HelpPage: Equatable {
    /// The grouped list of commands.
    case commands
    /// The workflow of a request kind.
    case kind(RequestKind)
    /// The commands as tab-separated lines: group, command, what it does, example.
    case dump
    /// `dsr help WORD` for a word that is neither a command nor a request kind.
    case unknown(String)

    /// The width help text is wrapped to.
    static let width = 100
    /// The column where a command's description starts.
    static let labelColumn = 26

    /// The page the command line asks for, or `nil` when the argument parser should handle it.
    init?(arguments: [String]) {
        switch arguments {
        case [], ["-h"], ["--help"], ["-help"], ["help"]: self = .commands
        case ["--dump-commands"]: self = .dump
        case let words where words.count == 2 && words[0] == "help" && !words[1].hasPrefix("-"):
            let name = words[1]
            guard !Self.isCommand(name), name != "help" else { return nil }
            self = RequestKind(name: name).map(Self.kind) ?? .unknown(name)
        default: return nil
        }
    }

    /// Whether `name` is one of dsr's commands (`register`, `acknowledge`, …).
    static func isCommand(_ name: String) -> Bool {
        DSR.configuration.subcommands.contains { $0._commandName == name }
    }

    /// The page's text, ending with a newline.
    /// - Throws: ``UsageFailure`` for a topic dsr has no help on.
    func text() throws -> String {
        switch self {
        case .commands: Self.commandList()
        case .kind(let kind): KindHelp(definition: try WorkflowCatalog.builtIn()[kind]).text
        case .dump: Self.dumpLines()
        case .unknown(let name):
            throw UsageFailure(
                message: "dsr has no command or request kind\(InputError.echo(name)); 'dsr --help' lists the commands, "
                    + "and 'dsr help KIND' takes a request kind: "
                    + RequestKind.allCases.map { "\($0.rawValue) (\($0.aliases[1]))" }.joined(separator: ", ") + ".")
        }
    }

    /// `dsr --help`: what dsr is, the commands by group with an example each, and where to read more.
    private static func commandList() -> String {
        let configuration = DSR.configuration
        var lines = [
            "OVERVIEW: \(configuration.abstract)", "",
            "USAGE: dsr <command> [<options>]", "",
        ]
        for group in DSR.commandGroups {
            lines.append("\(group.name.uppercased()):")
            for entry in group.entries {
                lines += labelled(entry.name, entry.abstract)
                lines.append(String(repeating: " ", count: labelColumn) + entry.example)
            }
            lines.append("")
        }
        lines.append("MORE HELP:")
        lines += labelled("dsr help COMMAND", "A command's options, for example 'dsr help register'.")
        lines += labelled(
            "dsr help KIND",
            "How a kind of request is handled, step by step: "
                + RequestKind.allCases.map { "\($0.rawValue) (\($0.aliases[1]))" }.joined(separator: ", ") + ".")
        lines += labelled("--version", "The version of dsr.")
        lines.append("")
        lines += configuration.discussion.split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { wrap(String($0), indent: 0, hangingIndent: 0) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `dsr --dump-commands`: one line per command, `group<TAB>command<TAB>what it does<TAB>example`.
    private static func dumpLines() -> String {
        DSR.commandGroups.flatMap { group in
            group.entries.map { [group.name, $0.name, $0.abstract, $0.example].joined(separator: "\t") + "\n" }
        }.joined()
    }

    /// A label in the left column and its text wrapped beside it; a long label gets a line of its own.
    static func labelled(_ label: String, _ text: String) -> [String] {
        let left = "  " + label
        var body = wrap(text, indent: labelColumn, hangingIndent: labelColumn)
        guard left.count < labelColumn - 1, !body.isEmpty else { return [left] + body }
        body[0] = left + String(repeating: " ", count: labelColumn - left.count) + body[0].dropFirst(labelColumn)
        return body
    }

    /// The text wrapped at spaces to ``width`` columns, the first line indented by `indent` and the others by
    /// `hangingIndent`; a word longer than a line stays whole.
    static func wrap(_ text: String, indent: Int, hangingIndent: Int) -> [String] {
        var lines: [String] = []
        var line = String(repeating: " ", count: indent)
        var lineIsEmpty = true
        for word in text.split(separator: " ") {
            if !lineIsEmpty && line.count + 1 + word.count > width {
                lines.append(line)
                line = String(repeating: " ", count: hangingIndent)
                lineIsEmpty = true
            }
            line += (lineIsEmpty ? "" : " ") + word
            lineIsEmpty = false
        }
        if !lineIsEmpty || lines.isEmpty { lines.append(lineIsEmpty ? "" : line) }
        return lines
    }
}
