/// Where an import writes, as the service layer sees it: many requests added in one all-or-nothing transaction.
///
/// The transaction stays open while `body` runs, across its calls of ``ImportTransaction/withBatch(_:)``, so that the
/// file can be read and checked concurrently with the writing (see ``RequestImporter``); it is committed only if
/// `body` returns `keep`, and rolled back if `body` returns `false` or throws, or the task is cancelled.
public protocol ImportStorage: Sendable {
    /// Runs an import in one transaction that holds the register's write lock until it ends.
    ///
    /// Requests purged earlier are recognised by their tags under the register's identity-code key, so when the
    /// register has such tags the key must be its own, and is read before `body` runs.
    /// - Returns: Whether the requests were stored, and what `body` returned.
    /// - Throws: Whatever `body` throws, unchanged (nothing is then stored); ``StoreError`` for a storage failure, the
    ///   key's error when the register's key is needed and missing or wrong.
    func importRequests<Result: Sendable>(
        _ body: (any ImportTransaction) async throws -> (keep: Bool, result: Result)
    ) async throws -> (stored: Bool, result: Result)

    /// How many rows of the file each ``ImportTransaction/withBatch(_:)`` should be given: what one batch costs the
    /// store beside its rows (a few statements in process for SQLite, several round trips to a server) decides it.
    var importRowsPerBatch: Int { get }
}

extension ImportStorage {
    /// 256 rows, unless the store says otherwise.
    public var importRowsPerBatch: Int { 256 }
}
