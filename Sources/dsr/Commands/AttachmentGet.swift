import ArgumentParser
import DSRCases
import DSRCore

extension DSR {
    /// `dsr attachment get CASE/An --output FILE`: writes an attachment's bytes out (issue 15).
    struct AttachmentGroup: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "attachment",
            abstract: "Read an attachment back out of the register.",
            subcommands: [AttachmentGet.self])
    }

    /// `dsr attachment get CASE/An --output FILE [--force]`.
    struct AttachmentGet: AsyncParsableCommand, RegisterCommand {
        static let configuration = CommandConfiguration(
            commandName: "get",
            abstract: "Write an attachment's bytes to a file, after checking them against the hash chain.",
            discussion: """
                Nothing is written if the bytes do not have the SHA-256 the chain recorded (exit 1), or if they were \
                deleted (exit 66). An existing file is never replaced unless --force is given (exit 73).
                Example: dsr attachment get 2026-0042/A1 --output request-signed.pdf
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp("The attachment, for example 2026-0042/A1.", valueName: "CASE/An"))
        var attachment: String
        @Option(help: ArgumentHelp("Where to write the bytes.", valueName: "FILE")) var output: String
        @Flag(help: "Replace a file already at --output.") var force = false

        func run() async throws {
            try await reportingFailuresAsync {
                guard let number = AttachmentNumber(attachment) else {
                    throw InputError.unknownValue(
                        field: "attachment number", text: attachment,
                        accepted: ["CASE/AN, for example 2026-0042/A1"])
                }
                let copy = try await global.openCases(creating: false).attachment(GetAttachment(number: number))
                try OutputFile.write(
                    copy.content, to: OutputTarget(path: output, force: force, register: global.databasePath))
                print("\(number)  written to \(output) (\(copy.content.count) bytes, SHA-256 checked)")
            }
        }
    }
}
