// Canonical JSON of the standard types that event data are made of: a text, and an object of named values.

extension String: CanonicalJSONWritable {
    /// Writes the text as a JSON string.
    public func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
        writer.text(self)
    }
}

extension Array: CanonicalJSONWritable where Element: CanonicalJSONWritable {
    /// Writes the elements as a JSON array, in their order.
    public func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
        writer.array(self)
    }
}

extension Dictionary: CanonicalJSONWritable where Key == String, Value: CanonicalJSONWritable {
    /// Writes the dictionary as a JSON object, its keys sorted by their UTF-8 bytes.
    public func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
        writer.object(self)
    }
}
