import ArgumentParser
import DSRCases
import DSRCore
import Foundation

extension DSR {
    /// `dsr suppressed EMAIL|PHONE`: whether the person may be contacted for direct marketing (GDPR Art. 21(3)).
    struct Suppressed: AsyncParsableCommand, RegisterCommand {
        static let configuration = CommandConfiguration(
            commandName: "suppressed",
            abstract: "Whether an e-mail address or telephone number may be contacted for direct marketing.",
            discussion: """
                Looks the address or number up in the suppression list of objections to direct marketing (GDPR \
                Art. 21(3)), which outlives a purge. Exit 0: on the list, do not contact; exit 1: not on the list. \
                Any other exit code is an error, and then the answer is unknown. \
                Example: dsr suppressed maija@example.fi
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The e-mail address or telephone number (040 123 4567, +358 40 123 4567).") var contact: String

        func run() async throws {
            try await reportingFailuresAsync {
                let entry = try await global.openCasesForReading().suppression(CheckSuppression(contact: contact))
                guard let entry else {
                    print("Not on the suppression list: no objection to direct marketing is recorded for it.")
                    throw ExitCode(1)
                }
                print(
                    "On the suppression list: may not be contacted for direct marketing since \(entry.since) "
                        + "(case \(entry.caseNumber); GDPR Art. 21(3)).")
            }
        }
    }
}
