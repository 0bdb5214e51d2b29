/// A JSON value as dsr's canonical JSON holds it (``CanonicalJSONWriter``): texts, integers, Booleans, arrays and
/// objects with their members in the order written. ``CanonicalJSONReader`` reads it; `null`, fractions and white
/// space are not part of it, and a reader that meets them leaves the text to `JSONDecoder`.
public enum CanonicalJSONValue: Sendable {
    /// A text.
    case string(String)
    /// An integer that fits in `Int`.
    case integer(Int)
    /// `true` or `false`.
    case bool(Bool)
    /// An array's elements.
    case array([CanonicalJSONValue])
    /// An object's members, in the order they were written, no key twice.
    case object([(key: String, value: CanonicalJSONValue)])

    /// The text, if this is one.
    public var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The integer, if this is one.
    public var integer: Int? {
        if case .integer(let number) = self { return number }
        return nil
    }

    /// The Boolean, if this is one.
    public var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The elements, if this is an array.
    public var elements: [CanonicalJSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// The members, if this is an object.
    public var members: [(key: String, value: CanonicalJSONValue)]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// The texts, if this is an array of texts only.
    public var strings: [String]? {
        guard case .array(let elements) = self else { return nil }
        var texts: [String] = []
        texts.reserveCapacity(elements.count)
        for element in elements {
            guard case .string(let text) = element else { return nil }
            texts.append(text)
        }
        return texts
    }
}
