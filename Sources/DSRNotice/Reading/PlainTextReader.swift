/// Reads plain text, with numbered headings (`1. Rekisterinpitäjä`) or headings recognised by wording only.
///
/// Each non-blank line is a paragraph, except that a line continuing a sentence cut by a hard line break is joined
/// to the previous one (see ``LineJoin``), and a definition's line (": Esimerkki ry") is a paragraph of its own.
/// `- `, `• ` and `* ` lines are list items. "Label: value" lines whose label names a topic ("Rekisterinpitäjä:
/// Esimerkki Oy") become a heading and a paragraph.
enum PlainTextReader {
    /// Reads the lines (line 1 first).
    static func blocks(lines: [String]) -> [RawBlock] {
        var blocks: [RawBlock] = []
        var rules = HeadingRules()
        var previousBlank = true
        for (index, line) in lines.enumerated() {
            let number = index + 1
            let text = TextCleanup.collapse(line)
            defer { previousBlank = text.isEmpty }
            if text.isEmpty { continue }
            // A definition of a Markdown Extra definition list (": Esimerkki ry" under its term) is a line of its
            // own: "Rekisterinpitäjä" / ": Esimerkki ry" / ": c/o Matti Esimerkki" / ": Puh: 040 123 4567".
            if text.hasPrefix(": "), text.count > 2 {
                blocks.append(RawBlock(.paragraph, String(text.dropFirst(2)), line: number))
                continue
            }
            if ListSplitter.startsWithBullet(text) {
                let (intro, items) = ListSplitter.split(text)
                if let intro { blocks.append(RawBlock(.paragraph, intro, line: number)) }
                blocks += items.map { RawBlock(.listItem, $0, line: number) }
                continue
            }
            // A short line alone after a blank line is a heading candidate, whether text or a blank line follows
            // ("REKISTERINPITÄJÄ", blank line, "Esimerkki Oy").
            let nextHasText = index + 1 < lines.count
            // Not when the next line goes on with the sentence in lower case: a paragraph's first line that names a
            // topic ("Rekisterinpitäjän (Esimerkin) ja toimittajien kanssa on" / "sovittu …") is cut by a hard line
            // break, not set apart.
            let next = nextHasText ? TextCleanup.collapse(lines[index + 1]) : ""
            let cut = TextCleanup.startsLowercase(next) && LineJoin.continues(text, with: next)
            let standsAlone = previousBlank && nextHasText && TextCleanup.wordCount(text) <= 6 && !cut
            if rules.isHeading(text, emphasised: false, standsAlone: standsAlone) {
                blocks.append(RawBlock(.heading, TextCleanup.trimTrailing(text), line: number))
                continue
            }
            // A numbered line that is not a heading is a list item ("1. nimi" under "3. Rekisterin tietosisältö").
            if let numbered = HeadingRules.numbering(of: text), numbered.dotted {
                blocks.append(RawBlock(.listItem, numbered.rest, line: number))
                continue
            }
            if let (heading, value) = HeadingRules.labelledHeading(text) {
                blocks.append(RawBlock(.heading, heading, line: number))
                blocks.append(RawBlock(.paragraph, value, line: number))
                continue
            }
            // Checked in a closure so no copy of the last block is alive while its text grows (see MarkdownReader).
            let joins: Bool = {
                guard let last = blocks.last else { return false }
                return !previousBlank && last.block.line < number && last.block.kind != .heading
                    && LineJoin.continues(last.block.text, with: text)
            }()
            if joins {
                blocks[blocks.count - 1].block.text += " " + text
                continue
            }
            blocks.append(RawBlock(.paragraph, text, line: number))
        }
        return blocks
    }
}
