/// What the reading half of the chain walk (``ChainVerifier/checkEvents(_:personalData:)``) hands to the checking
/// half: events in sequence order, copied out of SQLite with their stored personal data (``CopiedRows``), and the
/// personal data of events that do not exist, in the order the merge of the two tables met them.
struct ChainWalkBatch: Sendable {
    /// One step of the merge of `event` and `eventPersonal` by sequence number.
    enum Item: Sendable {
        /// The event at this index of ``events``, with its personal data at this index of ``personal`` if stored.
        case event(Int, personal: Int?)
        /// Stored personal data of an event that does not exist, by its sequence number.
        case orphan(Int64)
    }

    /// The events' rows (``ChainVerifier/eventColumns``).
    var events = CopiedRows(columnCount: 15)
    /// The personal data's rows (`sequence, salt, data`).
    var personal = CopiedRows(columnCount: 3)
    /// The merge's steps, in order.
    var items: [Item] = []

    /// Forgets everything, keeping the memory for the next batch.
    mutating func removeAll() {
        events.removeAll()
        personal.removeAll()
        items.removeAll(keepingCapacity: true)
    }
}
