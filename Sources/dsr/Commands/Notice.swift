import ArgumentParser
import DSRCases
import DSRCore
import DSRNotice
import Foundation

extension DSR {
    /// `dsr notice`: the controller's privacy notice (*tietosuojaseloste*) as the controller profile, and its lint.
    struct Notice: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "notice",
            abstract: "Import the privacy notice (tietosuojaseloste) as the controller profile, or lint it.",
            subcommands: [Import.self, ShowNotice.self, History.self, Lint.self])

        /// `dsr notice import FILE`.
        struct Import: AsyncParsableCommand, RegisterCommand {
            static let configuration = CommandConfiguration(
                commandName: "import",
                abstract:
                    "Parse a privacy notice (text, Markdown, HTML, a web page's source, Word .docx, or PDF through "
                    + "pdftotext; detected) and store it as a new controller-profile version.",
                discussion: """
                    Each field is shown as read from the notice next to the current profile, marked new, changed, \
                    unchanged, removed or kept. A notice from which no controller name or no contact (e-mail, phone, \
                    address or contact details) can be read is not saved (exit 65): give the name with --name, or \
                    keep a current value with --keep FIELD. Settings that no notice carries (the internal target) \
                    are never changed by an import. Fields: \(ProfileField.allCases.map(\.rawValue).joined(separator: ", ")).
                    """)

            @OptionGroup var global: GlobalOptions
            @Argument(help: "The notice file.") var file: String
            @Option(help: "text or json.") var format: ObjectFormat = .text
            @Flag(help: "Show what would be saved, save nothing.") var dryRun = false
            @Option(help: "Keep the current value of this field (repeatable), e.g. --keep phone.") var keep: [String] =
                []
            @Option(help: "The controller's name, when the notice gives none or a wrong one.") var name: String?

            func run() async throws {
                try await reportingFailuresAsync {
                    let keepFields = try NoticeImportOptions.fields(keep)
                    let command = ImportNotice(
                        document: try NoticeFiles.read(file), keep: keepFields, name: name,
                        source: "notice " + URL(fileURLWithPath: file).lastPathComponent)
                    let result: NoticeImport
                    do {
                        result = try await NoticeImportOptions.run(command, global: global, dryRun: dryRun)
                    } catch is NoticeNotRecognised {
                        throw NoticeImportError.nothingFound(path: file)
                    }
                    let (plan, notice, version) = (result.plan, result.notice, result.savedVersion)
                    switch format {
                    case .json:
                        print(
                            NoticeImportOutput.json(plan: plan, notice: notice, version: version, dryRun: dryRun),
                            terminator: "")
                    case .text:
                        print(
                            TerminalText.escaped(
                                NoticeImportOutput.text(
                                    plan: plan, notice: notice,
                                    currentVersion: result.currentVersion)),
                            terminator: "")
                        if let version {
                            print("Controller profile version \(version) saved from \(file).")
                        } else if dryRun && plan.problems.isEmpty {
                            print("Dry run: nothing was saved.")
                        }
                        if !result.outdatedTranslations.isEmpty, version != nil || dryRun {
                            let options = result.outdatedTranslations.map(\.commandLineName).joined(separator: ", ")
                            printWarning(
                                "the notice changed texts that the profile had in Swedish or English; those versions "
                                    + (dryRun ? "would be" : "were") + " removed, as they translate the old text. "
                                    + "Set them again with dsr controller set \(options).")
                        }
                        if notice.controllers.count > 1 {
                            printWarning(
                                "the notice names \(notice.controllers.count) controllers; the first was imported.")
                        }
                    }
                    if !plan.problems.isEmpty {
                        throw NoticeImportError.incomplete(path: file, problems: plan.problems, dryRun: dryRun)
                    }
                }
            }
        }

        /// `dsr notice show`.
        struct ShowNotice: AsyncParsableCommand, RegisterCommand {
            static let configuration = CommandConfiguration(
                commandName: "show", abstract: "Print the current controller profile.")

            @OptionGroup var global: GlobalOptions
            @Option(help: "text or json.") var format: ObjectFormat = .text

            func run() async throws {
                try await reportingFailuresAsync {
                    guard let current = try await global.openCasesForReading().controllerProfile() else {
                        print("No controller profile yet; import the privacy notice with 'dsr notice import FILE'.")
                        return
                    }
                    switch format {
                    case .json: print(RequestListing.prettyJSON(current.profile), terminator: "")
                    case .text:
                        print(
                            TerminalText.escaped(
                                ControllerProfileChanges.text(current.profile, version: current.version)),
                            terminator: "")
                    }
                }
            }
        }

        /// `dsr notice history`.
        struct History: AsyncParsableCommand, RegisterCommand {
            static let configuration = CommandConfiguration(
                commandName: "history", abstract: "List the controller-profile versions.")

            @OptionGroup var global: GlobalOptions

            func run() async throws {
                try await reportingFailuresAsync {
                    let versions = try await global.openCasesForReading().controllerProfileHistory()
                    guard !versions.isEmpty else {
                        print("No controller profile yet.")
                        return
                    }
                    for entry in versions {
                        let name = entry.profile.name ?? "(no name)"
                        let created = entry.createdAt.map { UTCText.format($0) } ?? "(time not recorded)"
                        print(TerminalText.escaped("version \(entry.version)  \(created)  \(name)"))
                    }
                }
            }
        }

        /// `dsr notice lint FILE`.
        struct Lint: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "lint",
                abstract: "Check a privacy notice against current law; exit 1 if any finding is an error.")

            @Argument(help: "The notice file.") var file: String
            @Option(help: "text or json.") var format: ObjectFormat = .text
            @Option(help: "fi or en.") var language: String = "fi"

            func run() throws {
                var hasErrors = false
                try reportingFailures {
                    let language = try Parse.language(language)
                    let notice = try NoticeParser().parse(try NoticeFiles.read(file))
                    let findings = try NoticeLinter().lint(notice)
                    hasErrors = findings.contains { $0.severity == .error }
                    switch format {
                    case .json: print(RequestListing.prettyJSON(findings), terminator: "")
                    case .text: print(findings.textReport(language: language), terminator: "")
                    }
                }
                if hasErrors { throw ExitCode(1) }
            }
        }
    }
}

/// Reads a notice file for `dsr notice`.
enum NoticeFiles {
    /// The file's bytes. A PDF is turned into its text with `pdftotext` (poppler-utils) and a Word document
    /// (.docx) into HTML from its `word/document.xml` (read with `unzip`) when those tools are installed, so that the
    /// dsr binary itself keeps needing only libsqlite3.
    static func read(_ path: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FileError.missing(path: path, what: "readable privacy notice")
        }
        if data.starts(with: Data("%PDF-".utf8)) {
            guard let text = try run("pdftotext", ["-enc", "UTF-8", "-q", path, "-"]) else {
                throw NoticeImportError.toolMissing(
                    format: "PDF", tool: "pdftotext", package: "poppler-utils",
                    brew: "poppler")
            }
            guard let text else { throw NoticeImportError.unreadable(format: "PDF", tool: "pdftotext") }
            return text
        }
        if data.starts(with: Data([0x50, 0x4B, 0x03, 0x04])), data.range(of: Data("word/".utf8)) != nil {
            guard let xml = try run("unzip", ["-p", path, "word/document.xml"]) else {
                throw NoticeImportError.toolMissing(
                    format: "Word (.docx)", tool: "unzip", package: "unzip",
                    brew: "unzip")
            }
            guard let xml, !xml.isEmpty else {
                throw NoticeImportError.unreadable(format: "Word (.docx)", tool: "unzip")
            }
            return Data(WordDocumentText.html(fromDocumentXML: String(decoding: xml, as: UTF8.self)).utf8)
        }
        return data
    }

    /// Runs a tool found on the PATH and returns its standard output: `nil` when the tool is not installed,
    /// `.some(nil)` when it failed.
    private static func run(_ name: String, _ arguments: [String]) throws -> Data?? {
        let directories =
            (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
            .split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]
        guard
            let tool = directories.map({ $0 + "/" + name })
                .first(where: { FileManager.default.isExecutableFile(atPath: $0) })
        else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return .some(nil)
        }
        let text = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? .some(text) : .some(nil)
    }
}

/// A notice that cannot be imported as the controller profile.
enum NoticeImportError: LocalizedErrorWithCategory {
    /// Nothing recognisable.
    case nothingFound(path: String)
    /// No controller name or no contact could be read: the profile is not saved (it would replace a good one).
    case incomplete(path: String, problems: [NoticeImportPlan.Problem], dryRun: Bool)
    /// `--keep` names a field that no notice supplies.
    case unknownField(index: Int)
    /// The notice is a PDF or Word file and the tool that reads it is not installed.
    case toolMissing(format: String, tool: String, package: String, brew: String)
    /// The tool could not read the file.
    case unreadable(format: String, tool: String)

    var category: ErrorCategory {
        switch self {
        case .nothingFound, .incomplete, .toolMissing, .unreadable: .invalidData
        case .unknownField: .usage
        }
    }

    var errorDescription: String? {
        switch self {
        case .nothingFound(let path):
            "\(path): no controller details were recognised, so no profile was stored; run 'dsr notice lint \(path)' "
                + "to see why, or set the fields with 'dsr controller set'."
        case .incomplete(let path, let problems, let dryRun):
            "\(path): "
                + problems.map { problem in
                    switch problem {
                    case .missingName:
                        "no controller name could be read (give it with --name NAME, or keep the current one with "
                            + "--keep name)"
                    case .missingContact:
                        "no contact could be read: no e-mail, phone, postal address or contact details (keep the "
                            + "current ones with --keep email, --keep phone, --keep address)"
                    }
                }.joined(separator: "; and ") + (dryRun ? "; it would not be saved." : "; nothing was saved.")
        case .toolMissing(let format, let tool, let package, let brew):
            "the notice is a \(format) file; dsr reads it through \(tool), which is not installed: install it "
                + "('apt-get install \(package)' on Debian or Ubuntu, 'brew install \(brew)' on macOS), or save the "
                + "notice as text, Markdown or HTML."
        case .unreadable(let format, let tool):
            "\(tool) could not read the \(format) file; it may be damaged, encrypted or scanned images: save the "
                + "notice as text, Markdown or HTML."
        case .unknownField(let index):
            "--keep value number \(index + 1) is not a field a notice supplies; use one of: "
                + ProfileField.allCases.map(\.rawValue).joined(separator: ", ") + "."
        }
    }
}

/// Formats instants for listings.
enum UTCText {
    /// `2026-11-21 09:30 UTC`.
    static func format(_ date: Date) -> String {
        let (day, rest) = CivilDate.utcDayAndSecond(of: date)
        return "\(day) \(String(format: "%02d:%02d", rest / 3600, rest % 3600 / 60)) UTC"
    }
}
