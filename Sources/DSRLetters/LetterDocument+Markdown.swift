import Foundation

extension LetterDocument {
    /// The letter as Markdown: the letterhead (its first line in bold), the addressee, the date and case number, the
    /// title as a level-1 heading, section headings as level-2 headings, paragraphs whose lines end in hard line
    /// breaks, the signature, and for an issued letter the footer after a thematic break.
    ///
    /// All of the letter's text is escaped with ``MarkdownText``, so a recorded name or reason cannot add a heading,
    /// a list, a link, HTML or anything else: the structure comes from the document alone.
    var markdown: String {
        var blocks: [String] = []
        if let name = letterhead.first {
            let rest = letterhead.dropFirst().map(MarkdownText.escape)
            let bold =
                name.trimmingCharacters(in: .whitespaces).isEmpty
                ? MarkdownText.escape(name)
                : "**" + MarkdownText.escape(name.trimmingCharacters(in: .whitespaces)) + "**"
            blocks.append(([bold] + rest).joined(separator: "\\\n"))
        }
        blocks.append(contentsOf: Self.paragraphs(addressee))
        blocks.append(contentsOf: Self.paragraphs(meta))
        var paragraph: [String] = []
        func flush() {
            if !paragraph.isEmpty { blocks.append(contentsOf: Self.paragraphs(paragraph)) }
            paragraph = []
        }
        for line in body {
            switch line.kind {
            case .title:
                flush()
                blocks.append("# " + MarkdownText.escape(line.text.trimmingCharacters(in: .whitespaces)))
            case .heading:
                flush()
                blocks.append("## " + MarkdownText.escape(line.text.trimmingCharacters(in: .whitespaces)))
            case .text:
                paragraph.append(line.text)
            case .blank:
                flush()
            }
        }
        flush()
        blocks.append(contentsOf: Self.paragraphs(signature))
        if !footer.isEmpty {
            blocks.append("---")
            blocks.append(contentsOf: Self.paragraphs(footer))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// Lines as Markdown paragraphs: empty lines separate paragraphs, and the lines of a paragraph end in a hard
    /// line break (a backslash) so that they stay on lines of their own.
    static func paragraphs(_ lines: [String]) -> [String] {
        var paragraphs: [String] = []
        var current: [String] = []
        for line in lines {
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: "\\\n")) }
                current = []
            } else {
                current.append(MarkdownText.escape(line))
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: "\\\n")) }
        return paragraphs
    }
}
