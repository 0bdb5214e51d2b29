import ArgumentParser
import DSRCases
import DSRCore

extension DSR {
    /// `dsr report`: how requests were handled in a year or period.
    struct Report: AsyncParsableCommand, RegisterCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Report requests received and closed, timeliness, extensions, pauses, refusals and withdrawals.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "The calendar year (default: this year).") var year: Int?
        @Option(help: ArgumentHelp("The first day of the period.", valueName: "DATE")) var from: String?
        @Option(help: ArgumentHelp("The last day of the period.", valueName: "DATE")) var to: String?
        @Option(help: "text, json, csv or html.") var format: ReportFormat = .text

        func validate() throws {
            if year != nil && (from != nil || to != nil) {
                throw ValidationError("give --year or --from/--to, not both.")
            }
            if (from == nil) != (to == nil) { throw ValidationError("give both --from and --to.") }
        }

        func run() async throws {
            try await reportingFailuresAsync {
                let today = try Clock.today()
                let start: CivilDate
                let end: CivilDate
                if let from, let to {
                    start = try Parse.date(from, field: "--from")
                    end = try Parse.date(to, field: "--to")
                    guard start <= end else {
                        throw InputError.unknownValue(field: "--to", text: to, accepted: ["a day on or after --from"])
                    }
                } else {
                    let year = year ?? today.year
                    guard (2018...CivilDate.acceptedYears.upperBound).contains(year),
                        let first = CivilDate(year: year, month: 1, day: 1),
                        let last = CivilDate(year: year, month: 12, day: 31)
                    else {
                        throw InputError.unknownValue(
                            field: "--year", text: String(year),
                            accepted: ["2018 to \(CivilDate.acceptedYears.upperBound)"])
                    }
                    start = first
                    end = last
                }
                let service = try await global.openCasesForReading()
                let records = try await service.records(RequestQuery(includeClosed: true))
                let report = PeriodReport(
                    records: records, letters: try await service.answerLetters(), from: start, to: end, today: today)
                switch format {
                case .text: print(report.text(), terminator: "")
                case .json: print(RequestListing.prettyJSON(report), terminator: "")
                case .csv: print(report.csv(), terminator: "")
                case .html: print(report.html(), terminator: "")
                }
            }
        }
    }
}

/// Output formats of `dsr report`.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv, html
}
