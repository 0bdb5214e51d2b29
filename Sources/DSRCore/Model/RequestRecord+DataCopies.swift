extension RequestRecord {
    /// The request with `names` as the enclosures that carry the copy of the data (GDPR Art. 15(3): "the controller
    /// shall provide a copy of the personal data undergoing processing"), which the access response and a partial
    /// refusal of access list as their first enclosures (legal-facts § 2.1, § 2.9).
    ///
    /// The copies are the case's attachments labelled `data-copy` whose bytes are still kept (`dsr case set --enclose
    /// FILE`); a request of another kind than access, or one without copies, is returned as it is.
    public func enclosing(dataCopies names: [String]) -> RequestRecord {
        guard kind == .access, !names.isEmpty else { return self }
        var record = self
        var access = record.access ?? AccessInformation()
        access.copies = names
        record.access = access
        return record
    }
}
