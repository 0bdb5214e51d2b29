// The canonical JSON of what registration and workflow events record in the log, written by hand (see
// CanonicalJSONWriter): every event stores and hashes this text.

extension RequestDraft: CanonicalJSONWritable {
    /// Writes the RequestDraft's members in the order of their names, leaving out those not set.
    public func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.member("channel", channel.rawValue)
        writer.member("isDirectMarketing", isDirectMarketing)
        writer.member("kind", kind.rawValue)
        writer.member("language", language.rawValue)
        writer.member("note", note)
        writer.member("received", received)
        writer.member("reference", reference)
        writer.member("subject", subject)
        writer.endObject()
    }
}

extension EventInput: CanonicalJSONWritable {
    /// Writes the EventInput's members in the order of their names, leaving out those not set.
    public func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.member("asked", asked)
        writer.member("details", details)
        writer.member("endCondition", endCondition)
        writer.member("granted", granted)
        writer.member("grounds", grounds.map(\.rawValue))
        if let late { writer.member("late", late) }
        writer.member("liftsOn", liftsOn)
        writer.member("note", note)
        writer.member("on", on)
        writer.member("reason", reason)
        writer.member("reasonsWithheld", reasonsWithheld)
        writer.member("recipients", recipients)
        writer.endObject()
    }
}
