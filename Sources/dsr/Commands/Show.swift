import ArgumentParser
import DSRCases
import DSRCore

extension DSR {
    /// `dsr show CASE`: the request, its deadline and how it was computed, and its history.
    struct Show: AsyncParsableCommand, RegisterCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show a request, its deadline with the explanation of how it was computed, and its history.")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The case number, for example 2026-0042.") var caseNumber: String
        @Option(help: ArgumentHelp("Count days left as if today were DATE.", valueName: "DATE")) var asOf: String?
        @Option(help: "fi, sv or en: the language of the deadline explanation.") var language: String = "en"
        @Option(help: "text or json.") var format: ObjectFormat = .text

        func run() async throws {
            try await reportingFailuresAsync {
                let caseNumber = try Parse.caseNumber(caseNumber)
                let asOfDate = try Parse.date(asOf, field: "--as-of", default: try Clock.today())
                let language = try Parse.language(language)
                let detail = try await global.openCasesForReading().show(
                    ShowCase(caseNumber: caseNumber, asOf: asOfDate))
                switch format {
                case .text: print(TerminalText.escaped(detail.text(language: language)), terminator: "")
                case .json: print(try detail.json(), terminator: "")
                }
            }
        }
    }
}
