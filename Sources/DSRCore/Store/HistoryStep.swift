/// One state of a request's history with the log entry that led to it, as a batch insert stores it.
public struct HistoryStep: Sendable {
    /// The request after the entry.
    public var record: RequestRecord
    /// The entry.
    public var entry: EventEntry
    /// The record's canonical JSON (``CanonicalJSON``), if the caller already made it; the store encodes the record
    /// itself otherwise. It must be exactly the record's encoding: debug builds check it.
    public var recordJSON: String?

    /// Creates a step.
    public init(record: RequestRecord, entry: EventEntry, recordJSON: String? = nil) {
        self.record = record
        self.entry = entry
        self.recordJSON = recordJSON
    }
}
