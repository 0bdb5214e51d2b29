// A line of `dsr audit export --format jsonl` as canonical JSON, written by hand (see CanonicalJSONWriter).

extension AuditTrailEntry: CanonicalJSONWritable {
    /// Writes the entry's fields in the order of their names, leaving out those not set.
    public func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.member("actor", actor)
        writer.member("caseNumber", caseNumber)
        writer.member("caseSequence", caseSequence)
        writer.member("caseYear", caseYear)
        writer.member("data", data)
        writer.member("format", format)
        writer.member("hash", hash)
        writer.member("name", name)
        writer.member("on", on)
        writer.member("personalData", personalData)
        writer.member("personalDataRemoved", personalDataRemoved)
        writer.member("personalHash", personalHash)
        writer.member("previousHash", previousHash)
        writer.member("recordedAt", recordedAt)
        writer.member("sequence", sequence)
        writer.member("stateAfter", stateAfter)
        writer.member("stateHash", stateHash)
        writer.member("workflowVersion", workflowVersion)
        writer.endObject()
    }
}
