/// The form a letter is written in.
public enum LetterFormat: String, Sendable, Codable, CaseIterable {
    /// Plain text, one paragraph per line, for e-mail and for the record.
    case text
    /// A self-contained HTML page laid out for printing on A4 (window-envelope address block, letterhead, date and
    /// case number top right, signature), with every recorded value HTML-escaped.
    case html
}
