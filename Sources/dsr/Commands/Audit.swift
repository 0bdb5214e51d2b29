import ArgumentParser
import DSRCases
import DSRCore
import Foundation

extension DSR {
    /// `dsr audit`: prove that the register's history was not rewritten, and hand it to an auditor.
    struct Audit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "audit",
            abstract: "Verify the register's hash chain and history, or export it for an auditor.",
            subcommands: [Verify.self, Anchor.self, Export.self])

        /// `dsr audit verify`.
        struct Verify: AsyncParsableCommand, RegisterCommand {
            static let configuration = CommandConfiguration(
                commandName: "verify",
                abstract: "Check the hash chain, personal data, counters and schema, and replay every case through "
                    + "its workflow; exit 1 naming the first broken event and case.",
                discussion: "It also checks that the identity-code key file beside the register is the key whose "
                    + "fingerprint the register recorded (problem identity-key), unless --skip-key-check.")

            @OptionGroup var global: GlobalOptions
            @Option(help: "text or json.") var format: ObjectFormat = .text
            @Option(
                name: .customLong("anchor"),
                help: ArgumentHelp(
                    "An anchor line kept earlier ('dsr audit anchor'); exit 1 if the register does "
                        + "not contain that head. Repeatable.", valueName: "LINE"))
            var anchorLines: [String] = []
            @Option(
                help: ArgumentHelp(
                    "A file of anchor lines, or a folder whose *.anchor files to check (the ones "
                        + "'dsr backup' keeps beside each backup). Repeatable.", valueName: "PATH"))
            var anchorFile: [String] = []
            @Flag(
                help: ArgumentHelp(
                    "Leave out the check that DATABASE.key is the key the register recorded: for a "
                        + "backup copy, whose key is kept apart from it."))
            var skipKeyCheck = false

            func run() async throws {
                try await reportingFailuresAsync {
                    var anchors: [ChainAnchor] = []
                    for line in anchorLines {
                        guard let anchor = ChainAnchor(parsing: line) else {
                            throw ChainAnchorError.malformed(path: nil, line: nil)
                        }
                        anchors.append(anchor)
                    }
                    for path in anchorFile { anchors += try ChainAnchor.read(from: path) }
                    let service = try await global.openCases(creating: false)
                    let report = try await service.verifyAudit(
                        VerifyAudit(
                            anchors: anchors,
                            checkIdentityKey: !skipKeyCheck))
                    switch format {
                    case .text: print(TerminalText.escaped(AuditReportView.text(report)), terminator: "")
                    case .json: print(RequestListing.prettyJSON(AuditVerificationDocument(report)), terminator: "")
                    }
                    if let first = report.firstBreak {
                        throw AuditFailure(
                            problems: report.problems.count, firstEvent: report.firstBrokenSequence,
                            firstCase: report.firstBrokenCase, first: first)
                    }
                }
            }
        }

        /// `dsr audit anchor`.
        struct Anchor: AsyncParsableCommand, RegisterCommand {
            static let configuration = CommandConfiguration(
                commandName: "anchor",
                abstract: "Print the register's head as one anchor line to keep outside the register.",
                discussion: "The line, 'dsr-anchor v1 events=N head=HEX', names the last event and its hash. Keep it "
                    + "where the register's users cannot change it; 'dsr audit verify --anchor LINE' later fails if "
                    + "the register no longer contains that head (events cut off or rewritten). It does not check the "
                    + "register itself: 'dsr audit verify' does. docs/security.md, \"Anchors\", says where to keep them."
            )

            @OptionGroup var global: GlobalOptions

            func run() async throws {
                try await reportingFailuresAsync {
                    print(try await global.openCases(creating: false).auditAnchor())
                }
            }
        }

        /// `dsr audit export [CASE]`.
        struct Export: AsyncParsableCommand, RegisterCommand {
            static let configuration = CommandConfiguration(
                commandName: "export",
                abstract: "Write the event log, of one case or all, exactly as hashed, as JSON Lines or CSV.",
                discussion: "The personal data kept beside the chain is left out unless --include-personal-data is "
                    + "given; identity codes are shown masked. docs/storage.md describes how to recompute each hash.")

            @OptionGroup var global: GlobalOptions
            @Argument(help: "The case number; all cases and register-wide entries if left out.") var caseNumber: String?
            @Option(help: "jsonl or csv.") var format: ExportFormat = .jsonl
            @Option(
                help: ArgumentHelp(
                    "Write to FILE (created with mode 0600) instead of standard output.",
                    valueName: "FILE"))
            var output: String?
            @Flag(help: "Replace FILE if it exists (never the register's own files).") var force = false
            @Flag(help: "Add each event's full data while it is kept (names, contact details, free texts).")
            var includePersonalData = false

            func run() async throws {
                try await reportingFailuresAsync {
                    let caseNumber = try caseNumber.map(Parse.caseNumber)
                    let sink = try OutputSink(path: output, force: force, register: global.databasePath)
                    let trail = try await global.openCases(creating: false).auditTrail(
                        ExportAuditTrail(caseNumber: caseNumber, includePersonalData: includePersonalData))
                    if format == .csv { try sink.write(AuditExportRows.csvHeader(includePersonalData) + "\n") }
                    for try await entry in trail {
                        switch format {
                        case .jsonl: try sink.write(AuditExportRows.jsonLine(entry) + "\n")
                        case .csv: try sink.write(AuditExportRows.csvLine(entry, includePersonalData) + "\n")
                        }
                    }
                    try sink.finish()
                }
            }
        }
    }
}

/// Output formats of `dsr audit export`.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl, csv
}
