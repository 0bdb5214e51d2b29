// The data of a `letter-issued` event as canonical JSON, written by hand (see CanonicalJSONWriter).

extension IssuedLetter.EventData: CanonicalJSONWritable {
    /// Writes the letter's event data in the order of the members' names.
    public func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.member("body", body)
        writer.member("date", date)
        writer.key("files")
        writer.object(files)
        writer.member("format", format.rawValue)
        writer.member("language", language.rawValue)
        writer.member("letter", letter)
        writer.member("profileVersion", profileVersion)
        writer.member("type", type.rawValue)
        writer.endObject()
    }
}
