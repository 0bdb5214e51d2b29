import ArgumentParser
import DSRCore
import DSRStore
import Foundation

extension DSR {
    /// `dsr export`: writes requests in the columns `dsr import` reads.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write requests as CSV or JSON Lines in the columns 'dsr import' reads (--all: closed ones too).",
            discussion: "The output contains personal data (names, addresses): keep it as safe as the register.")

        @OptionGroup var global: GlobalOptions
        @Flag(help: "Include closed requests.") var all = false
        @Option(help: "csv or jsonl.") var format: RequestExportFormat = .csv
        @Flag(help: "For Finnish Excel: semicolons, a UTF-8 byte-order mark and CR LF line ends.") var excel = false

        func run() throws {
            try reportingFailures {
                let store = try global.openStore()
                let output = OutputBuffer()
                let separator: Character = excel ? ";" : ","
                let lineEnd = excel ? "\r" : ""
                switch format {
                case .csv:
                    if excel { output.raw([0xEF, 0xBB, 0xBF]) }
                    output.line(RequestExport.csvHeader(separator: separator) + lineEnd)
                    try store.forEachRequest(RequestQuery(includeClosed: all)) { record, acknowledged in
                        let line = RequestExport.csvLine(record, acknowledgedOn: acknowledged, separator: separator)
                        output.line(line + lineEnd)
                    }
                case .jsonl:
                    try store.forEachRequest(RequestQuery(includeClosed: all)) { record, acknowledged in
                        output.line(try RequestExport.jsonLine(record, acknowledgedOn: acknowledged))
                    }
                }
                output.flush()
            }
        }
    }
}

/// Output formats of `dsr export`.
enum RequestExportFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, jsonl
}
