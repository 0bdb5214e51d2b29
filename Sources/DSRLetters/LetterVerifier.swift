import DSRCore
import Foundation

/// Tells whether a letter file (text, Markdown, HTML or PDF) is a letter the register issued, and which one.
///
/// First the file's SHA-256 is looked up among the files of every issued letter; the store checks the letter it
/// finds against the `letter-issued` event that recorded it (and so against the hash chain). Failing that, the
/// file's footer is read for a letter number: a text form that differs only in line endings still matches, anything
/// else is reported as differing from the letter it names.
public enum LetterVerifier {
    /// Checks a file's bytes against the register's issued letters.
    /// - Throws: the storage's errors if the register cannot be read, or if a matching letter no longer agrees with
    ///   its event.
    public static func verify(_ bytes: [UInt8], in letters: any LetterStorage) async throws -> LetterVerification {
        let sha256 = LetterHash.sha256(bytes)
        if let match = fileMatch(try await letters.issuedLetters(withFileSHA256: sha256), sha256: sha256) {
            return match
        }
        guard let number = letterNumber(in: bytes) else { return .noMatch }
        return footerMatch(
            bytes, number: number,
            letter: try await letters.issuedLetters(of: number.caseNumber).first { $0.number == number })
    }

    /// The first of the letters with a file of that SHA-256, as a byte-for-byte match, or `nil`.
    static func fileMatch(_ letters: [IssuedLetter], sha256: String) -> LetterVerification? {
        guard let letter = letters.first, let file = letter.files.first(where: { $0.sha256 == sha256 }) else {
            return nil
        }
        return .matches(letter, file.format)
    }

    /// What a file whose footer names a letter is: that letter's text form with other line endings, a changed copy
    /// of it, or a letter the register has not issued (`letter` is `nil`).
    static func footerMatch(_ bytes: [UInt8], number: LetterNumber, letter: IssuedLetter?) -> LetterVerification {
        guard let letter else { return .unknownLetter(number) }
        let normalized = normalizedText(bytes)
        for file in letter.files where file.format != .pdf {
            if let content = file.content, normalizedText(content) == normalized {
                return .matchesText(letter, file.format)
            }
        }
        return .differs(letter)
    }

    /// The last letter number (`2026-0042/L3`) written in a file, read byte by byte so that it is found in text,
    /// HTML and dsr's PDF files alike (a PDF's text is held as glyph ids, but its XMP metadata repeats the footer as
    /// plain UTF-8; an older PDF has it in its content stream).
    static func letterNumber(in bytes: [UInt8]) -> LetterNumber? {
        let text = String(bytes.map { Character(Unicode.Scalar($0)) })
        let pattern = #/(\d{4}-\d{4,9})/L(\d{1,6})/#
        return text.matches(of: pattern).compactMap { LetterNumber("\($0.output.1)/L\($0.output.2)") }.last
    }

    /// Text with Windows line endings made Unix ones and trailing white space removed from each line and the end.
    static func normalizedText(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
            .replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in String(line.reversed().drop { $0 == " " || $0 == "\t" }.reversed()) }
        var result = lines.joined(separator: "\n")
        while result.hasSuffix("\n") { result.removeLast() }
        return result
    }
}
