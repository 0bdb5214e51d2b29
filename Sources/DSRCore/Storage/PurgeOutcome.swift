/// What removing one request's personal data did.
public struct PurgeOutcome: Sendable, Equatable {
    /// The request as it is now.
    public var record: RequestRecord
    /// How many of its events' personal data was deleted.
    public var eventsPurged: Int
    /// How many files of its issued letters were erased.
    public var letterFilesErased: Int
    /// How many of its events were written before schema version 2: their data is inside the hash chain and stays.
    public var legacyEvents: Int

    /// Creates an outcome.
    public init(record: RequestRecord, eventsPurged: Int, letterFilesErased: Int, legacyEvents: Int) {
        self.record = record
        self.eventsPurged = eventsPurged
        self.letterFilesErased = letterFilesErased
        self.legacyEvents = legacyEvents
    }
}
