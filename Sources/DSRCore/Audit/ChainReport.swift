/// The result of checking the register against its hash chain (``AuditStorage/verifyChain(replaying:anchors:checkingIdentityKey:)``).
public struct ChainReport: Sendable, Equatable {
    /// How many events were checked.
    public var eventsChecked: Int
    /// How many requests' current state was checked against their latest event.
    public var requestsChecked: Int
    /// How many controller-profile versions were checked against their events.
    public var profilesChecked: Int
    /// How many requests' stored state was compared with a replay of their events through their workflow (0 when
    /// the check ran without workflows).
    public var requestsReplayed: Int = 0
    /// How many requests could not be replayed because they follow a workflow version this dsr does not have.
    public var requestsNotReplayable: Int = 0
    /// How many events' personal data was checked against the salted hash the chain recorded.
    public var personalDataChecked: Int = 0
    /// How many events' personal data was removed by `dsr purge` (the public form remains in the chain).
    public var personalDataPurged: Int = 0
    /// How many issued letters were checked against their `letter-issued` events.
    public var lettersChecked: Int = 0
    /// How many purged tags belong to cases whose purge event predates the chain's commitment to them
    /// (``PersonalData/keptTagsMember``): they stand for a purge of their case, but the chain does not vouch for them.
    public var purgedTagsNotCovered: Int = 0
    /// How many entries of the access log its keyed chain does not vouch for: entries written before dsr chained the
    /// log (or by a dsr without the register's key file), and every entry when the check ran without the key file.
    public var caseViewsNotCovered: Int = 0
    /// How many anchors kept outside the register were checked (``ChainAnchor``).
    public var anchorsChecked: Int = 0
    /// The sequence number of the last event (0 for an empty log).
    public var lastSequence: Int64
    /// The hash of the last event (64 zeros for an empty log). Keep it outside the register, for example with each
    /// backup, to detect a history rewritten in full.
    public var headHash: String
    /// Every mismatch found: events in log order first, then current-state rows by case.
    public var problems: [ChainProblem]

    /// Creates a report.
    public init(
        eventsChecked: Int, requestsChecked: Int, profilesChecked: Int, lastSequence: Int64, headHash: String,
        problems: [ChainProblem]
    ) {
        self.eventsChecked = eventsChecked
        self.requestsChecked = requestsChecked
        self.profilesChecked = profilesChecked
        self.lastSequence = lastSequence
        self.headHash = headHash
        self.problems = problems
    }

    /// The register's head as an anchor line to keep outside it (``ChainAnchor``).
    public var anchor: ChainAnchor? {
        ChainAnchor(events: lastSequence, headHash: headHash)
    }

    /// Whether nothing was found wrong.
    public var isIntact: Bool { problems.isEmpty }

    /// The first mismatch found, if any.
    public var firstBreak: ChainProblem? { problems.first }

    /// The sequence number of the first event found broken, if any.
    public var firstBrokenSequence: Int64? { problems.lazy.compactMap(\.sequence).first }

    /// The first case found broken, if any.
    public var firstBrokenCase: CaseNumber? { problems.lazy.compactMap(\.caseNumber).first }
}
