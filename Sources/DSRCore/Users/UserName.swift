/// The sign-in name of a user of a shared register: 1 to 64 characters of lower-case ASCII letters, digits, `.`,
/// `_` and `-`, starting with a letter or digit.
///
/// The name is what the hash chain records as the actor of every change the user makes, so it is kept to a plain,
/// unambiguous form: no spaces, no upper case (`Anna` and `anna` are one user), no characters that need escaping in a
/// log line or a URL.
public struct UserName: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The longest name accepted.
    public static let maximumLength = 64

    /// The name as written.
    public let rawValue: String

    /// Reads a name, or returns `nil` when `text` is not of the accepted form.
    public init?(_ text: String) {
        guard Self.isValid(text) else { return nil }
        rawValue = text
    }

    /// Reads a name, or throws ``InputError/empty(field:)``, ``InputError/tooLong(field:limit:)`` or
    /// ``InputError/forbiddenCharacters(field:)`` naming `field` (the text itself is never repeated).
    public static func parse(_ text: String, field: String = "user name") throws(InputError) -> UserName {
        if text.isEmpty { throw .empty(field: field) }
        if text.utf8.count > maximumLength { throw .tooLong(field: field, limit: maximumLength) }
        guard let name = UserName(text) else { throw .forbiddenCharacters(field: field) }
        return name
    }

    /// Whether `text` is a valid user name.
    public static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, bytes.count <= maximumLength else { return false }
        func isLetterOrDigit(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
        guard isLetterOrDigit(first) else { return false }
        return bytes.allSatisfy {
            isLetterOrDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-")
        }
    }

    /// The name as written.
    public var description: String { rawValue }

    /// Orders names by their text.
    public static func < (lhs: UserName, rhs: UserName) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Decodes a name from a string, refusing one of the wrong form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let name = UserName(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a valid user name")
        }
        self = name
    }

    /// Encodes the name as a string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
