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
        asciiTokens(of: text) ?? unicodeTokens(of: text)
    }

    /// The tokens of any text, by its Unicode properties (``tokens(of:)``).
    static func unicodeTokens(of text: String) -> [String] {
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

    /// The tokens of a text all in ASCII, from its bytes; `nil` for any other text.
    ///
    /// The same tokens as the general reading gives (``tokens(of:)``): in ASCII, lower case is `A`–`Z` to `a`–`z`,
    /// the canonical decomposition changes nothing, and the letters and digits are exactly `A`–`Z`, `a`–`z` and
    /// `0`–`9`. Most of a register's texts (e-mail addresses, telephone numbers, case numbers, many names) are ASCII,
    /// and an import indexes every request: the general reading, a Unicode property lookup per character after two
    /// Foundation passes over the text, was a fifth of a PostgreSQL import's CPU time in dsr.
    static func asciiTokens(of text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            var tokens: [String] = []
            var token: [UInt8] = []
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    token.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    token.append(byte + 32)
                case 0x80...:
                    return nil
                default:
                    if !token.isEmpty {
                        tokens.append(String(decoding: token, as: UTF8.self))
                        token.removeAll(keepingCapacity: true)
                    }
                }
            }
            if !token.isEmpty { tokens.append(String(decoding: token, as: UTF8.self)) }
            return tokens
        }
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
