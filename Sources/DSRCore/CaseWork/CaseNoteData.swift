/// The data of a `note` event: the note's text, free text and so personal data (kept beside the chain, removed by
/// a purge).
public struct CaseNoteData: Sendable, Codable, Equatable {
    /// The note.
    public var text: String

    /// Creates the data.
    public init(text: String) {
        self.text = text
    }

    /// The data with the text replaced by `marker`.
    public func replacingPersonalData(with marker: String) -> CaseNoteData {
        CaseNoteData(text: PersonalData.replacing(text, with: marker) ?? "")
    }
}

extension CaseNoteData: CanonicalJSONWritable {
    /// Writes the data as canonical JSON (keys sorted, `nil` members left out).
    public func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.member("text", text)
        writer.endObject()
    }
}
