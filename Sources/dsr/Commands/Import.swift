import ArgumentParser
import DSRCore
import DSRStore
import Foundation

extension DSR {
    /// `dsr import FILE`: adds requests from a spreadsheet's CSV or a JSON Lines file, all or nothing.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import requests from a CSV (comma or semicolon), JSON Lines or Excel (.xlsx) file, all or nothing.",
            discussion: """
                The first line names the columns, in any order, in English or Finnish: kind (laji), received \
                (saapunut), name (nimi) are required; email, phone, address, language, channel, reference (viite), \
                note, direct_marketing, and for history state (tila), acknowledged, extended, extension_reason, \
                closed (suljettu) and outcome (lopputulos). See docs/import.md.
                Any invalid row stops the import: every problem is listed by line and column and nothing is \
                written, unless --skip-invalid. A row whose reference is already in the register is skipped, so \
                importing a file twice adds nothing the second time.
                An Excel workbook (.xlsx) is read from its first sheet: dates as dates, the deadline and days-left \
                columns of 'dsr export --format xlsx' left out.
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp("The file to import; - reads standard input.", valueName: "FILE")) var file: String
        @Flag(help: "Check the file and report what would be imported, without writing anything.") var dryRun = false
        @Flag(help: "Import the valid rows and list the invalid ones, instead of importing nothing.")
        var skipInvalid = false
        @Option(help: "text or json: how to print the summary.") var format: ObjectFormat = .text

        func run() throws {
            try reportingFailures {
                let today = try Clock.today()
                let reader = try ImportInput(path: file)
                let inputFormat: ImportFormat? = reader.isWorkbook ? .csv
                    : [".jsonl", ".ndjson"].contains(where: file.lowercased().hasSuffix) ? .jsonLines : nil
                var store = try dryRun ? global.openStoreForDryRun() : global.openStore()
                // Rows of requests purged earlier are recognised by their tags under the register's key, which must then
                // be the register's own (a missing or other key stops the import, exit 74).
                if try store.hasPurgedTags() { store.identityKey = try store.registerKey().key }
                let importer = RequestImporter(store: store, workflows: try WorkflowCatalog.builtIn())
                let progress = ProgressLine()
                var listed: [ImportIssue] = []
                var unlisted = 0
                let summary = try importer.run(
                    options: .init(skipInvalid: skipInvalid, dryRun: dryRun, format: inputFormat),
                    actor: global.actorName, now: Clock.now(), today: today, read: { try reader.next() },
                    issue: { issue in
                        switch format {
                        case .text:
                            progress.clear()
                            // A JSON key named in an issue comes from the file: escaped like any stored text.
                            StandardError.write("Invalid: \(TerminalText.escaped(issue.description))\n")
                        case .json:
                            if listed.count < Self.jsonIssueLimit { listed.append(issue) } else { unlisted += 1 }
                        }
                    },
                    progress: { summary in
                        progress.show("\(summary.rows) rows read, \(summary.imported) to import, "
                                      + "\(summary.alreadyPresent) already present, \(summary.invalid) invalid…")
                    })
                progress.clear()
                switch format {
                case .text: print(Self.text(summary))
                case .json:
                    let report = Report(summary: summary, issues: listed, issuesNotListed: unlisted)
                    print(RequestListing.prettyJSON(report), terminator: "")
                }
                if let failure = summary.failure { throw failure }
            }
        }

        /// The most issues `--format json` lists; the rest are counted.
        static let jsonIssueLimit = 10_000

        /// The JSON form of the result.
        struct Report: Encodable {
            var summary: ImportSummary
            var issues: [ImportIssue]
            var issuesNotListed: Int
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
                parts.append("\(summary.invalid) invalid row\(summary.invalid == 1 ? "" : "s")"
                             + (summary.skipInvalid ? " skipped" : ""))
            }
            return parts.joined(separator: "; ") + "." + (summary.dryRun ? " Nothing was written." : "")
        }
    }
}
