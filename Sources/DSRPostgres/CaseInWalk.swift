import DSRCore

/// One case during ``PostgresCaseWalk/walk(_:on:operation:)``: its latest event so far, its events read for
/// the replay, and the request row read beside the event it names.
struct CaseInWalk: Sendable {
    /// A request row and the event it names.
    struct StoredRequest: Sendable {
        /// The event the row names as its latest (`last_event_sequence`).
        var lastEvent: Int64
        /// The record's JSON, the import key and the list columns; `nil` if they cannot be read.
        var row: (json: String, importKey: String?, columns: RequestColumns)?
    }

    /// The case.
    let caseNumber: CaseNumber
    /// The sequence number of its latest event read so far.
    var latestSequence: Int64 = 0
    /// The state hash that event recorded.
    var latestStateHash: String?
    /// The case's events, if they are replayed.
    var history: [EventEntry] = []
    /// Its request row, once read.
    var request: StoredRequest?

    /// A case whose first event is about to be read.
    init(caseNumber: CaseNumber) {
        self.caseNumber = caseNumber
    }
}
