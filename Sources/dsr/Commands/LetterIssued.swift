import ArgumentParser
import DSRCases
import DSRCore

extension DSR {
    /// `dsr letter issued CASE`: the letters issued for a case.
    struct LetterIssued: AsyncParsableCommand, RegisterCommand {
        static let configuration = CommandConfiguration(
            commandName: "issued", abstract: "List the letters issued for a case.")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The case number.") var caseNumber: String

        func run() async throws {
            try await reportingFailuresAsync {
                let caseNumber = try Parse.caseNumber(caseNumber)
                let letters = try await global.openCasesForReading().issuedLetters(of: caseNumber)
                guard !letters.isEmpty else {
                    print("No letters have been issued for \(caseNumber).")
                    return
                }
                let header = ["LETTER", "TYPE", "LANG", "DATE", "ISSUED AS", "FINGERPRINT", "ISSUED", "BY", "FORMS"]
                let rows = letters.map { letter in
                    [
                        letter.number.description, letter.type.rawValue, letter.language.rawValue,
                        letter.date.description,
                        letter.format.rawValue, letter.fingerprint, letter.issuedOn?.description ?? "",
                        letter.actor ?? "",
                        letter.files.filter { $0.content != nil }.map(\.format.rawValue).joined(separator: ","),
                    ]
                }
                let widths = header.indices.map { column in
                    ([header] + rows).map { $0[column].count }.max() ?? 0
                }
                for row in [header] + rows {
                    let cells = row.enumerated().map { index, cell in
                        index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
                    }
                    print(cells.joined(separator: "  "))
                }
            }
        }
    }

    /// `dsr letter show-issued CASE N`: an issued letter, byte for byte as it was issued.
    struct LetterShowIssued: AsyncParsableCommand, RegisterCommand {
        static let configuration = CommandConfiguration(
            commandName: "show-issued",
            abstract: "Print an issued letter exactly as it was issued ('2026-0042/L3' or '2026-0042 3').",
            discussion: "Without --format, prints the form it was issued in. A PDF needs --output FILE or a redirect.")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The letter number (2026-0042/L3), or the case number.") var letter: String
        @Argument(help: "The letter's number within the case, when the case number is given.") var number: Int?
        @Option(help: "The form to print (default: the form it was issued in).") var format: LetterFormatOption?
        @Option(help: ArgumentHelp("Write to FILE (mode 0600) instead of standard output.", valueName: "FILE"))
        var output: String?
        @Flag(help: "Replace FILE if it exists (never the register's own files).") var force = false

        func run() async throws {
            try await reportingFailuresAsync {
                let number = try Self.letterNumber(letter, number)
                let file = try LetterOutput.file(output, force: force, global: global)
                let issued = try await global.openCases(creating: false).issuedLetter(number)
                if self.format == .eml {
                    throw ValidationError(
                        "show-issued prints the stored forms; write an e-mail draft with dsr letter CASE --format eml.")
                }
                let format = format?.format ?? issued.format
                try LetterOutput.validate(format: format, output: output)
                try LetterOutput.write(try LetterOutput.content(of: issued, format: format), to: file)
            }
        }

        /// The letter number from `2026-0042/L3`, or from a case number and a number.
        static func letterNumber(_ text: String, _ number: Int?) throws -> LetterNumber {
            if let number {
                guard number > 0 else {
                    throw InputError.unknownValue(
                        field: "letter number", text: String(number), accepted: ["1, 2, 3..."])
                }
                return LetterNumber(caseNumber: try Parse.caseNumber(text), sequence: number)
            }
            guard let parsed = LetterNumber(text) else {
                throw InputError.unknownValue(
                    field: "letter number", text: text,
                    accepted: ["CASE/LN, for example 2026-0042/L3", "CASE N, for example 2026-0042 3"])
            }
            return parsed
        }
    }
}
