import DSRCore

/// The answer of `GET /api/v1/audit/verify`: what `dsr audit verify --format json` reports of the hash chain.
struct AuditVerification: Encodable, Sendable {
    /// One break found.
    struct Finding: Encodable, Sendable {
        /// What kind of break.
        var kind: String
        /// The event it is at, if any.
        var event: Int64?
        /// The case it is in, if any.
        var `case`: String?
        /// What was found, in domain words.
        var detail: String
    }

    /// Whether the chain and every history verified.
    var intact: Bool
    /// Events checked.
    var eventsChecked: Int
    /// Requests checked.
    var requestsChecked: Int
    /// Requests whose history was replayed.
    var requestsReplayed: Int
    /// Controller profile versions checked.
    var profilesChecked: Int
    /// Letters checked.
    var lettersChecked: Int
    /// The last event's number.
    var lastSequence: Int64
    /// The chain's head hash.
    var headHash: String
    /// The anchor line of the head, to keep elsewhere.
    var anchor: String?
    /// The breaks found, first first.
    var problems: [Finding]

    /// The view of a report.
    init(_ report: ChainReport) {
        intact = report.isIntact
        eventsChecked = report.eventsChecked
        requestsChecked = report.requestsChecked
        requestsReplayed = report.requestsReplayed
        profilesChecked = report.profilesChecked
        lettersChecked = report.lettersChecked
        lastSequence = report.lastSequence
        headHash = report.headHash
        anchor = report.anchor?.description
        problems = report.problems.map {
            Finding(kind: $0.kind.rawValue, event: $0.sequence, case: $0.caseNumber?.description, detail: $0.detail)
        }
    }
}
