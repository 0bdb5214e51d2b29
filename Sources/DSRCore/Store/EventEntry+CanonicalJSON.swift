// An event entry as canonical JSON (the form `dsr audit export` writes a line of), written by hand (see
// CanonicalJSONWriter).

extension EventEntry: CanonicalJSONWritable {
    /// Writes the entry's fields in the order of their names, leaving out those not set.
    public func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.member("actor", actor)
        writer.member("caseNumber", caseNumber)
        writer.member("data", data)
        writer.member("hash", hash)
        writer.member("name", name)
        writer.member("on", on)
        writer.member("previousHash", previousHash)
        writer.member("publicData", publicData)
        writer.member("recordedAt", recordedAt)
        writer.member("sequence", sequence)
        writer.member("stateAfter", stateAfter?.rawValue)
        writer.member("workflowVersion", workflowVersion)
        writer.endObject()
    }
}
