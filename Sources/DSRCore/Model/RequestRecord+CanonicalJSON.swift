// The canonical JSON of a request record and its parts, written by hand (see CanonicalJSONWriter): the register
// stores and hashes this text for every state of every request.

extension RequestRecord: CanonicalJSONWritable {
    /// Writes the RequestRecord's members in the order of their names, leaving out those not set.
    public func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.member("access", access)
        writer.member("askedFor", askedFor)
        writer.member("assignee", assignee)
        writer.member("caseNumber", caseNumber)
        writer.member("channel", channel.rawValue)
        writer.member("clock", clock.rawValue)
        writer.member("closedOn", closedOn)
        writer.member("deadline", deadline)
        writer.member("details", details)
        writer.member("endCondition", endCondition)
        writer.member("extendedOn", extendedOn)
        writer.member("extensionReason", extensionReason)
        writer.member("isDirectMarketing", isDirectMarketing)
        writer.member("kind", kind.rawValue)
        writer.member("language", language.rawValue)
        writer.member("lastEventOn", lastEventOn)
        writer.member("liftReason", liftReason)
        writer.member("liftsOn", liftsOn)
        writer.member("note", note)
        writer.member("outcome", outcome?.rawValue)
        writer.member("pauses", pauses)
        writer.member("personalDataRemovedOn", personalDataRemovedOn)
        writer.member("received", received)
        writer.member("recipientsNotified", recipientsNotified)
        writer.member("reference", reference)
        writer.member("refusal", refusal)
        writer.member("state", state.rawValue)
        writer.member("subject", subject)
        writer.member("workflowVersion", workflowVersion)
        writer.endObject()
    }
}

extension CaseNumber: CanonicalJSONWritable {
    /// Writes the CaseNumber's members in the order of their names, leaving out those not set.
    public func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.member("sequence", sequence)
        writer.member("year", year)
        writer.endObject()
    }
}

extension CivilDate: CanonicalJSONWritable {
    /// Writes the CivilDate's members in the order of their names, leaving out those not set.
    public func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.member("day", day)
        writer.member("month", month)
        writer.member("year", year)
        writer.endObject()
    }
}

extension DataSubject: CanonicalJSONWritable {
    /// Writes the DataSubject's members in the order of their names, leaving out those not set.
    public func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.member("address", address)
        writer.member("email", email)
        writer.member("identityCode", identityCode)
        writer.member("name", name)
        writer.member("phone", phone)
        writer.endObject()
    }
}

extension SealedIdentityCode: CanonicalJSONWritable {
    /// Writes the SealedIdentityCode's members in the order of their names, leaving out those not set.
    public func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
        // As its encode(to:): empty `lookup` and `sealed` (the display form) are left out.
        writer.beginObject()
        writer.member("lookup", lookup.isEmpty ? nil : lookup)
        writer.member("masked", masked)
        writer.member("sealed", sealed.isEmpty ? nil : sealed)
        writer.endObject()
    }
}

extension ClockPause: CanonicalJSONWritable {
    /// Writes the ClockPause's members in the order of their names, leaving out those not set.
    public func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.member("end", end)
        writer.member("start", start)
        writer.endObject()
    }
}

extension Refusal: CanonicalJSONWritable {
    /// Writes the Refusal's members in the order of their names, leaving out those not set.
    public func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.member("granted", granted)
        writer.member("grounds", grounds.map(\.rawValue))
        if let late { writer.member("late", late) }
        writer.member("reason", reason)
        writer.member("reasonsWithheld", reasonsWithheld)
        writer.endObject()
    }
}
