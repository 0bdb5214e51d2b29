import DSRCore

/// A request's summary as the API writes it: by hand (``CanonicalJSONWritable``), in the bytes `JSONEncoder` with
/// `.sortedKeys` and `.withoutEscapingSlashes` writes for ``RequestSummary``'s synthesized `Encodable` form, which a
/// test compares field by field.
struct RequestSummaryJSON: CanonicalJSONWritable {
    /// The summary.
    var summary: RequestSummary

    /// Writes the summary's members in the order of their names, leaving out those not set.
    func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.member("assignee", summary.assignee)
        writer.member("case", summary.case)
        writer.member("channel", summary.channel)
        writer.member("clock", summary.clock)
        writer.member("closed", summary.closed)
        writer.member("daysLeft", summary.daysLeft)
        writer.member("deadline", summary.deadline)
        writer.member("extended", summary.extended)
        writer.member("kind", summary.kind)
        writer.member("language", summary.language)
        writer.member("name", summary.name)
        writer.member("outcome", summary.outcome)
        writer.member("overdue", summary.overdue)
        writer.member("received", summary.received)
        writer.member("state", summary.state)
        writer.member("unsentAnswer", summary.unsentAnswer)
        writer.endObject()
    }
}
