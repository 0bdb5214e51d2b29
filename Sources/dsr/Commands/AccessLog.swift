import ArgumentParser
import DSRCases
import DSRCore
import Foundation

extension DSR {
    /// `dsr access-log`: who viewed which case's personal data, and when, through `dsr serve` (issue 18).
    struct AccessLog: AsyncParsableCommand, RegisterCommand {
        static let configuration = CommandConfiguration(
            commandName: "access-log",
            abstract: "List the views of cases' personal data that signed-in users made (who, when, which case).",
            discussion: """
                Example: dsr access-log --case 2026-0042
                The log is append-only and kept beside the hash chain, not in it (docs/users.md).
                """)

        @OptionGroup var global: GlobalOptions
        @Option(name: .customLong("case"), help: "Only this case's views, for example 2026-0042.") var caseNumber:
            String?
        @Option(help: "text or json (one object per line).") var format: ObjectFormat = .text

        /// The entries read per page.
        static let pageSize = 1000

        func run() async throws {
            try await reportingFailuresAsync {
                let caseNumber = try caseNumber.map(Parse.caseNumber)
                let service = try await global.openCasesForReading()
                var after: Int64 = 0
                var printed = 0
                while true {
                    let page = try await service.caseViews(
                        ListCaseViews(caseNumber: caseNumber, after: after, limit: Self.pageSize))
                    for view in page {
                        let time = UserCommands.timestamp(view.viewedAt)
                        switch format {
                        case .json:
                            let line = RequestListing.prettyJSON([
                                "position": String(view.position), "case": view.caseNumber.description,
                                "actor": view.actor, "viewedAt": time,
                            ])
                            print(line.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined())
                        case .text:
                            print("\(time)  \(view.caseNumber)  \(TerminalText.escaped(view.actor))")
                        }
                    }
                    printed += page.count
                    guard page.count == Self.pageSize, let last = page.last else { break }
                    after = last.position
                }
                if printed == 0 && format == .text { print("No views recorded.") }
            }
        }
    }
}
