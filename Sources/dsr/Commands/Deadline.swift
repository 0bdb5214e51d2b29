import ArgumentParser
import DSRCore

extension DSR {
    /// `dsr deadline --received DATE`: computes a deadline without touching the register.
    struct Deadline: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "deadline",
            abstract: "Print the statutory deadline of a request received on DATE (first line: YYYY-MM-DD).")

        @Option(help: ArgumentHelp("The day the request was received.", valueName: "DATE")) var received: String
        @Flag(help: "The Art. 12(3) extension was taken.") var extended = false
        @Option(help: ArgumentHelp("Days the clock was paused.", valueName: "N")) var pausedDays: Int = 0
        @Flag(help: "Explain each step after the date.") var explain = false
        @Option(help: "fi, sv or en: the language of the explanation.") var language: String = "en"

        func run() throws {
            try reportingFailures {
                let date = try Parse.date(received, field: "--received")
                guard (0...3650).contains(pausedDays) else {
                    throw InputError.unknownValue(
                        field: "--paused-days", text: String(pausedDays), accepted: ["0 to 3650"])
                }
                let language = try Parse.language(language)
                let deadline = DeadlineCalculator().deadline(received: date, extended: extended, pausedDays: pausedDays)
                print(deadline.date)
                if explain {
                    for line in deadline.explanation(in: language) { print(line) }
                }
            }
        }
    }
}
