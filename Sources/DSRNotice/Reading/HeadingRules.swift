/// Decides whether a paragraph of a plain-text or HTML notice is really a heading.
///
/// Explicit headings (Markdown `#`, HTML `<h1>`–`<h6>`, two-column labels) need no rule. Elsewhere a paragraph is a
/// heading when it is numbered and either names a known topic or continues the numbering ("1.", "2.", …); or when
/// it is short (at most eight words, no full stop at the end), names a known topic, and stands alone: bold, in
/// capitals, ending with a colon, or after a blank line.
struct HeadingRules {
    /// The last top-level heading number seen, to recognise the next one.
    private var lastNumber = 0

    /// A numbered heading's parts: its number, whether it had a `.` or `)` after the number, and the text.
    static func numbering(of text: String) -> (number: Int, dotted: Bool, sub: Bool, rest: String)? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        var digits = ""
        while index < scalars.count, scalars[index].isASCII, scalars[index].properties.numericType != nil {
            digits.unicodeScalars.append(scalars[index])
            index += 1
        }
        guard (1...2).contains(digits.count), let number = Int(digits) else { return nil }
        var sub = false
        // Sub-numbers: "2.1", "2.1.3".
        while index + 1 < scalars.count, scalars[index] == ".", scalars[index + 1].isASCII,
            scalars[index + 1].properties.numericType != nil
        {
            sub = true
            index += 1
            while index < scalars.count, scalars[index].isASCII, scalars[index].properties.numericType != nil {
                index += 1
            }
        }
        var dotted = false
        if index < scalars.count, scalars[index] == "." || scalars[index] == ")" {
            dotted = true
            index += 1
        }
        guard index < scalars.count, scalars[index] == " " || scalars[index] == "\t" else { return nil }
        let rest = TextCleanup.collapse(String(String.UnicodeScalarView(scalars[index...])))
        guard let first = rest.unicodeScalars.first, first.properties.isAlphabetic else { return nil }
        return (number, dotted, sub, rest)
    }

    /// Whether the paragraph is a heading; updates the numbering state.
    ///
    /// - Parameters:
    ///   - text: The paragraph text (one source line for plain text).
    ///   - emphasised: The paragraph was all bold.
    ///   - standsAlone: The reader found it alone on its line between a blank line and text (plain text only).
    mutating func isHeading(_ text: String, emphasised: Bool, standsAlone: Bool) -> Bool {
        guard text.count <= 200 else { return false }
        if let (number, dotted, sub, rest) = Self.numbering(of: text) {
            let named = !HeadingCatalogue.topics(for: rest).isEmpty
            let words = TextCleanup.wordCount(rest)
            let sentence = rest.hasSuffix(".") && words > 3
            let next = !sub && dotted && number == lastNumber + 1 && words <= 10 && !sentence
            if (named && words <= 16 && !sentence) || next {
                if !sub { lastNumber = number }
                return true
            }
            return false
        }
        let words = TextCleanup.wordCount(text)
        guard words <= 8, !text.hasSuffix("."), !text.hasSuffix(","), !text.hasSuffix(";") else { return false }
        // A line that closes a parenthesis opened on the line before, or goes on in lower case without the marks of
        // a heading, is the end of a sentence cut by a line break ("(mm. rekisteröidyn" / "oikeuksien käyttäminen)
        // otathan yhteyttä:"), not a heading.
        if text.filter({ $0 == ")" }).count > text.filter({ $0 == "(" }).count { return false }
        if !emphasised, !standsAlone, TextCleanup.startsLowercase(text) { return false }
        // The cheap layout test first; naming a topic is the costlier test.
        guard emphasised || standsAlone || text.hasSuffix(":") || TextCleanup.isUppercase(text) else { return false }
        return !HeadingCatalogue.topics(for: text).isEmpty
    }

    /// Splits "Label: value" where the label names a topic, for plain text ("Rekisterinpitäjä: Esimerkki Oy").
    ///
    /// The colon must end the label: one inside a word ("EU:n yleinen tietosuoja-asetus: …") is not a label's.
    static func labelledHeading(_ text: String) -> (heading: String, value: String)? {
        guard
            let colon = text.indices.first(where: { index in
                text[index] == ":" && text.index(after: index) < text.endIndex
                    && text[text.index(after: index)].isWhitespace
            })
        else { return nil }
        let label = String(text[..<colon])
        guard label.count <= 60, TextCleanup.wordCount(label) <= 6, !label.contains("//") else { return nil }
        let topics = HeadingCatalogue.topics(for: label)
        guard !topics.isEmpty, !topics.contains(.title) else { return nil }
        let value = TextCleanup.collapse(text[text.index(after: colon)...])
        guard !value.isEmpty, !value.hasPrefix("//") else { return nil }
        return (label, value)
    }
}
