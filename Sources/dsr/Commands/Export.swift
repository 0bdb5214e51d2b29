import ArgumentParser
import DSRCases
import DSRCore
import DSRSheets
import Foundation

extension DSR {
    /// `dsr export`: writes requests in the columns `dsr import` reads.
    struct Export: AsyncParsableCommand, RegisterCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write requests as CSV, JSON Lines or an Excel workbook in the columns 'dsr import' reads "
                + "(--all: closed ones too).",
            discussion: """
                The output contains personal data (names, addresses): keep it as safe as the register.
                --format xlsx writes an Excel workbook (--output FILE, or standard output if it is not a terminal) \
                with English or Finnish headers (--language), the deadline and the days left, dates as dates, a \
                frozen header row and an autofilter.
                """)

        @OptionGroup var global: GlobalOptions
        @Flag(help: "Include closed requests.") var all = false
        @Option(help: "csv, jsonl or xlsx.") var format: RequestExportFormat = .csv
        @Flag(help: "For Finnish Excel: semicolons, a UTF-8 byte-order mark and CR LF line ends.") var excel = false
        @Option(help: "xlsx: fi or en (the default), the language of the header row.")
        var language: ExportLanguage?
        @Option(help: ArgumentHelp("xlsx: the file to write (mode 0600).", valueName: "FILE")) var output: String?
        @Flag(help: "xlsx: replace an existing file at --output.") var force = false

        func validate() throws {
            if format == .xlsx {
                if output == nil && isatty(STDOUT_FILENO) == 1 {
                    throw ValidationError(
                        "A workbook is a binary file and is not written to a terminal; give "
                            + "--output FILE (or redirect standard output to a file).")
                }
            } else if output != nil || force || language != nil {
                throw ValidationError(
                    "--output, --force and --language are for --format xlsx; for csv and jsonl "
                        + "redirect standard output to a file.")
            }
        }

        func run() async throws {
            if format == .xlsx { return try await runWorkbook() }
            try await reportingFailuresAsync {
                let requests = try await global.openCasesForReading().exportRequests(ExportRequests(includeClosed: all))
                let output = OutputBuffer()
                let separator: Character = excel ? ";" : ","
                let lineEnd = excel ? "\r" : ""
                switch format {
                case .csv:
                    if excel { output.raw([0xEF, 0xBB, 0xBF]) }
                    try output.line(RequestExport.csvHeader(separator: separator) + lineEnd)
                    for try await request in requests {
                        let line = RequestExport.csvLine(
                            request.record, acknowledgedOn: request.acknowledgedOn,
                            separator: separator)
                        try output.line(line + lineEnd)
                    }
                case .xlsx:
                    // Handled by runWorkbook().
                    break
                case .jsonl:
                    for try await request in requests {
                        try output.line(RequestExport.jsonLine(request.record, acknowledgedOn: request.acknowledgedOn))
                    }
                }
                try output.flush()
            }
        }

        /// `--format xlsx`: the workbook, built whole and then written to the file or standard output.
        private func runWorkbook() async throws {
            try await reportingFailuresAsync {
                let file = try LetterOutput.file(output, force: force, global: global)
                let requests = try await global.openCasesForReading().exportRequests(ExportRequests(includeClosed: all))
                let today = try Clock.today()
                let language: SheetColumns.HeaderLanguage = language == .fi ? .fi : .en
                var writer = WorkbookWriter(
                    sheetName: language == .fi ? "Pyynnöt" : "Requests",
                    headers: SheetColumns.headers(language))
                for try await request in requests {
                    writer.add(SheetColumns.row(request.record, acknowledgedOn: request.acknowledgedOn, today: today))
                }
                try LetterOutput.write(try writer.workbook(), to: file)
            }
        }
    }
}

/// The languages of `dsr export --format xlsx --language`.
enum ExportLanguage: String, ExpressibleByArgument, CaseIterable {
    case fi, en
}

/// Output formats of `dsr export`.
enum RequestExportFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, jsonl, xlsx
}
