import DSRCore
import GRDB

/// The open transaction of an import on SQLite (``SQLiteStore/importRequests(_:)``): a `BEGIN IMMEDIATE` that holds
/// the write lock from ``begin(store:operation:)`` to ``end(keep:)``, with the ``SQLiteRequestBatch`` that writes in
/// it. Each call runs on the store's executor as one access of the store's connection.
///
/// The write lock is held until the import ends, so other dsr commands that write wait for it (up to 10 seconds each,
/// as they wait for any writer); readers are never blocked. The commit has the same durability as any other change
/// (WAL, `synchronous = FULL`).
///
/// `@unchecked Sendable` because its mutable state (the batch, and whether it has ended) is only touched inside
/// accesses of the store's connection, which GRDB's queue runs one at a time, and by one import task that awaits each
/// call before making the next.
final class SQLiteImportSession: ImportTransaction, @unchecked Sendable {
    private let store: SQLiteStore
    private let operation: String
    /// The batch, until the transaction ends.
    private var batch: SQLiteRequestBatch?
    /// SQLite's page cache size before the import, restored when it ends.
    private let cacheSize: Int

    /// Begins the transaction.
    /// - Throws: ``StoreError`` (the register is read-only or damaged, or SQLite fails); the key's error if requests
    ///   were purged and the register's key is missing or wrong.
    static func begin(store: SQLiteStore, operation: String) throws -> SQLiteImportSession {
        // As every change: a read-only register is refused, and a file SQLite finds damaged is not written to.
        try store.checkIntegrityBeforeWriting(operation: operation)
        // Rows of requests purged earlier are recognised by their tags under the register's key, which must then be
        // the register's own (a missing or other key stops the import).
        var key = store.identityKey
        if try store.hasPurgedTags() { key = try store.registerKey().key }
        do {
            return try store.writer.writeWithoutTransaction { db in
                // A larger page cache for the import (64 MiB instead of SQLite's 2 MiB) keeps the indexes' pages in
                // memory instead of writing them to the log again and again; the commit is the same.
                let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
                try db.execute(sql: "PRAGMA cache_size = -65536")
                do {
                    try db.beginTransaction(.immediate)
                    // The new requests' search texts wait in a temporary table for the commit (SearchIndex.addPending).
                    try db.execute(sql: SearchIndex.createPendingSQL)
                    let batch = try SQLiteRequestBatch(db: db, operation: operation, key: key)
                    return SQLiteImportSession(
                        store: store, operation: operation, batch: batch, cacheSize: cacheSize)
                } catch {
                    if db.isInsideTransaction { try? db.rollback() }
                    try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)")
                    throw error
                }
            }
        } catch {
            throw SQLiteStore.storeError(error, operation: operation)
        }
    }

    private init(store: SQLiteStore, operation: String, batch: SQLiteRequestBatch, cacheSize: Int) {
        self.store = store
        self.operation = operation
        self.batch = batch
        self.cacheSize = cacheSize
    }

    /// Runs `work` with the batch on the store's executor.
    func withBatch<T: Sendable>(_ work: @escaping @Sendable (any RequestBatch) throws -> T) async throws -> T {
        try await StoreExecutor.run {
            try self.store.writer.writeWithoutTransaction { _ in
                guard let batch = self.batch else {
                    throw StoreError.failed(operation: self.operation, reason: "the import's transaction has ended")
                }
                return try work(batch)
            }
        }
    }

    /// Ends the transaction: commits it if `keep`, else rolls it back. Runs on the store's executor.
    /// - Returns: Whether the requests were stored.
    /// - Throws: ``StoreError`` if the commit fails (nothing is then stored).
    func end(keep: Bool) throws -> Bool {
        do {
            let kept = try store.writer.writeWithoutTransaction { db in
                defer {
                    batch = nil
                    try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)")
                }
                guard batch != nil, db.isInsideTransaction else {
                    throw StoreError.failed(operation: operation, reason: "the import's transaction has ended")
                }
                guard keep else {
                    try db.rollback()
                    return false
                }
                // Work that must be part of the import's transaction, after its last request and before the commit,
                // goes here: the one place every kept import passes through. The search index takes the new
                // requests in one statement.
                do {
                    try SearchIndex.addPending(db)
                    try db.commit()
                } catch {
                    if db.isInsideTransaction { try? db.rollback() }
                    throw error
                }
                return true
            }
            if kept { store.integrity.noteChange() }
            return kept
        } catch {
            throw SQLiteStore.storeError(error, operation: operation)
        }
    }
}
