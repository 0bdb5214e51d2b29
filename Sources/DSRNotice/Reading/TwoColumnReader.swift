/// Reads the two-column form: "Label<TAB>value" lines, values with HTML, and continuation lines.
///
/// A line with a non-empty label before its first tab starts a row: the label becomes a heading and the value a
/// fragment of HTML. A line with an empty label (leading tab) or no tab continues the current value. Lines before
/// the first row are the preamble. A paragraph that continues a sentence on a later line ("… sekä" / "asiakassuhteen
/// aikana …") is joined back into one paragraph.
enum TwoColumnReader {
    /// The label of a row line, or `nil` if the line continues the previous value.
    static func label(of line: String) -> (label: String, value: String)? {
        guard let tab = line.firstIndex(of: "\t") else { return nil }
        let label = TextCleanup.collapse(line[..<tab])
        guard !label.isEmpty, label.count <= 300, label.unicodeScalars.contains(where: { $0.properties.isAlphabetic })
        else { return nil }
        return (label, String(line[line.index(after: tab)...]))
    }

    /// Reads the lines (already split, line 1 first).
    static func blocks(lines: [String]) -> [RawBlock] {
        var blocks: [RawBlock] = []
        var fragment = ""
        var fragmentLine: Int?

        func flushFragment() {
            if let line = fragmentLine {
                blocks += joinContinuations(HTMLBlockBuilder.blocks(from: fragment, firstLine: line))
            }
            fragment = ""
            fragmentLine = nil
        }

        for (index, line) in lines.enumerated() {
            let number = index + 1
            if let (label, value) = label(of: line) {
                flushFragment()
                let heading = HTMLBlockBuilder.blocks(from: label, firstLine: number).map(\.block.text)
                    .joined(separator: " ")
                blocks.append(RawBlock(.heading, heading.isEmpty ? label : heading, line: number))
                fragment = value
                fragmentLine = number
            } else if fragmentLine != nil {
                fragment += "\n" + line
            } else {
                blocks += HTMLBlockBuilder.blocks(from: line, firstLine: number)
            }
        }
        flushFragment()
        return blocks
    }

    /// Joins a paragraph that a line break cut mid-sentence with its continuation.
    static func joinContinuations(_ blocks: [RawBlock]) -> [RawBlock] {
        var result: [RawBlock] = []
        for block in blocks {
            // Checked in a closure so no copy of the previous block is alive while its text grows.
            let joins: Bool = {
                guard let previous = result.last else { return false }
                return previous.block.kind == .paragraph && block.block.kind == .paragraph
                    && block.block.line > previous.block.line && !TextCleanup.endsSentence(previous.block.text)
                    && TextCleanup.startsLowercase(block.block.text)
            }()
            if joins {
                result[result.count - 1].block.text += " " + block.block.text
            } else {
                result.append(block)
            }
        }
        return result
    }
}
