import Foundation

/// The register's upkeep, as the service layer sees it: removing personal data past its retention.
public protocol MaintenanceStorage: Sendable {
    /// Removes the personal data of each case in turn, each in its own transaction: stores the record `change` gives
    /// (without its personal data) with its purge event, deletes the personal data of the case's earlier events and
    /// erases its letters' bytes, keeping only keyed tags of its reference and import key (under the register's key)
    /// so that a re-import finds it purged.
    ///
    /// The stream yields one outcome per case as it is done, and finishes only once no copy of the removed data is
    /// left in the register's logs either (SQLite: a checkpoint that empties the write-ahead log).
    /// - Throws: (from the stream) ``StoreError/unknownCase(_:)``, whatever `change` throws, storage and key errors,
    ///   or the backend's temporary failure when another process keeps the log from being emptied (try again).
    func purgePersonalData(
        of caseNumbers: [CaseNumber],
        _ change: @escaping @Sendable (RequestRecord) throws -> (RequestRecord, EventEntry)
    )
        -> AsyncThrowingStream<PurgeOutcome, any Error>
}
