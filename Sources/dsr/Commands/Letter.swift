import ArgumentParser
import DSRCases
import DSRCore
import DSRLetters
import Foundation

extension DSR {
    /// `dsr letter`: writes, issues, lists and verifies the letters of requests.
    struct Letter: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "letter",
            abstract: "Print a letter of a request; issue it, list issued letters, verify a letter file.",
            discussion: """
                dsr letter CASE [TYPE] [--format text|markdown|html|pdf|eml] [--output FILE] [--issue]
                With no TYPE, prints the letter the request's current state calls for. 'dsr letter types' lists the types.
                """,
            subcommands: [
                LetterWrite.self, LetterTypes.self, LetterIssued.self, LetterShowIssued.self, LetterVerify.self,
            ],
            defaultSubcommand: LetterWrite.self)
    }

    /// `dsr letter CASE [TYPE]`: writes a letter of a request, and with `--issue` records it as issued.
    struct LetterWrite: AsyncParsableCommand, RegisterCommand {
        static let configuration = CommandConfiguration(
            commandName: "write",
            abstract: "Print a letter of a request (the default: 'dsr letter CASE [TYPE]').",
            discussion: """
                With no TYPE, prints the letter the request's current state calls for. --issue records the letter in \
                the register (its every form, SHA-256, letter number) and prints it with a footer that carries the \
                case number, the letter number and a fingerprint. A PDF is written to --output FILE or to a \
                redirected standard output, never to a terminal. --format eml writes an e-mail draft (RFC 5322, \
                X-Unsent: 1) to the person's e-mail address with the PDF attached, for a mail client to send; dsr \
                sends nothing.
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The case number, for example 2026-0042.") var caseNumber: String
        @Argument(help: "The letter type, for example refusal (see 'dsr letter types').") var type: String?
        @Option(help: "fi, sv or en (default: the request's language).") var language: String?
        @Option(help: "The letter's format.") var format: LetterFormatOption = .text
        @Option(
            help: ArgumentHelp(
                "The letter's date, from the day of receipt to today (default: the day it is issued; a reprint of an "
                    + "issued letter keeps its date).", valueName: "DATE"))
        var date: String?
        @Option(help: ArgumentHelp("Write to FILE (mode 0600) instead of standard output.", valueName: "FILE"))
        var output: String?
        @Flag(help: "Replace FILE if it exists (never the register's own files).") var force = false
        @Flag(help: "Record the letter as issued and print it with its footer.") var issue = false
        @Option(
            help: ArgumentHelp("Add a paragraph of your own after the letter's body (repeatable).", valueName: "TEXT"))
        var paragraph: [String] = []
        @Option(help: ArgumentHelp("List an enclosure by name (repeatable).", valueName: "NAME")) var enclosure:
            [String] = []
        @Option(help: ArgumentHelp("Who signs, instead of the profile's contact person.", valueName: "NAME, TITLE"))
        var signedBy: String?
        @Option(
            help: ArgumentHelp("Use the letter templates TYPE.LANG.mustache in DIR instead of dsr's.", valueName: "DIR")
        )
        var templates: String?
        @Flag(
            help: "Print the privacy notice's texts in their own language where the profile has none in the letter's.")
        var allowMixedLanguage = false

        func validate() throws {
            if format != .eml { try LetterOutput.validate(format: format.format, output: output) }
        }

        func run() async throws {
            try await reportingFailuresAsync {
                let caseNumber = try Parse.caseNumber(caseNumber)
                let file = try LetterOutput.file(output, force: force, global: global)
                let letterType = try type.map(Self.letterType)
                let language = try language.map(Parse.language)
                let today = try Clock.moment()
                let command = WriteLetter(
                    caseNumber: caseNumber, type: letterType, language: language,
                    date: try date.map { try Parse.date($0, field: "--date") },
                    format: format.format,
                    tailoring: LetterTailoring(
                        paragraphs: paragraph, enclosures: enclosure,
                        signer: try signedBy.map { try LetterTailoring.Signer(parsing: $0, field: "--signed-by") },
                        templates: try templates.map(LetterTemplateFolder.read) ?? [:],
                        allowsMixedLanguage: allowMixedLanguage))
                let service = try await global.openCases(creating: false)
                if allowMixedLanguage {
                    let untranslated = try await service.untranslatedNoticeTexts(command)
                    if !untranslated.isEmpty {
                        StandardError.write(
                            "Warning: the letter prints the privacy notice's "
                                + NoticeTextField.sentence(untranslated)
                                + " in the notice's language (--allow-mixed-language).\n")
                    }
                }
                if format == .eml {
                    // An e-mail draft: the file is written after the letter is issued (a failed write leaves the
                    // letter issued; `dsr letter 2026-0042 --format eml --issue` again writes the same draft).
                    let draft = try await service.emailDraft(
                        command, issue: issue, actor: global.actorName, today: today)
                    if let issued = draft.issue { LetterOutput.note(Self.issueNote(issued)) }
                    try LetterOutput.write(draft.bytes, to: file)
                    return
                }
                guard issue else {
                    try LetterOutput.write(try await service.letter(command, today: today), to: file)
                    return
                }
                // The file is written and synced under its temporary name before the letter is recorded (inside the
                // transaction), and put in place after: a failed write records nothing, a failed commit leaves no file.
                let format = format.format
                let result = try await service.issueLetter(command, actor: global.actorName, today: today) { letter in
                    guard let file else { return }
                    try file.write(try LetterOutput.content(of: letter, format: format))
                    try file.sync()
                }
                LetterOutput.note(Self.issueNote(result))
                guard let file, file.isSynced else {
                    try LetterOutput.write(try LetterOutput.content(of: result.letter, format: format), to: file)
                    return
                }
                do throws(OutputFileError) {
                    try file.place()
                } catch {
                    throw IssuedLetterNotPlaced(number: result.letter.number, cause: error)
                }
            }
        }

        /// The letter type named.
        static func letterType(_ name: String) throws -> LetterType {
            guard let parsed = LetterType(rawValue: name.lowercased()) else {
                throw InputError.unknownValue(
                    field: "letter type", text: name,
                    accepted: LetterType.allCases.map(\.rawValue))
            }
            return parsed
        }

        /// The line that tells what issuing did.
        static func issueNote(_ result: LetterIssue) -> String {
            let letter = result.letter
            switch result {
            case .issued:
                return "Issued letter \(letter.number) (\(letter.type.rawValue), \(letter.language.rawValue), "
                    + "dated \(letter.date.finnish)), fingerprint \(letter.fingerprint); recorded in the register."
            case .alreadyIssued:
                return "Letter \(letter.number) with this content was already issued"
                    + (letter.issuedOn.map { " on \($0)" } ?? "")
                    + "; it is printed again and nothing new was recorded."
            }
        }
    }

    /// `dsr letter types`: the letter types.
    struct LetterTypes: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "types", abstract: "List the letter types.")

        func run() throws {
            for letter in LetterType.allCases { print(letter.rawValue) }
        }
    }
}

/// The formats `--format` accepts for letters.
enum LetterFormatOption: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, html, pdf
    /// An RFC 5322 e-mail draft with the PDF attached (`LetterEmail`); the letter is issued as a PDF.
    case eml

    /// The library's format (a PDF for an e-mail draft).
    var format: LetterFormat {
        switch self {
        case .text: .text
        case .markdown: .markdown
        case .html: .html
        case .pdf, .eml: .pdf
        }
    }
}
