import DSRCore

/// The check of purged tags (`purgedTag`, `purged_tag`: keyed digests of a purged request's reference, import key
/// and suppressed contacts) against the chain, shared by both backends' verifiers.
///
/// A purge event commits to the tags its case keeps after it (``PersonalData/keptTagsMember``, added by the store
/// when it writes the purge), so the tags of a case must be exactly those of its newest purge event that names them.
/// A tag of a case with no purge event is reported; the tags of a case whose purge events all predate the commitment
/// (an earlier dsr) are counted as not covered (``notCovered``), not reported: nothing in the chain says what they
/// should be.
///
/// The verifier feeds it the purge events during its one walk of the log (``event(sequence:caseNumber:data:)``),
/// then every tag (``tag(_:of:)``).
public struct PurgedTagCheck: Sendable {
    /// Per purged case, its newest purge event and that event's commitment (`nil`: the event lacks one).
    private var purges: [CaseNumber: (sequence: Int64, keptTags: String?)] = [:]
    /// The cases with a purge event that committed to their tags (a later one without may not undo that).
    private var committed: [CaseNumber: (sequence: Int64, keptTags: String)] = [:]
    /// The tags by case.
    private var tags: [CaseNumber: [String]] = [:]

    /// An empty check.
    public init() {}

    /// Notes a purge event of a case, with its data as the chain holds it.
    public mutating func event(sequence: Int64, caseNumber: CaseNumber, data: String) {
        let keptTags = EventEntry.decodeCanonicalJSON([String: String].self, from: data)?[
            PersonalData.keptTagsMember]
        purges[caseNumber] = (sequence, keptTags)
        if let keptTags { committed[caseNumber] = (sequence, keptTags) }
    }

    /// Notes a stored tag of a case.
    public mutating func tag(_ tag: String, of caseNumber: CaseNumber) {
        tags[caseNumber, default: []].append(tag)
    }

    /// How many stored tags belong to cases purged only by an earlier dsr, whose purge events do not commit to them.
    public var notCovered: Int {
        tags.reduce(0) { sum, entry in
            purges[entry.key] != nil && committed[entry.key] == nil ? sum + entry.value.count : sum
        }
    }

    /// Every mismatch, by case: tags of a case without a purge event, and cases whose tags are not the ones their
    /// purge event committed to (changed, deleted or inserted).
    public func problems() -> [ChainProblem] {
        var problems: [ChainProblem] = []
        for caseNumber in Set(tags.keys).union(committed.keys).sorted() {
            let stored = tags[caseNumber] ?? []
            guard purges[caseNumber] != nil else {
                problems.append(
                    ChainProblem(
                        kind: .purgedTagMismatch, sequence: nil, caseNumber: caseNumber,
                        detail: "\(stored.count) purged tag(s) are stored for this case, which has no purge event "
                            + "(inserted behind dsr's back)"))
                continue
            }
            guard let (sequence, keptTags) = committed[caseNumber] else { continue }
            if Set(stored).count != stored.count || PersonalData.keptTagsValue(stored) != keptTags {
                let count = keptTags.split(separator: " ").first.map(String.init) ?? "?"
                problems.append(
                    ChainProblem(
                        kind: .purgedTagMismatch, sequence: sequence, caseNumber: caseNumber,
                        detail: "the case's purged tags (\(stored.count) stored) are not the \(count) its purge "
                            + "event recorded (changed, deleted or inserted behind dsr's back): an import could "
                            + "add the purged request again, or an objection to direct marketing leave the "
                            + "suppression list"))
            }
        }
        return problems
    }
}
