/// An e-mail address or telephone number in the normalised form the suppression list keys (GDPR Art. 21(3)): an
/// address trimmed and lower-cased, a number as `+` and its digits, a Finnish national number (`040 123 4567`,
/// `00358 40 …`) in its `+358` form.
public enum SuppressionContact: Sendable, Hashable {
    /// A normalised e-mail address.
    case email(String)
    /// A normalised telephone number, `+358401234567`.
    case phone(String)

    /// Reads a text as an e-mail address (it has an `@`) or a telephone number (digits with spaces, hyphens,
    /// parentheses, dots or slashes, an optional leading `+`), or returns `nil`.
    public init?(_ text: String) {
        let trimmed = text.trimmedWhitespaceAndNewlines
        guard !trimmed.isEmpty else { return nil }
        if trimmed.contains("@") {
            guard !trimmed.contains(where: \.isWhitespace), trimmed.count <= 320 else { return nil }
            self = .email(trimmed.lowercased())
            return
        }
        var digits = ""
        var plus = false
        for (index, character) in trimmed.enumerated() {
            if character == "+" && index == 0 {
                plus = true
            } else if character.isASCIIDigit {
                digits.append(character)
            } else if !" -()./".contains(character) {
                return nil
            }
        }
        if !plus && digits.hasPrefix("00") {
            digits.removeFirst(2)
            plus = true
        } else if !plus && digits.hasPrefix("0") {
            digits = "358" + digits.dropFirst()
            plus = true
        }
        guard plus, (5...15).contains(digits.count) else { return nil }
        self = .phone("+" + digits)
    }

    /// The normalised value.
    public var value: String {
        switch self {
        case .email(let address): address
        case .phone(let number): number
        }
    }
}
