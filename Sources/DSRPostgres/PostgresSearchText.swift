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
        bytewiseTokens(of: text) ?? unicodeTokens(of: text)
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

    /// The tokens of a text in ASCII and the Finnish and Swedish letters (``nordicLetters``), from its bytes; `nil`
    /// for any other text.
    ///
    /// The same tokens as the Unicode reading gives (``unicodeTokens(of:)``): in ASCII, lower case is `A`–`Z` to
    /// `a`–`z`, the canonical decomposition changes nothing, and the letters and digits are exactly `A`–`Z`, `a`–`z`
    /// and `0`–`9`; each of the letters in ``nordicLetters`` decomposes into its base letter and a combining mark,
    /// which the reading drops. A register's texts are nearly all of these (e-mail addresses, telephone numbers, case
    /// numbers, Finnish and Swedish names), and an import indexes every request: the Unicode reading, two Foundation
    /// passes and a property lookup per character, was a fifth of a PostgreSQL import's CPU time in dsr.
    static func bytewiseTokens(of text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            var tokens: [String] = []
            var token: [UInt8] = []
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    token.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    token.append(byte + 32)
                case 0xC3:
                    guard index < bytes.count, let base = nordicLetters[bytes[index]] else { return nil }
                    index += 1
                    token.append(base)
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

    /// The base letter (ASCII, lower case) of each Finnish and Swedish letter with a diacritic, by the second byte of
    /// its UTF-8 form (the first is 0xC3): ä, å, é, ö, ü and their capitals.
    static let nordicLetters: [UInt8: UInt8] = [
        0xA4: UInt8(ascii: "a"), 0x84: UInt8(ascii: "a"),  // ä Ä
        0xA5: UInt8(ascii: "a"), 0x85: UInt8(ascii: "a"),  // å Å
        0xA9: UInt8(ascii: "e"), 0x89: UInt8(ascii: "e"),  // é É
        0xB6: UInt8(ascii: "o"), 0x96: UInt8(ascii: "o"),  // ö Ö
        0xBC: UInt8(ascii: "u"), 0x9C: UInt8(ascii: "u"),  // ü Ü
    ]

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
