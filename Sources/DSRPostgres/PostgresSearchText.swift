import DSRCore
import DSRStore
import Foundation

/// The search index of a PostgreSQL register (`request_search`, migration 3) and the patterns that match it: the
/// matching ``SearchQuery`` describes, by `LIKE` on precomputed texts instead of an SQLite register's FTS5 index.
///
/// A request's texts are those of an SQLite register's index (``SearchDocument``), each folded to lower case without
/// diacritics and split into tokens (runs of letters and digits), the tokens joined by one space, every text between
/// ` | ` marks: ` | 2026 0042 | maija meikalainen | … | `. A search word is folded and split the same way, and
/// matches when its tokens stand one after the other in one text: `% maija meik%` for a word whose last token may
/// begin a longer one, `% 2026 0042 %` for a case number. Tokens hold letters and digits only, so a word is never
/// `LIKE` syntax, and a word cannot match across two texts, which the mark separates.
enum PostgresSearchText {
    /// The indexed text of a request.
    static func indexed(_ record: RequestRecord) -> String {
        let texts = SearchDocument(record).texts.map { text in tokens(of: text ?? "").joined(separator: " ") }
        return " | " + texts.joined(separator: " | ") + " | "
    }

    /// The `LIKE` pattern of one search word, or `nil` for a word with no token (it matches nothing).
    static func pattern(_ term: SearchTerm) -> String? {
        let tokens = tokens(of: term.text)
        guard !tokens.isEmpty else { return nil }
        return "% " + tokens.joined(separator: " ") + (term.matchesPrefix ? "%" : " %")
    }

    /// The tokens of a text: lower case, without diacritics, split at every character that is not a letter or digit.
    ///
    /// Diacritics are removed as SQLite's `unicode61` tokenizer removes them (`remove_diacritics 2`): the combining
    /// marks of a letter's canonical decomposition go (ä, å → a, ö → o), letters without one stay (ø, æ, ß).
    static func tokens(of text: String) -> [String] {
        let folded = text.lowercased().decomposedStringWithCanonicalMapping
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if isLetterOrDigit(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                tokens.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { tokens.append(String(current)) }
        return tokens
    }

    /// Whether a character is a letter or a digit of any script (what an SQLite register's tokenizer keeps).
    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber,
            .letterNumber, .otherNumber:
            true
        default:
            false
        }
    }
}
