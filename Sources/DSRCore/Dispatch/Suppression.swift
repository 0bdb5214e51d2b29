/// An entry of the suppression list (GDPR Art. 21(3)): the person objected to direct marketing in a case, and may not
/// be contacted for it since the day the objection was received (the objection takes effect at once and cannot be
/// refused; legal-facts § 2.7).
public struct Suppression: Sendable, Equatable {
    /// The objection's case.
    public var caseNumber: CaseNumber
    /// The day the objection was received.
    public var since: CivilDate

    /// Creates the entry.
    public init(caseNumber: CaseNumber, since: CivilDate) {
        self.caseNumber = caseNumber
        self.since = since
    }

    /// The contacts a request puts on the suppression list: the e-mail address and telephone number of an objection
    /// to direct marketing that was not withdrawn.
    public static func contacts(of record: RequestRecord) -> [SuppressionContact] {
        guard record.kind == .objection, record.isDirectMarketing, record.outcome != .withdrawn else { return [] }
        return [record.subject.email, record.subject.phone].compactMap { $0.flatMap(SuppressionContact.init) }
    }
}
