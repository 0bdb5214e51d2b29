import Foundation

/// Limits and character rules for the free texts dsr stores and prints in letters.
public enum TextRules {
    /// The longest name accepted.
    public static let nameLimit = 200
    /// The longest single-line field accepted (e-mail, phone).
    public static let lineLimit = 320
    /// The longest multi-line free text accepted (address, note, reason).
    public static let textLimit = 10_000
    /// The longest reference accepted (the controller's own identifier of a request).
    public static let referenceLimit = 100

    /// Checks a required one-line text and returns it trimmed.
    public static func requiredLine(_ text: String, field: String, limit: Int = lineLimit) throws(InputError) -> String
    {
        let trimmed = text.trimmedWhitespaceAndNewlines
        guard !trimmed.isEmpty else { throw .empty(field: field) }
        return try check(trimmed, field: field, limit: limit, multiline: false)
    }

    /// Checks an optional text and returns it trimmed, or `nil` if missing or blank.
    public static func optional(_ text: String?, field: String, limit: Int = textLimit, multiline: Bool)
        throws(InputError) -> String?
    {
        guard let text else { return nil }
        let trimmed = text.trimmedWhitespaceAndNewlines
        if trimmed.isEmpty { return nil }
        return try check(trimmed, field: field, limit: limit, multiline: multiline)
    }

    private static func check(_ text: String, field: String, limit: Int, multiline: Bool) throws(InputError) -> String {
        // A text of at most `limit` UTF-8 bytes has at most `limit` characters; count characters only beyond that.
        guard text.utf8.count <= limit || text.count <= limit else { throw .tooLong(field: field, limit: limit) }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                // The same rule as below, without looking up Unicode properties: printable ASCII is fine, and of the
                // ASCII controls only line feed, tab and carriage return, in multi-line texts.
                if scalar.value >= 0x20 && scalar.value != 0x7F { continue }
                if multiline && (scalar == "\n" || scalar == "\t" || scalar == "\r") { continue }
                throw .forbiddenCharacters(field: field)
            }
            if multiline && (scalar == "\n" || scalar == "\t") { continue }
            if scalar == "\r" && multiline { continue }
            // Right-to-left and other format marks are kept only inside multi-line free text, where they are
            // rendered literally; they are refused in names and one-line fields, where they could disguise text.
            if scalar.properties.isControlLike && !(multiline && scalar.properties.generalCategory == .format) {
                throw .forbiddenCharacters(field: field)
            }
            if scalar == "\u{FFFD}" { throw .forbiddenCharacters(field: field) }
        }
        return text
    }
}
