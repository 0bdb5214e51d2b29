import Foundation

/// What to find in the register: the words of a user's search text, and how many matches to give at most.
///
/// The contract every backend keeps (``SearchStorage``): a request matches when each word matches one of its texts
/// (the data subject's name, e-mail address, telephone number and address, the request's reference, its case number
/// and the note made at registration). A word matches a text when the text holds the word's letters and digits, in
/// order, as whole tokens except that the word's last token may be the beginning of a longer one (token-prefix
/// matching: `virt` finds "Virtanen", `matti.virt` finds "matti.virtanen@example.fi"; a case number matches whole
/// tokens only, ``SearchTerm/matchesPrefix``), ignoring case and diacritics
/// (`meikalainen` finds "Meikäläinen", `ahlstrom` finds "Åhlström"). Tokens are runs of letters and digits; every other
/// character separates them. The words are data, never query syntax: quotes, `*`, `NEAR(`, `AND` and the like match as
/// the letters they contain (or not at all).
public struct SearchQuery: Sendable, Equatable {
    /// How many matches a search gives when not told otherwise.
    public static let defaultLimit = 50
    /// How many matches a search may be asked for.
    public static let limits = 1...10_000
    /// The longest search text accepted, in characters.
    public static let maximumLength = 500
    /// The most words a search text may have.
    public static let maximumWords = 20

    /// The words to match, in the order given: each holds at least one letter or digit. A word that is a case number
    /// (`2026-42`) is written as dsr writes case numbers (`2026-0042`) and matches whole tokens only.
    public let terms: [SearchTerm]
    /// The most matches to give, newest case first.
    public let limit: Int

    /// Splits a search text into words at white space, leaving out the words without a letter or digit.
    /// - Throws: ``SearchError/nothingToSearchFor`` if no word is left; ``SearchError/tooLong(characters:words:)``;
    ///   ``SearchError/limitOutOfRange(_:accepted:)``.
    public init(text: String, limit: Int = SearchQuery.defaultLimit) throws(SearchError) {
        guard Self.limits.contains(limit) else { throw .limitOutOfRange(limit, accepted: Self.limits) }
        guard text.count <= Self.maximumLength else {
            throw .tooLong(characters: Self.maximumLength, words: Self.maximumWords)
        }
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init).filter(Self.hasLetterOrDigit)
        guard !words.isEmpty else { throw .nothingToSearchFor }
        guard words.count <= Self.maximumWords else {
            throw .tooLong(characters: Self.maximumLength, words: Self.maximumWords)
        }
        self.terms = words.map { word in
            CaseNumber(word).map { SearchTerm($0.description, matchesPrefix: false) }
                ?? SearchTerm(word, matchesPrefix: true)
        }
        self.limit = limit
    }

    /// Whether a word holds a letter or a digit (of any script), which is what a search can match.
    static func hasLetterOrDigit(_ word: String) -> Bool {
        word.unicodeScalars.contains { scalar in
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                .decimalNumber, .letterNumber, .otherNumber:
                true
            default:
                false
            }
        }
    }
}
