/// The layout a privacy notice was written in, detected by ``NoticeParser``.
public enum NoticeFormat: String, Sendable, Codable, CaseIterable, Hashable {
    /// "Label<TAB>value" lines, values possibly with HTML and continuation lines (the form of seeds 000–003).
    case twoColumn = "two-column"
    /// Markdown with `#` headings and `- ` lists (the form of seed 004).
    case markdown
    /// Plain text with numbered headings such as `1. Rekisterinpitäjä`.
    case numberedText = "numbered-text"
    /// An HTML page or fragment; markup is stripped and block structure kept.
    case html
    /// Plain text without numbered headings; headings are recognised by their wording only.
    case text
    /// The source of a web page (React TSX/JSX, Vue, PHP template): the visible text is read, the code dropped.
    case sourcePage = "source-page"
}
