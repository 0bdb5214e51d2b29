import Foundation

/// A search text that cannot be searched for. Messages never repeat the text: it is usually personal data.
public enum SearchError: LocalizedErrorWithCategory, Sendable, Equatable {
    /// The text is empty, or has no letter or digit (only spaces, punctuation or symbols), so there is nothing to
    /// look for.
    case nothingToSearchFor
    /// The text is longer than ``SearchQuery/maximumLength`` characters or has more than ``SearchQuery/maximumWords``
    /// words.
    case tooLong(characters: Int, words: Int)
    /// The number of matches asked for is outside ``SearchQuery/limits``.
    case limitOutOfRange(Int, accepted: ClosedRange<Int>)

    /// Every search error is invalid data (exit 65).
    public var category: ErrorCategory { .invalidData }

    /// What was wrong and what to do.
    public var errorDescription: String? {
        switch self {
        case .nothingToSearchFor:
            "the search text has no letter or digit, so there is nothing to search for; give a name, an e-mail "
                + "address, a telephone number, an address, a reference, a case number or words of a note."
        case .tooLong(let characters, let words):
            "the search text is too long; give at most \(words) words and \(characters) characters."
        case .limitOutOfRange(let limit, let accepted):
            "the number of matches to show must be from \(accepted.lowerBound) to \(accepted.upperBound), not \(limit)."
        }
    }
}
