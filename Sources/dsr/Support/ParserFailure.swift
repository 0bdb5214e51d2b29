import ArgumentParser
import DSRCore
import Foundation

/// Words the argument parser's own errors without repeating what was typed, where that could be personal data.
///
/// swift-argument-parser quotes the offending argument in its messages: `dsr register access --name Matti
/// Meikäläinen` (a name with a space, not quoted) fails with "Unexpected argument 'Meikäläinen'". dsr catches every
/// parsing error and rewords it by the rule of docs/security.md ("Errors and logs"): the option is named and what was
/// wrong is said, and a value is repeated only when ``InputError/echo(_:)`` finds it cannot be personal data. An
/// extra argument is never repeated: it is usually the rest of a value that needed quotes.
enum ParserFailure {
    /// Prints the reworded error with the parser's usage lines, and exits with the parser's exit code (64 for a
    /// usage error; 0 with the help text for `--help` and `--version`).
    static func exit(_ error: any Error, arguments: [String]) -> Never {
        let code = DSR.exitCode(for: error)
        let original = DSR.message(for: error)
        guard code.rawValue != 0, !original.isEmpty else { DSR.exit(withError: error) }
        let full = DSR.fullMessage(for: error).replacingOccurrences(
            of: original, with: reworded(original, arguments: arguments))
        StandardError.write(full + "\n")
        Foundation.exit(code.rawValue)
    }

    /// The parser's message `message` about the command line `arguments` (without the program's name), reworded so
    /// that it repeats no value that could be personal data.
    static func reworded(_ message: String, arguments: [String]) -> String {
        if message.hasPrefix("Unexpected argument '") || message.contains(" unexpected arguments: '") {
            return extraArgument(message, arguments: arguments)
        }
        if message.hasPrefix("The value '"), let marker = message.range(of: "' is invalid", options: .backwards) {
            let value = String(message[message.index(message.startIndex, offsetBy: 11)..<marker.lowerBound])
            var rest = message[marker.upperBound...]
            var target = "its option"
            if rest.hasPrefix(" for '"), let close = rest.dropFirst(6).firstIndex(of: "'") {
                let synopsis = rest[rest.index(rest.startIndex, offsetBy: 6)..<close]
                target = String(synopsis.split(separator: " ").first ?? synopsis)
                rest = rest[rest.index(after: close)...]
            }
            let suffix = rest.hasPrefix(".") ? String(rest.dropFirst()) : String(rest)
            return "the value\(InputError.echo(value)) is not valid for \(target).\(suffix)"
        }
        if message.hasPrefix("The option '"), let marker = message.range(of: "' does not take any value, but '") {
            let option = message[message.index(message.startIndex, offsetBy: 12)..<marker.lowerBound]
            return "\(option) takes no value, but one was given (write it on its own, or quote the value before it)."
        }
        if message.hasPrefix("Unknown option '") {
            let rest = message.dropFirst(16)
            guard let close = rest.firstIndex(of: "'") else { return "unknown option; see --help for the options." }
            let name = String(rest[..<close])
            let suggestion = rest[rest.index(after: close)...]
            return
                "unknown option\(InputError.echo(name))\(suggestion.isEmpty ? "; see --help for the options." : String(suggestion))"
        }
        if message.hasPrefix("Invalid option: ") {
            return "invalid option\(InputError.echo(String(message.dropFirst(16)))); see --help for the options."
        }
        return message
    }

    /// "Unexpected argument 'X'" or "2 unexpected arguments: 'X', 'Y'", reworded without the arguments.
    private static func extraArgument(_ message: String, arguments: [String]) -> String {
        let quoted = message[message.index(after: message.firstIndex(of: "'") ?? message.startIndex)...]
        let first = String(quoted.components(separatedBy: "', '")[0].dropLast(quoted.contains("', '") ? 0 : 1))
        let plural = !message.hasPrefix("Unexpected argument '")
        guard let index = arguments.firstIndex(where: { $0 == first && !$0.hasPrefix("-") }) else {
            return "unexpected extra argument\(plural ? "s" : ""); quote values that contain spaces."
        }
        if index == 0 {
            return "unknown command\(InputError.echo(first)); see 'dsr --help' for the commands."
        }
        if let option = arguments[..<index].last(where: { $0.hasPrefix("-") && $0 != "-" }) {
            let name = String(option.prefix { $0 != "=" })
            return
                "unexpected extra argument\(plural ? "s" : "") after \(InputError.echo(name).isEmpty ? "an option" : name) "
                + "(quote values that contain spaces)."
        }
        return
            "unexpected extra argument\(plural ? "s" : "") at position \(index + 1) (quote values that contain spaces)."
    }
}
