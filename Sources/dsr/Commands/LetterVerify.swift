import ArgumentParser
import DSRCases
import DSRCore
import DSRLetters
import Foundation

extension DSR {
    /// `dsr letter verify FILE`: whether a letter file is a letter the register issued.
    struct LetterVerify: AsyncParsableCommand, RegisterCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Check whether a letter file (text, Markdown, HTML or PDF) is a letter issued from the register.",
            discussion: "Exit 0 if it matches an issued letter (which one is printed), 1 if it does not.")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The letter file.") var file: String

        func run() async throws {
            try await reportingFailuresAsync {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw FileError.missing(path: file, what: "readable file")
                }
                let result = try await global.openCasesForReading().verifyLetter([UInt8](data))
                print(Self.describe(result, file: file))
                if !result.isMatch { throw ExitCode(1) }
            }
        }

        /// What the verification found, in one or two sentences.
        static func describe(_ result: LetterVerification, file: String) -> String {
            switch result {
            case .matches(let letter, let format):
                "\(file) matches letter \(summary(letter)): it is the letter's \(format.rawValue) form, byte for byte."
            case .matchesText(let letter, let format):
                "\(file) matches letter \(summary(letter)): it is the letter's \(format.rawValue) form with other "
                    + "line endings or trailing spaces."
            case .differs(let letter):
                "\(file) does NOT match: it names letter \(summary(letter)), but differs from every form of that "
                    + "letter as issued (it was changed after it was issued). Compare it with "
                    + "'dsr letter show-issued \(letter.number)'."
            case .unknownLetter(let number):
                "\(file) does NOT match: it names letter \(number), which this register has not issued."
            case .noMatch:
                "\(file) does NOT match any letter issued from this register."
            }
        }

        /// The letter's number, type, language, date and who issued it when.
        static func summary(_ letter: IssuedLetter) -> String {
            var text =
                "\(letter.number) (\(letter.type.rawValue), \(letter.language.rawValue), dated \(letter.date.finnish))"
            if let issuedOn = letter.issuedOn { text += ", issued on \(issuedOn)" }
            if let actor = letter.actor { text += " by \(actor)" }
            return text
        }
    }
}
