import ArgumentParser
import DSRCases
import DSRCore

extension DSR {
    /// `dsr attachments CASE`: lists a case's attachments (issue 15).
    struct Attachments: AsyncParsableCommand, RegisterCommand {
        static let configuration = CommandConfiguration(
            commandName: "attachments",
            abstract: "List a case's attachments, deleted ones included.",
            discussion: "Example: dsr attachments 2026-0042 --format json")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The case number, for example 2026-0042.") var caseNumber: String
        @Option(help: "text or json.") var format: ObjectFormat = .text

        func run() async throws {
            try await reportingFailuresAsync {
                let caseNumber = try Parse.caseNumber(caseNumber)
                let attachments = try await global.openCases(creating: false).attachments(of: caseNumber)
                switch format {
                case .json:
                    print(RequestListing.prettyJSON(attachments), terminator: "")
                case .text:
                    guard !attachments.isEmpty else {
                        print("\(caseNumber)  no attachments")
                        return
                    }
                    print(AttachmentListing.heading)
                    for attachment in attachments { print(AttachmentListing.line(attachment)) }
                }
            }
        }
    }
}
