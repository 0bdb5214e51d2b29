/// A block of a letter's body in the structured form the HTML and PDF renderers lay out: the title, headings,
/// paragraphs, blocks of lines (addresses, lists of particulars) and lists.
///
/// The blocks come from the lines of the body (``LetterDocument/blocks``), so a template, dsr's own or a controller's,
/// only writes plain text: an empty line ends a paragraph, a line of its own after an empty line that is one of the
/// templates' headings is a heading, lines that begin with `- ` or `1. ` are the items of a list (indented lines
/// continue an item), and consecutive lines without an empty line between them stay lines of their own.
enum LetterBlock: Sendable, Equatable {
    /// The letter's title, its first line, and the lines that follow it without an empty line between them (the
    /// legal basis of a refusal certificate).
    case title(String, subtitle: [String])
    /// A section heading.
    case heading(String)
    /// A paragraph of running text, wrapped to the page.
    case paragraph(String)
    /// Lines that keep their line breaks and are never divided between pages: an address, such as the Data
    /// Protection Ombudsman's, or particulars such as "Received: 5.3.2026".
    case lines([String])
    /// A list: bulleted (`- `) or numbered (`1. `), each item with its lines (the first without its marker, the
    /// continuation lines without their indentation).
    case list(ordered: Bool, items: [[String]])

    /// Whether a line begins a list item: `- ` (a bullet) or digits, a full stop and a space (a number); the
    /// length of the marker, or `nil`.
    static func listMarker(_ line: String) -> (ordered: Bool, length: Int)? {
        if line.hasPrefix("- ") || line.hasPrefix("• ") { return (false, 2) }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        return line.dropFirst(digits.count).hasPrefix(". ") ? (true, digits.count + 2) : nil
    }
}
