import ArgumentParser
import DSRCore
import DSRStore
import DSRLetters
import Foundation

extension DSR {
    /// `dsr letter CASE [TYPE]`: prints a letter of a request.
    struct Letter: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "letter",
            abstract: "Print a letter of a request; 'dsr letter types' lists the types.",
            discussion: "With no TYPE, prints the letter the request's current state calls for.")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The case number, or 'types'.") var caseNumber: String
        @Argument(help: "The letter type, for example refusal.") var type: String?
        @Option(help: "fi, sv or en (default: the request's language).") var language: String?
        @Option(help: ArgumentHelp("The letter's date (default today).", valueName: "DATE")) var date: String?
        @Option(help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE")) var output: String?

        func run() throws {
            try reportingFailures {
                if caseNumber == "types" {
                    for letter in LetterType.allCases { print(letter.rawValue) }
                    return
                }
                let caseNumber = try Parse.caseNumber(caseNumber)
                let store = try global.openStore()
                guard let record = try store.record(caseNumber) else { throw StoreError.unknownCase(caseNumber) }
                let renderer = try LetterRenderer()
                let letterType: LetterType
                if let type {
                    guard let parsed = LetterType(rawValue: type.lowercased()) else {
                        throw InputError.unknownValue(field: "letter type", text: type,
                                                      accepted: LetterType.allCases.map(\.rawValue))
                    }
                    letterType = parsed
                } else {
                    let workflow = try WorkflowCatalog.builtIn()[record.kind]
                    guard let letter = workflow.expectedLetter(for: record) else {
                        throw ExpectedLetterError.noLetterForState(caseNumber, state: record.state)
                    }
                    letterType = letter
                }
                let text = try renderer.render(
                    letterType, for: record, controller: try store.controllerProfile()?.profile,
                    language: try language.map(Parse.language) ?? record.language,
                    date: try Parse.date(date, field: "--date", default: try Clock.today()))
                if let output {
                    guard FileManager.default.createFile(atPath: output, contents: Data(text.utf8)) else {
                        throw FileError.cannotWrite(path: output, reason: "the file could not be created")
                    }
                } else {
                    print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
                }
            }
        }
    }
}
