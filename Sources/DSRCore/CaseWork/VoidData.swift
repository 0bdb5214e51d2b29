/// The data of a `void` event: the sequence number of the event it voids, and why (free text, kept beside the chain
/// like other personal text; the number stays in the public form, so a purged case still replays).
public struct VoidData: Sendable, Codable, Equatable {
    /// The sequence number of the voided event.
    public var event: Int64
    /// Why the event is void.
    public var reason: String

    /// Creates the data.
    public init(event: Int64, reason: String) {
        self.event = event
        self.reason = reason
    }

    /// The data with the reason replaced by `marker`.
    public func replacingPersonalData(with marker: String) -> VoidData {
        VoidData(event: event, reason: PersonalData.replacing(reason, with: marker) ?? "")
    }

    /// The sequence numbers the `void` events of a history name.
    public static func voided(in entries: [EventEntry]) -> Set<Int64> {
        var voided: Set<Int64> = []
        for entry in entries where entry.name == SystemEvent.void.rawValue {
            if let data = EventEntry.decodeCanonicalJSON(VoidData.self, from: entry.data) { voided.insert(data.event) }
        }
        return voided
    }
}

extension VoidData: CanonicalJSONWritable {
    /// Writes the data as canonical JSON (keys sorted, `nil` members left out).
    public func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.member("event", event)
        writer.member("reason", reason)
        writer.endObject()
    }
}
