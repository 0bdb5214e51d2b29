import DSRCore

/// What an audit verification reports, as the JSON document every front end gives (`dsr audit verify --format json`
/// and `GET /api/v1/audit/verify`): the counts checked, the head, the anchor and each break by event and case number.
///
/// It holds no personal data: breaks are named by kind, event number and case number, with a detail in domain words.
public struct AuditVerificationDocument: Encodable, Sendable {
    /// One break found.
    public struct Problem: Encodable, Sendable {
        /// What kind of break (``ChainProblem/Kind``'s raw value).
        public var kind: String
        /// The event it is at, if any.
        public var event: Int64?
        /// The case it is in, if any.
        public var `case`: String?
        /// What was found, in domain words.
        public var detail: String
    }

    /// Whether the chain and every history verified.
    public var intact: Bool
    /// Events checked.
    public var eventsChecked: Int
    /// Requests checked.
    public var requestsChecked: Int
    /// Requests whose history was replayed through their workflow.
    public var requestsReplayed: Int
    /// Requests on a workflow version this dsr does not have (not replayed).
    public var requestsNotReplayable: Int
    /// Controller-profile versions checked.
    public var profilesChecked: Int
    /// Events whose personal data were checked against the chain.
    public var personalDataChecked: Int
    /// Events whose personal data `dsr purge` removed.
    public var personalDataPurged: Int
    /// Issued letters checked.
    public var lettersChecked: Int
    /// Purged tags of cases purged by an earlier dsr, whose purge events do not commit to them (not covered by the
    /// chain).
    public var purgedTagsNotCovered: Int
    /// Entries of the access log its keyed chain does not vouch for (written before it was chained, or checked
    /// without the key file).
    public var caseViewsNotCovered: Int
    /// The last event's number.
    public var lastSequence: Int64
    /// The chain's head hash.
    public var headHash: String
    /// The anchor line of the head, to keep outside the register.
    public var anchor: String?
    /// Anchors checked against the chain.
    public var anchorsChecked: Int
    /// The first event found broken, if any.
    public var firstBrokenEvent: Int64?
    /// The case of the first break, if any.
    public var firstBrokenCase: String?
    /// The breaks found, first first.
    public var problems: [Problem]

    /// The document of a report.
    public init(_ report: ChainReport) {
        intact = report.isIntact
        eventsChecked = report.eventsChecked
        requestsChecked = report.requestsChecked
        requestsReplayed = report.requestsReplayed
        requestsNotReplayable = report.requestsNotReplayable
        profilesChecked = report.profilesChecked
        personalDataChecked = report.personalDataChecked
        personalDataPurged = report.personalDataPurged
        lettersChecked = report.lettersChecked
        purgedTagsNotCovered = report.purgedTagsNotCovered
        caseViewsNotCovered = report.caseViewsNotCovered
        lastSequence = report.lastSequence
        headHash = report.headHash
        anchor = report.anchor?.description
        anchorsChecked = report.anchorsChecked
        firstBrokenEvent = report.firstBrokenSequence
        firstBrokenCase = report.firstBrokenCase?.description
        problems = report.problems.map {
            Problem(kind: $0.kind.rawValue, event: $0.sequence, case: $0.caseNumber?.description, detail: $0.detail)
        }
    }
}
