import DSRCore
import Foundation

/// A letter's text divided into the blocks of its page: letterhead, addressee, date and case number, body,
/// signature and, for an issued letter, the footer.
///
/// Each block is the plain-text template's own output, so the Markdown and PDF forms hold exactly the wording of the
/// text letter (a test compares ``plainText`` with it); they only add structure: the body's first line is the
/// title, and lines that repeat a template heading after an empty line are headings.
struct LetterDocument: Sendable, Equatable {
    /// The letter's language.
    var language: Language
    /// The case number, `2026-0042`.
    var caseNumber: String
    /// The letter's title in its language, for the PDF's metadata.
    var title: String
    /// The date the letter bears.
    var date: CivilDate
    /// The controller's letterhead, one entry per line.
    var letterhead: [String]
    /// The addressee's name and postal address.
    var addressee: [String]
    /// The date and case-number lines.
    var meta: [String]
    /// The body, from the title to the last paragraph.
    var body: [Line]
    /// The closing and the signature.
    var signature: [String]
    /// The footer of an issued letter (case number, letter number, fingerprint); empty for a draft.
    var footer: [String]

    /// A line of the body and its role.
    struct Line: Sendable, Equatable {
        /// The role of the line.
        var kind: Kind
        /// The line's text, without its line ending.
        var text: String
    }

    /// The role of a body line.
    enum Kind: Sendable, Equatable {
        /// The letter's title, its first line.
        case title
        /// A section heading.
        case heading
        /// A line of a paragraph.
        case text
        /// An empty line between paragraphs.
        case blank
    }

    /// The text the blocks make up, laid out as the plain-text letter is.
    var plainText: String {
        var blocks: [[String]] = []
        if !letterhead.isEmpty { blocks.append(letterhead) }
        blocks.append(addressee)
        blocks.append(meta)
        blocks.append(body.map(\.text))
        blocks.append(signature)
        if !footer.isEmpty { blocks.append(footer) }
        return blocks.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }

    /// The lines of a rendered block, with its final line endings removed. Windows (`\r\n`) and old Mac (`\r`) line
    /// endings in recorded text end a line too.
    static func lines(of text: String) -> [String] {
        var text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        while text.hasSuffix("\n") { text.removeLast() }
        guard !text.isEmpty else { return [] }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Classifies the lines of a body: the first is the title, empty lines are blank, and a line that follows an
    /// empty line and is one of the templates' headings is a heading.
    static func body(_ lines: [String], headings: Set<String>) -> [Line] {
        var result: [Line] = []
        var afterBlank = false
        for (index, text) in lines.enumerated() {
            let kind: Kind
            if index == 0 {
                kind = .title
            } else if text.trimmingCharacters(in: .whitespaces).isEmpty {
                kind = .blank
            } else if afterBlank && headings.contains(text) {
                kind = .heading
            } else {
                kind = .text
            }
            afterBlank = kind == .blank
            result.append(Line(kind: kind, text: text))
        }
        return result
    }
}
