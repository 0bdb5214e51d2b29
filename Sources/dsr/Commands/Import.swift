import ArgumentParser
import DSRCases
import DSRCore
import Foundation

extension DSR {
    /// `dsr import FILE`: adds requests from a spreadsheet's CSV or a JSON Lines file, all or nothing.
    struct Import: AsyncParsableCommand, RegisterCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract:
                "Import requests from a CSV (comma or semicolon), JSON Lines or Excel (.xlsx) file, all or nothing.",
            discussion: """
                The first line names the columns, in any order, in English or Finnish: kind (laji), received \
                (saapunut), name (nimi) are required; email, phone, address, language, channel, reference (viite), \
                note, direct_marketing, and for history state (tila), acknowledged, extended, extension_reason, \
                closed (suljettu) and outcome (lopputulos). See docs/import.md.
                Any invalid row stops the import: every problem is listed by line and column and nothing is \
                written, unless --skip-invalid. A row whose reference is already in the register is skipped, so \
                importing a file twice adds nothing the second time.
                Other header names: --map "Sähköposti=email" maps one to a column, --ignore leaves one out, and \
                --mapping FILE reads them from a YAML file (columns: {"Sähköposti": email}, ignore: [...]). \
                --template prints an empty sheet's header line. The encoding is told from the file: UTF-8 (with or \
                without BOM), UTF-16 with BOM, else Windows-1252; --encoding iso-8859-15 reads ISO-8859-15.
                An Excel workbook (.xlsx) is read from its first sheet: dates as dates, the deadline and days-left \
                columns of 'dsr export --format xlsx' left out.
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp("The file to import; - reads standard input.", valueName: "FILE")) var file:
            String?
        @Option(
            help: ArgumentHelp(
                "Read the header name HEADER as the column COLUMN (repeatable).",
                valueName: "HEADER=COLUMN"))
        var map: [String] = []
        @Option(help: ArgumentHelp("Leave out the column with this header name (repeatable).", valueName: "HEADER"))
        var ignore: [String] = []
        @Option(
            help: ArgumentHelp(
                "A YAML file of header names to columns (columns:) and to leave out (ignore:).",
                valueName: "FILE"))
        var mapping: String?
        @Option(
            help: ArgumentHelp("utf-8, windows-1252 or iso-8859-15; default: told from the file.", valueName: "NAME"))
        var encoding: String?
        @Flag(help: "Print the header line of an empty sheet to fill in (with --mapping, its header names), and exit.")
        var template = false
        @Flag(help: "Check the file and report what would be imported, without writing anything.") var dryRun = false
        @Flag(help: "Import the valid rows and list the invalid ones, instead of importing nothing.")
        var skipInvalid = false
        @Option(help: "text or json: how to print the summary.") var format: ObjectFormat = .text

        func run() async throws {
            try await reportingFailuresAsync {
                let columns = try columnMapping()
                if template {
                    guard file == nil else {
                        throw UsageFailure(message: "--template prints an empty sheet; give it no FILE.")
                    }
                    print(RequestExport.csvTemplate(mapping: columns))
                    return
                }
                guard let file else {
                    throw UsageFailure(message: "give the FILE to import (- reads standard input), or --template.")
                }
                let encoding = try self.encoding.map { name in
                    guard let encoding = ImportEncoding(name: name) else {
                        throw UsageFailure(
                            message: "--encoding takes "
                                + ImportEncoding.namable.map(\.rawValue).joined(separator: ", ") + ".")
                    }
                    return encoding
                }
                // An import that fails changes nothing: a register it created for itself goes again (with the key
                // made for it), once the store is closed.
                let keyExisted = global.registerKeyExists
                var created = false
                do {
                    try await importRows(file: file, encoding: encoding, columns: columns, created: &created)
                } catch {
                    if created {
                        for file in global.registerFiles(includingKey: !keyExisted) {
                            try? FileManager.default.removeItem(atPath: file)
                        }
                        printNote("nothing was imported, so the register created for the import was removed again.")
                    }
                    throw error
                }
            }
        }

        /// Reads the file and imports its rows through a service whose register is closed when this returns;
        /// `created` tells whether this process created the register.
        private func importRows(
            file: String, encoding: ImportEncoding?, columns: ImportColumnMapping,
            created: inout Bool
        ) async throws {
            let moment = try Clock.moment()
            let reader = try ImportInput(path: file)
            let inputFormat: ImportFormat? =
                reader.isWorkbook
                ? .csv
                : [".jsonl", ".ndjson"].contains(where: file.lowercased().hasSuffix) ? .jsonLines : nil
            let opened = try await global.openCasesForImport(dryRun: dryRun)
            created = opened.created
            let command = ImportRequests(
                options: .init(
                    skipInvalid: skipInvalid, dryRun: dryRun, format: inputFormat, encoding: encoding,
                    mapping: columns),
                read: { try reader.next() })
            let progress = ProgressLine()
            let started = Date()
            var listed: [ImportIssue] = []
            var unlisted = 0
            var finished: ImportSummary?
            for try await event in opened.service.importRequests(command, actor: global.actorName, today: moment) {
                switch event {
                case .issue(let issue):
                    switch format {
                    case .text:
                        progress.clear()
                        // A JSON key named in an issue comes from the file: escaped like any stored text.
                        StandardError.write("Invalid: \(TerminalText.escaped(issue.description))\n")
                    case .json:
                        if listed.count < Self.jsonIssueLimit { listed.append(issue) } else { unlisted += 1 }
                    }
                case .progress(let summary):
                    progress.show(
                        Self.progressText(
                            summary, seconds: Date().timeIntervalSince(started), fractionRead: reader.fractionRead))
                case .finished(let summary):
                    finished = summary
                }
            }
            progress.clear()
            guard let summary = finished else { throw CancellationError() }
            switch format {
            case .text: print(Self.text(summary))
            case .json:
                let report = Report(summary: summary, issues: listed, issuesNotListed: unlisted)
                print(RequestListing.prettyJSON(report), terminator: "")
            }
            if let failure = summary.failure { throw failure }
        }

        /// The header mapping of `--mapping`, `--map` and `--ignore`, in that order.
        func columnMapping() throws -> ImportColumnMapping {
            var columns = ImportColumnMapping()
            if let mapping {
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: mapping, isDirectory: &isFolder), !isFolder.boolValue,
                    let handle = FileHandle(forReadingAtPath: mapping)
                else { throw FileError.missing(path: mapping, what: "readable mapping file") }
                defer { try? handle.close() }
                // A mapping names header names only: read at most 1 MiB, so that `--mapping /dev/zero` ends at once.
                let data: Data
                do {
                    data = try handle.read(upToCount: Self.mappingByteLimit + 1) ?? Data()
                } catch {
                    throw FileError.missing(path: mapping, what: "readable mapping file (reading failed)")
                }
                guard data.count <= Self.mappingByteLimit else {
                    throw ImportMappingError(
                        source: .file,
                        problem: .shape(
                            "it is longer than 1 MiB; a mapping file "
                                + "holds header names only"))
                }
                guard let text = String(data: data, encoding: .utf8) else { throw FileError.notText(path: mapping) }
                columns = try ImportColumnMapping(yaml: text)
            }
            for assignment in map { try columns.map(assignment, source: .options) }
            for header in ignore { try columns.ignore(header, source: .options) }
            return columns
        }

        /// The longest mapping file read, in bytes.
        static let mappingByteLimit = 1 << 20

        /// The most issues `--format json` lists; the rest are counted.
        static let jsonIssueLimit = 10_000

        /// The JSON form of the result.
        struct Report: Encodable {
            var summary: ImportSummary
            var issues: [ImportIssue]
            var issuesNotListed: Int
        }

        /// The progress line on a terminal: rows read, their rate, and, when the file's size is known, the time left
        /// at that rate (from the share of the file read; the search index and the commit at the end come on top).
        static func progressText(_ summary: ImportSummary, seconds: Double, fractionRead: Double?) -> String {
            var text = "\(summary.rows) rows read"
            if seconds > 0 {
                text += ", \(Int((Double(summary.rows) / seconds).rounded())) rows/s"
                if let fractionRead, fractionRead > 0 {
                    text += ", about \(duration(seconds * (1 - fractionRead) / fractionRead)) left"
                }
            }
            return text
                + ": \(summary.imported) to import, \(summary.alreadyPresent) already present, "
                + "\(summary.invalid) invalid…"
        }

        /// A duration to the second, in minutes and hours when it is long: `45 s`, `3 min 5 s`, `1 h 20 min`.
        static func duration(_ seconds: Double) -> String {
            let whole = Int(seconds.rounded(.up))
            if whole < 60 { return "\(whole) s" }
            if whole < 3_600 { return "\(whole / 60) min \(whole % 60) s" }
            return "\(whole / 3_600) h \((whole % 3_600) / 60) min"
        }

        /// The one-line summary.
        static func text(_ summary: ImportSummary) -> String {
            var parts: [String] = []
            if summary.failure != nil {
                return (summary.dryRun ? "Dry run: nothing would be imported: " : "Nothing was imported: ")
                    + "\(summary.invalid) of \(summary.rows) row\(summary.rows == 1 ? "" : "s") "
                    + "\(summary.invalid == 1 ? "is" : "are") invalid."
                    + (summary.dryRun ? " Nothing was written." : "")
            }
            let verb = summary.stored ? "Imported" : "Dry run: would import"
            var line = "\(verb) \(summary.imported) request\(summary.imported == 1 ? "" : "s")"
            if let first = summary.firstCase, let last = summary.lastCase {
                line += first == last ? " (\(first))" : " (\(first) … \(last))"
            }
            if summary.closed > 0 { line += ", \(summary.closed) of them closed" }
            parts.append(line)
            if summary.alreadyPresent > 0 { parts.append("\(summary.alreadyPresent) already in the register") }
            if summary.invalid > 0 {
                parts.append(
                    "\(summary.invalid) invalid row\(summary.invalid == 1 ? "" : "s")"
                        + (summary.skipInvalid ? " skipped" : ""))
            }
            return parts.joined(separator: "; ") + "." + (summary.dryRun ? " Nothing was written." : "")
        }
    }
}
