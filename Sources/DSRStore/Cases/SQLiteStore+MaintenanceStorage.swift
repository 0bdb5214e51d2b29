import DSRCore
import Foundation

extension SQLiteStore: MaintenanceStorage {
    /// Purges each case in turn (``purgePersonalData(of:key:_:)``) on the store's executor, with the register's key
    /// read once, and checkpoints the write-ahead log (``checkpoint(waitingUpTo:)``) before the stream finishes.
    public func purgePersonalData(
        of caseNumbers: [CaseNumber],
        _ change: @escaping @Sendable (RequestRecord) throws -> (RequestRecord, EventEntry)
    )
        -> AsyncThrowingStream<PurgeOutcome, any Error>
    {
        StoreExecutor.stream { yield in
            let key = caseNumbers.isEmpty ? nil : try self.registerKey().key
            for caseNumber in caseNumbers {
                yield(try self.purgePersonalData(of: caseNumber, key: key, change))
            }
            try self.optimizeSearchIndex()  // purged tokens leave the full-text index only when it is merged
            try self.checkpoint()
        }
    }
}
