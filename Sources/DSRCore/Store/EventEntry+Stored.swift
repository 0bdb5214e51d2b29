import Foundation

extension EventEntry {
    /// An entry as a store reads it back from its log, for every store alike.
    ///
    /// The log's row keeps the event's data in the clear only where it holds no personal data. Otherwise the row
    /// keeps the public form (`keptData`) and commits to the full data through a salted hash (`hasPersonalCommitment`),
    /// and the full data is kept apart (`personalData`) until a purge removes it. The entry's ``data`` is then the
    /// full data while it is kept, else the public form; its ``publicData`` is the public form whenever there is a
    /// commitment. A reader that has no use for the hashes (the audit's case walk) leaves them `nil`.
    public init(
        stored sequence: Int64?, caseNumber: CaseNumber?, name: String, on: CivilDate, recordedAt: Date,
        actor: String, workflowVersion: Int, stateAfter: StateID?, keptData: String, personalData: String?,
        hasPersonalCommitment: Bool, previousHash: String?, hash: String?
    ) {
        self.init(
            caseNumber: caseNumber, name: name, on: on, recordedAt: recordedAt, actor: actor,
            workflowVersion: workflowVersion, stateAfter: stateAfter, data: personalData ?? keptData)
        if hasPersonalCommitment { publicData = keptData }
        self.sequence = sequence
        self.previousHash = previousHash
        self.hash = hash
    }
}
