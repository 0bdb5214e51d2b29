/// Reads an HTML page: markup stripped by ``HTMLBlockBuilder``, then bold or short topic paragraphs promoted to
/// headings by ``HeadingRules`` (many pages mark headings with `<p><strong>` rather than `<h2>`). Plain short
/// paragraphs are not promoted
/// unless numbered, in capitals or ending with a colon, so list-like paragraphs ("Rekisterinpitäjän henkilöstö") stay
/// text.
enum HTMLReader {
    /// Reads the whole text.
    static func blocks(text: String) -> [RawBlock] {
        var rules = HeadingRules()
        var result: [RawBlock] = []
        for raw in HTMLBlockBuilder.blocks(from: text, firstLine: 1) {
            var block = raw
            if block.block.kind == .paragraph {
                if rules.isHeading(block.block.text, emphasised: block.isEmphasised, standsAlone: false) {
                    block.block.kind = .heading
                    block.block.text = TextCleanup.trimTrailing(block.block.text)
                } else if let (heading, value) = HeadingRules.labelledHeading(block.block.text),
                    block.isEmphasised || TextCleanup.wordCount(heading) <= 4
                {
                    result.append(RawBlock(.heading, heading, line: block.block.line))
                    result.append(RawBlock(.paragraph, value, line: block.block.line))
                    continue
                }
            } else if block.block.kind == .listItem, block.isEmphasised,
                rules.isHeading(block.block.text, emphasised: true, standsAlone: false)
            {
                // A numbered list whose items open with a bold title and a line break: the title names the topic.
                block.block.kind = .heading
                block.block.text = TextCleanup.trimTrailing(block.block.text)
            } else if block.block.kind == .heading {
                block.block.text = TextCleanup.trimTrailing(block.block.text)
                _ = rules.isHeading(block.block.text, emphasised: true, standsAlone: true)
            }
            result.append(block)
        }
        return result
    }
}
