import ArgumentParser
import DSRCases
import DSRCore

extension DSR {
    /// `dsr attach CASE FILE [--label LABEL] [--sensitive]`: keeps a file with a case (issue 15).
    struct Attach: AsyncParsableCommand, RegisterCommand {
        static let configuration = CommandConfiguration(
            commandName: "attach",
            abstract: "Keep a file with a case: its SHA-256 in the hash chain, its bytes in the register.",
            discussion: """
                The file is numbered CASE/A1, CASE/A2 … Files larger than 25 MB are refused (--max-size MB or \
                DSR_MAX_ATTACHMENT_MB sets another limit, up to 2048). --sensitive seals the bytes under the \
                register's identity-code key; identity evidence (--label identity) and the copy of the data \
                (--label data-copy) are always sealed. Identity evidence is deleted when 'dsr receive-identity' \
                confirms the identity (EDPB Guidelines 01/2022); a purge deletes every attachment of the case. \
                The SHA-256 stays in the chain.
                Example: dsr attach 2026-0042 request-signed.pdf --label signed-request
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The case number, for example 2026-0042.") var caseNumber: String
        @Argument(help: ArgumentHelp("The file to keep.", valueName: "FILE")) var file: String
        @Option(help: "What the file is: a short word such as signed-request, identity or data-copy.")
        var label: String?
        @Flag(help: "Seal the bytes under the register's identity-code key.") var sensitive = false
        @Option(help: ArgumentHelp("The largest file taken, in MB (default 25).", valueName: "MB")) var maxSize: String?
        @Option(help: "text or json.") var format: ObjectFormat = .text

        func run() async throws {
            try await reportingFailuresAsync {
                let moment = try Clock.moment()
                let caseNumber = try Parse.caseNumber(caseNumber)
                let limit = try AttachmentFileReader.limit(option: maxSize)
                let content = try AttachmentFileReader.contents(of: file, limit: limit)
                let added = try await global.openCases(creating: false).attach(
                    AttachFile(
                        caseNumber: caseNumber, content: content, fileName: file, label: label, sensitive: sensitive,
                        limit: limit), actor: global.actorName, today: moment)
                AttachmentOutput.printAdded(added, format: format)
            }
        }
    }
}

/// What `attach` and `case set --enclose` print about a stored attachment.
enum AttachmentOutput {
    /// Prints the attachment's number, label, size and SHA-256 (text), or the attachment (JSON).
    static func printAdded(_ added: AttachmentSummary, format: ObjectFormat) {
        switch format {
        case .json:
            print(RequestListing.prettyJSON(added), terminator: "")
        case .text:
            print(
                "\(added.number)  attached: \(added.label), \(AttachmentListing.size(added.size)), SHA-256 "
                    + "\(added.sha256)\(added.sensitive ? ", sealed" : "")")
        }
    }
}
