import DSRCore
import Foundation
import Testing

@testable import DSRLetters

/// The Markdown form: the text letter's wording, with structure from the templates only and every character of the
/// text escaped, so that hostile names and reasons print literally.
struct MarkdownLetterTests {
    @Test(arguments: [
        ("plain text", "plain text"),
        ("# not a heading", "\\# not a heading"),
        ("- not a list", "\\- not a list"),
        ("+ not a list", "\\+ not a list"),
        ("1. not a list", "1\\. not a list"),
        ("2026) not a list", "2026\\) not a list"),
        ("2026-0042 stays", "2026-0042 stays"),
        ("=====", "\\====="),
        ("> not a quote", "\\> not a quote"),
        ("<script>alert('x')</script>", "\\<script\\>alert('x')\\</script\\>"),
        ("*bold* _it_ `code` ~~gone~~", "\\*bold\\* \\_it\\_ \\`code\\` \\~\\~gone\\~\\~"),
        ("[link](https://evil.example) ![img](x)", "\\[link\\](https://evil.example) !\\[img\\](x)"),
        ("a | table | row", "a \\| table \\| row"),
        ("&amp; &#60;", "\\&amp; \\&\\#60;"),
        ("back\\slash", "back\\\\slash"),
        ("    four spaces", "\u{00A0}\u{00A0}\u{00A0}\u{00A0}four spaces"),
        ("{{x}} ”lainaus”", "{{x}} ”lainaus”"),
    ])
    func escapingPrintsTheTextLiterally(input: String, escaped: String) {
        #expect(MarkdownText.escape(input) == escaped)
    }

    /// The text of a Markdown letter with its own syntax taken away: what a reader sees, line by line.
    static func visibleLines(_ markdown: String) -> [String] {
        markdown.split(separator: "\n", omittingEmptySubsequences: true).compactMap { line -> String? in
            var line = String(line)
            if line == "---" { return nil }
            if line.reversed().prefix(while: { $0 == "\\" }).count % 2 == 1 { line.removeLast() }
            for prefix in ["# ", "## "] where line.hasPrefix(prefix) { line.removeFirst(prefix.count) }
            if line.hasPrefix("**") && line.hasSuffix("**") { line = String(line.dropFirst(2).dropLast(2)) }
            var visible = ""
            var escaping = false
            for character in line {
                if escaping || character != "\\" {
                    visible.append(character == "\u{00A0}" ? " " : character)
                    escaping = false
                } else {
                    escaping = true
                }
            }
            return visible
        }
    }

    @Test(arguments: Array(HostileTextTests.samples.indices))
    func hostileTextCannotChangeTheStructure(index: Int) throws {
        // Given a refusal whose name, address, reason, grant and controller hold hostile text
        let text = HostileTextTests.samples[index] + "\n# Fake heading\n- fake item\n\n> quote\n1. list\n---"
        var record = try LetterFixtures.partialRefusal(.fi)
        record.subject.name = "Nimi " + HostileTextTests.samples[index]
        record.subject.address = "Osoite " + text
        record.refusal?.reason = "Syy " + text
        record.refusal?.granted = "Myönnetty " + text
        let controller = ControllerProfile(name: "Rekisterinpitäjä", contactPerson: "Allekirjoittaja " + text)
        let renderer = try LetterRenderer()
        let clean = try renderer.render(
            .refusal, for: try LetterFixtures.partialRefusal(.fi), controller: controller,
            language: .fi, date: LetterFixtures.letterDate(), format: .markdown)
        // When the certificate is written as Markdown
        let markdown = try renderer.render(
            .refusal, for: record, controller: controller, language: .fi,
            date: LetterFixtures.letterDate(), format: .markdown)
        let plain = try renderer.render(
            .refusal, for: record, controller: controller, language: .fi,
            date: LetterFixtures.letterDate())
        // Then its headings and thematic breaks are exactly those of the letter without hostile text
        func structure(_ markdown: String) -> [String] {
            markdown.split(separator: "\n").map(String.init).filter { $0.hasPrefix("#") || $0 == "---" }
        }
        #expect(structure(markdown) == structure(clean))
        // And no character that Markdown reads as syntax is left unescaped in a line of text
        for fullLine in markdown.split(separator: "\n") where !fullLine.hasPrefix("#") && fullLine != "---" {
            var line = fullLine.replacingOccurrences(of: "\\\\", with: "")
            if line.hasSuffix("\\") { line.removeLast() }
            if line.hasPrefix("**") && line.hasSuffix("**") { line = String(line.dropFirst(2).dropLast(2)) }
            var previous: Character = " "
            for character in line {
                if MarkdownText.alwaysEscaped.contains(character) && character != "\\" {
                    #expect(previous == "\\", "unescaped \(character) in \(line)")
                }
                previous = character
            }
            if let first = fullLine.first, MarkdownText.escapedAtStart.contains(first) {
                Issue.record("line starts \(first)")
            }
        }
        // And a reader sees the text letter's lines, in order
        let textLines = LetterDocument.lines(of: plain).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(Self.visibleLines(markdown) == textLines)
    }

    @Test(arguments: Language.allCases)
    func markdownHasTheTextLettersWording(language: Language) throws {
        let renderer = try LetterRenderer()
        for type in LetterType.allCases {
            let record = try LetterFixtures.record(for: type, language: language)
            let date = try LetterFixtures.letterDate(for: type)
            let markdown = try renderer.render(
                type, for: record, controller: LetterFixtures.fullController,
                language: language, date: date, format: .markdown)
            let text = try renderer.render(
                type, for: record, controller: LetterFixtures.fullController,
                language: language, date: date)
            let textLines = text.split(separator: "\n").map(String.init)
            #expect(Self.visibleLines(markdown) == textLines, "\(type.rawValue) \(language.rawValue)")
        }
    }

    @Test func theDocumentBlocksMakeUpTheTextLetter() throws {
        let renderer = try LetterRenderer()
        for type in LetterType.allCases {
            for language in Language.allCases {
                let record = try LetterFixtures.record(for: type, language: language)
                let date = try LetterFixtures.letterDate(for: type)
                let context = try renderer.makeContext(
                    type, for: record, controller: LetterFixtures.fullController,
                    language: language, date: date)
                #expect(
                    try renderer.document(of: context).plainText
                        == renderer.text(of: context, format: .text), "\(type.rawValue) \(language.rawValue)")
            }
        }
    }

    @Test func headingsComeFromTheTemplatesOnly() throws {
        let headings = try LetterRenderer().templates.headings
        for heading in [
            "Päätös", "Beslut", "Decision", "Oikeus tehdä valitus valvontaviranomaiselle",
            "Rätt till ett effektivt rättsmedel i domstol", "Enclosures",
        ] {
            #expect(headings.contains(heading), "\(heading)")
        }
        for notHeading in ["Ystävällisin terveisin", "Med vänlig hälsning", "Yours sincerely"] {
            #expect(!headings.contains(notHeading))
        }
    }
}
