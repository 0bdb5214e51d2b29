import Foundation

/// A value given to dsr that it cannot accept. Messages name the field, never its personal content.
public enum InputError: LocalizedErrorWithCategory, Sendable, Equatable {
    /// A date that does not exist or is not in a known form.
    case invalidDate(field: String, text: String)
    /// A received date after today.
    case receivedInFuture(CivilDate, today: CivilDate)
    /// A received date before the GDPR applied (25 May 2018).
    case receivedBeforeGDPR(CivilDate)
    /// A required text that is empty.
    case empty(field: String)
    /// A text longer than dsr accepts.
    case tooLong(field: String, limit: Int)
    /// A text with control characters or other characters that cannot appear in a letter.
    case forbiddenCharacters(field: String)
    /// A value outside the accepted set.
    case unknownValue(field: String, text: String, accepted: [String])
    /// A direct-marketing flag on a request that is not an objection.
    case directMarketingNotObjection(RequestKind)

    /// Every input error is invalid data (exit 65).
    public var category: ErrorCategory { .invalidData }

    /// What was wrong and what to do.
    public var errorDescription: String? {
        switch self {
        case .invalidDate(let field, let text):
            "\(field) '\(Self.clip(text))' is not a real date; write it as YYYY-MM-DD (for example 2026-11-05) or D.M.YYYY."
        case .receivedInFuture(let date, let today):
            "the received date \(date) is after today (\(today)); give the day the request actually arrived."
        case .receivedBeforeGDPR(let date):
            "the received date \(date) is before 25 May 2018, when the GDPR began to apply; dsr handles GDPR requests only."
        case .empty(let field):
            "\(field) must not be empty."
        case .tooLong(let field, let limit):
            "\(field) is longer than \(limit) characters; shorten it."
        case .forbiddenCharacters(let field):
            "\(field) contains control characters; remove them (line breaks are allowed only in addresses and free texts)."
        case .unknownValue(let field, let text, let accepted):
            "unknown \(field) '\(Self.clip(text))'; use one of: \(accepted.joined(separator: ", "))."
        case .directMarketingNotObjection(let kind):
            "--direct-marketing applies only to objections (GDPR Art. 21(2)), not to \(kind.rawValue) requests."
        }
    }

    /// Shortens echoed input to keep messages one line and free of control characters.
    private static func clip(_ text: String) -> String {
        let cleaned = String(text.unicodeScalars.filter { !$0.properties.isControlLike }.map(Character.init))
        return cleaned.count > 40 ? String(cleaned.prefix(40)) + "…" : cleaned
    }
}

extension Unicode.Scalar.Properties {
    /// Whether the scalar is a control or formatting character that must not reach a terminal or a letter.
    var isControlLike: Bool {
        switch generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned: true
        default: false
        }
    }
}
