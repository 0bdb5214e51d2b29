/// Canonical JSON, the one form in which dsr writes what it stores and hashes: the same bytes as `JSONEncoder` with
/// `.sortedKeys`, `.withoutEscapingSlashes` and ISO 8601 dates, written by each type itself through
/// ``CanonicalJSONWriter`` (no `Encodable` tree, no Foundation encoder).
///
/// Keys are sorted by their UTF-8 bytes, optionals that are `nil` are left out (as synthesized `Codable` does),
/// there is no white space, `"` and `\` and control characters are escaped (`\n`, `\r`, `\t`, `\b`, `\f`, else
/// `\u00XX`), and every other character is written as UTF-8. `CanonicalJSONTests` compares the output with
/// `JSONEncoder`'s for every type that writes itself, and fails when a stored property is added without being
/// written.
public enum CanonicalJSON {
    /// The canonical JSON text of a value.
    ///
    /// Only types that write themselves (``CanonicalJSONWritable``) can be encoded: none of them holds a
    /// floating-point number, so every value has a canonical form and encoding cannot fail.
    public static func encode(_ value: some CanonicalJSONWritable) -> String {
        var writer = CanonicalJSONWriter()
        value.writeCanonicalJSON(to: &writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}
