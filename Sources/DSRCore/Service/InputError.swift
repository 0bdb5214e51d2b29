import Foundation

/// A value given to dsr that it cannot accept. Messages name the field, never its personal content.
///
/// `field` names what was wrong as the code that threw knows it: the library's rules name a property of the value
/// they check (``RequestRules`` uses `name`, `email`, `endCondition` …); a front end words the error in its own terms
/// (the command line names its option, `--end-condition`).
public enum InputError: LocalizedErrorWithCategory, Sendable, Equatable {
    /// A date that does not exist or is not in a known form.
    case invalidDate(field: String, text: String)
    /// A real date whose year is outside ``CivilDate/acceptedYears`` (1990–2200).
    case yearOutOfRange(field: String, year: Int)
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
    /// A henkilötunnus that fails validation (legal-facts § 6); the code itself is never repeated.
    case invalidIdentityCode(field: String)
    /// A text shorter than dsr accepts (a password of fewer than ``PasswordRules/minimumCharacters`` characters).
    case tooShort(field: String, minimum: Int)
    /// A text whose UTF-8 form is longer than dsr accepts (a password longer than bcrypt's 72 bytes, which bcrypt
    /// would cut short silently).
    case tooManyBytes(field: String, limit: Int)

    /// Every input error is invalid data (exit 65).
    public var category: ErrorCategory { .invalidData }

    /// What was wrong and what to do, naming the field as ``field`` gives it.
    public var errorDescription: String? {
        message(naming: { $0 })
    }

    /// The field the error is about, if it names one.
    public var field: String? {
        switch self {
        case .invalidDate(let field, _), .yearOutOfRange(let field, _), .empty(let field), .tooLong(let field, _),
            .forbiddenCharacters(let field), .unknownValue(let field, _, _), .invalidIdentityCode(let field),
            .tooShort(let field, _), .tooManyBytes(let field, _):
            field
        case .receivedInFuture, .receivedBeforeGDPR, .directMarketingNotObjection:
            nil
        }
    }

    /// What was wrong and what to do, with each field named by `name` (a front end passes its own names for the
    /// fields, and words ``directMarketingNotObjection(_:)`` itself).
    public func message(naming name: (String) -> String) -> String {
        switch self {
        case .invalidDate(let field, let text):
            "\(name(field))\(Self.echo(text)) is not a real date; write it as YYYY-MM-DD (for example 2026-11-05) or D.M.YYYY."
        case .yearOutOfRange(let field, let year):
            "\(name(field)) is in the year \(year); dsr accepts dates from \(CivilDate.acceptedYears.lowerBound) to "
                + "\(CivilDate.acceptedYears.upperBound). Check the year."
        case .receivedInFuture(let date, let today):
            "the received date \(date) is after today (\(today)); give the day the request actually arrived."
        case .receivedBeforeGDPR(let date):
            "the received date \(date) is before 25 May 2018, when the GDPR began to apply; dsr handles GDPR requests only."
        case .empty(let field):
            "\(name(field)) must not be empty."
        case .tooLong(let field, let limit):
            "\(name(field)) is longer than \(limit) characters; shorten it."
        case .forbiddenCharacters(let field):
            "\(name(field)) contains control characters; remove them (line breaks are allowed only in addresses and free texts)."
        case .unknownValue(let field, let text, let accepted):
            "unknown \(name(field))\(Self.echo(text)); use one of: \(accepted.joined(separator: ", "))."
        case .directMarketingNotObjection(let kind):
            "direct marketing applies only to objections (GDPR Art. 21(2)), not to \(kind.rawValue) requests."
        case .invalidIdentityCode(let field):
            "\(name(field)) is not a valid henkilötunnus (DDMMYYCZZZQ: a real date of birth, a century sign + - Y X W V U "
                + "A B C D E F, and the right control character); it is not repeated here. Check it against the request."
        case .tooShort(let field, let minimum):
            "\(name(field)) is shorter than \(minimum) characters; choose a longer one."
        case .tooManyBytes(let field, let limit):
            "\(name(field)) is longer than \(limit) bytes in UTF-8 (a letter such as ä takes two); choose a shorter one."
        }
    }

    /// The input, quoted after a space, if it is safe to echo; otherwise nothing.
    ///
    /// Only short tokens that cannot be personal data are echoed: at most 40 ASCII letters, digits and `- . _ : / +`,
    /// no `@`, at most 8 digits (a date has 8, a telephone number or a henkilötunnus more), and not a valid
    /// henkilötunnus. A name, an address, an e-mail address or a free text typed into the wrong option is therefore
    /// never repeated in a message or a log.
    public static func echo(_ text: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._:/+".unicodeScalars)
        guard (1...40).contains(text.unicodeScalars.count), text.unicodeScalars.allSatisfy(allowed.contains),
            text.unicodeScalars.filter({ ("0"..."9").contains($0) }).count <= 8, Henkilotunnus(text) == nil
        else { return "" }
        return " '\(text)'"
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
