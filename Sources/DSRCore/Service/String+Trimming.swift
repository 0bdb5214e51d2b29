import Foundation

extension String {
    /// The text without leading and trailing white space and line breaks: the same result as
    /// `trimmingCharacters(in: .whitespacesAndNewlines)`, without Foundation's cost when there is nothing to trim
    /// (text that starts and ends with printable ASCII other than a space, which an import checks a million times).
    var trimmedWhitespaceAndNewlines: String {
        hasNothingToTrim ? self : trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The text without leading and trailing white space: the same result as `trimmingCharacters(in: .whitespaces)`,
    /// fast when there is nothing to trim.
    var trimmedWhitespace: String {
        hasNothingToTrim ? self : trimmingCharacters(in: .whitespaces)
    }

    /// Whether the first and last bytes are printable ASCII other than a space (so no white space can be trimmed).
    private var hasNothingToTrim: Bool {
        guard let first = utf8.first, let last = utf8.last else { return true }
        return (0x21...0x7E).contains(first) && (0x21...0x7E).contains(last)
    }
}
