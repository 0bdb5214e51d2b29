import Foundation

/// The fields of a form sent as `application/x-www-form-urlencoded` (or a query string), by name; a name may repeat
/// (check boxes).
public struct WebForm: Sendable {
    /// The fields in the order sent.
    public var fields: [(name: String, value: String)]

    /// Parses urlencoded text; a pair that does not decode is skipped.
    public init(urlencoded text: String) {
        fields = text.split(separator: "&").compactMap { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String? {
                String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
            }
            guard let name = decode(parts[0]), let value = decode(parts.count > 1 ? parts[1] : "") else { return nil }
            return (name, value)
        }
    }

    /// The first value of a field, trimmed; `nil` if it is missing or empty.
    public subscript(name: String) -> String? {
        guard
            let value = fields.first(where: { $0.name == name })?.value.trimmingCharacters(in: .whitespacesAndNewlines),
            !value.isEmpty
        else { return nil }
        return value
    }

    /// Every non-empty value of a field.
    public func all(_ name: String) -> [String] {
        fields.filter { $0.name == name }.map { $0.value.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
