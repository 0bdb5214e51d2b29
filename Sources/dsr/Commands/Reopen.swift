import ArgumentParser
import DSRCases
import DSRCore

extension DSR {
    /// `dsr reopen CASE --reason TEXT`: reopens a closed request as its workflow allows (issue 15).
    struct Reopen: AsyncParsableCommand, RegisterCommand {
        static let configuration = CommandConfiguration(
            commandName: "reopen",
            abstract: "Reopen a closed request (for example when the person answers after completion).",
            discussion: """
                The workflows say which closed states may be reopened and what the clock does; the built-in ones \
                go back to in-progress with the original deadline (docs/workflows.md, Reopening).
                Example: dsr reopen 2026-0042 --reason "the person says the copy lacked the call recordings"
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The case number, for example 2026-0042.") var caseNumber: String
        @Option(help: "Why the request is reopened (required).") var reason: String?

        func run() async throws {
            try await reportingFailuresAsync {
                let moment = try Clock.moment()
                let caseNumber = try Parse.caseNumber(caseNumber)
                let reopened = try await global.openCases(creating: false).reopen(
                    ReopenCase(caseNumber: caseNumber, reason: reason ?? ""), actor: global.actorName, today: moment)
                let record = reopened.record
                print("\(record.caseNumber)  \(reopened.previousState) → \(record.state)  deadline \(record.deadline)")
                if reopened.previousDeadline != record.deadline {
                    print("Deadline moved from \(reopened.previousDeadline) to \(record.deadline).")
                }
                if record.isOverdue(asOf: moment.date) {
                    printWarning(
                        "\(record.caseNumber) is past its deadline \(record.deadline): answer without "
                            + "further delay (GDPR Art. 12(3)).")
                }
            }
        }
    }
}
