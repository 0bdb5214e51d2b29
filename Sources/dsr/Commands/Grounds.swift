import ArgumentParser
import DSRCore

extension DSR {
    /// `dsr grounds`: the refusal-ground catalogue.
    struct Grounds: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "grounds",
            abstract: "List the refusal grounds with their codes, kinds and legal references.")

        @Option(help: "Only grounds valid for this kind.") var kind: String?
        @Option(help: "fi, sv or en: the language of references and titles in the table.") var language: String = "en"
        @Option(help: "table or json.") var format: GroundsFormat = .table

        func run() throws {
            try reportingFailures {
                let language = try Parse.language(language)
                let grounds = try kind.map { RefusalGround.grounds(for: try Parse.kind($0)) } ?? RefusalGround.catalogue
                switch format {
                case .table: print(GroundListing.table(grounds, language: language), terminator: "")
                case .json: print(GroundListing.json(grounds), terminator: "")
                }
            }
        }
    }
}

/// Output formats of `dsr grounds`.
enum GroundsFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}
