/// The form a letter is written in.
public enum LetterFormat: String, Sendable, Codable, CaseIterable {
    /// Plain text, one paragraph per line, for e-mail and for the record. The canonical form of a letter.
    case text
    /// Markdown (CommonMark), with every character of the letter's text escaped so that nothing in it is read as
    /// Markdown syntax: headings and paragraphs come from the letter's structure only.
    case markdown
    /// A self-contained HTML page laid out for printing on A4 (window-envelope address block, letterhead, date and
    /// case number top right, signature), with every recorded value HTML-escaped.
    case html
    /// A4 PDF/A-2b written by dsr itself (DejaVu Sans embedded as subsets, so every name prints and the text can be
    /// copied), with the same layout as the HTML page, page numbers and page breaks.
    case pdf

    /// The usual file extension of the format.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .markdown: "md"
        case .html: "html"
        case .pdf: "pdf"
        }
    }
}
