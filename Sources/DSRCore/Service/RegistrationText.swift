/// The free-text fields of a registration and their limits: one table for `dsr register` (``RequestRules``) and the
/// import (``ImportRowChecker``), so that a value one accepts the other accepts too.
public enum RegistrationText: String, Sendable, CaseIterable {
    /// The data subject's name (required).
    case name
    /// The data subject's e-mail address.
    case email
    /// The data subject's telephone number.
    case phone
    /// The data subject's postal address (several lines allowed).
    case address
    /// The handler's note on the request (several lines allowed).
    case note
    /// The controller's own reference for the request.
    case reference

    /// The longest text accepted, in characters.
    public var limit: Int {
        switch self {
        case .name: TextRules.nameLimit
        case .email: TextRules.lineLimit
        case .phone: 64
        case .address: 1000
        case .note: TextRules.textLimit
        case .reference: TextRules.referenceLimit
        }
    }

    /// Whether the text may have several lines.
    public var isMultiline: Bool {
        switch self {
        case .address, .note: true
        case .name, .email, .phone, .reference: false
        }
    }

    /// Checks a text given for the field (trimmed; `nil` or blank is absent) against its limit and line rule.
    /// - Throws: ``InputError`` naming the field (its raw value) if the text is too long, has control characters, or
    ///   has several lines where one is allowed.
    public func checked(_ text: String?) throws(InputError) -> String? {
        try TextRules.optional(text, field: rawValue, limit: limit, multiline: isMultiline)
    }

    /// Whether a text can be an e-mail address: it has an `@` and no space (dsr checks the form, not the mailbox).
    public static func isEmailAddress(_ text: String) -> Bool {
        text.contains("@") && !text.contains(" ")
    }
}
