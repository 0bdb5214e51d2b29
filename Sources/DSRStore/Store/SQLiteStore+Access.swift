import DSRCore
import GRDB

extension SQLiteStore {
    /// Runs a read on a consistent snapshot of the register: in one read transaction, or inside the transaction
    /// already open on the connection (an import's).
    ///
    /// Not GRDB's `read`, for two costs it pays on every call (docs/performance.md, issue 18): it switches the
    /// connection to read-only and back (`PRAGMA query_only`), and setting that pragma makes SQLite expire every
    /// statement prepared on the connection, so each cached statement was compiled again (through GRDB's statement
    /// authorizer) at its next use; and it begins and ends the transaction with statements prepared anew. Here the
    /// transaction's statements are prepared once per connection, and the body's are kept. The body must only read:
    /// the store's reads are its own code, and none of them writes.
    /// - Parameters:
    ///   - operation: What is being read, for error messages (`list requests`).
    ///   - body: The reads.
    func read<T>(_ operation: String, _ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.unsafeRead { db in
                if db.isInsideTransaction { return try body(db) }
                try db.cachedStatement(sql: "BEGIN DEFERRED TRANSACTION").execute()
                let value: T
                do {
                    value = try body(db)
                } catch {
                    if db.isInsideTransaction { try? db.cachedStatement(sql: "ROLLBACK TRANSACTION").execute() }
                    throw error
                }
                try db.cachedStatement(sql: "COMMIT TRANSACTION").execute()
                return value
            }
        } catch {
            throw Self.storeError(error, operation: operation)
        }
    }

    /// Runs a read of a single statement, which needs no transaction of its own: SQLite reads a statement on its own
    /// from one snapshot, taken when it first steps and kept until it is reset. Inside the transaction already open
    /// on the connection (an import's), the statement reads within it. As with ``read(_:_:)``, the body must only
    /// read.
    /// - Parameters:
    ///   - operation: What is being read, for error messages (`read case 2026-0001`).
    ///   - body: The read: one statement, stepped to its end or reset.
    func readStatement<T>(_ operation: String, _ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.unsafeRead(body)
        } catch {
            throw Self.storeError(error, operation: operation)
        }
    }

    /// Runs changes in one `BEGIN IMMEDIATE` transaction: the write lock is taken before the first read, so two
    /// writers never both read and then try to upgrade (which SQLite can only resolve by failing one of them), and
    /// case numbers and event sequence numbers read inside are still the latest when the transaction commits.
    ///
    /// Errors thrown by callers' closures wrapped in ``CallerFailure`` come out unchanged; every other error becomes
    /// a ``StoreError``. Nothing is written if anything throws.
    ///
    /// The first change a process makes to a register file is preceded by an integrity check
    /// (``checkIntegrityBeforeWriting(operation:)``), so a damaged file is never written to.
    func write<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
        try checkIntegrityBeforeWriting(operation: operation)
        do {
            let value = try writer.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                guard let result else {
                    throw StoreError.failed(operation: operation, reason: "the transaction produced no result")
                }
                return result
            }
            integrity.noteChange()
            return value
        } catch let failure as CallerFailure {
            throw failure.error
        } catch {
            throw Self.storeError(error, operation: operation)
        }
    }

    /// Refuses a change to a read-only register, and checks a register file before this process first changes it: a
    /// damaged file is reported and left as it is rather than written to.
    ///
    /// The check is SQLite's `quick_check`, which reads the whole file (about a tenth of a second for 200 MB from the
    /// page cache, 2.3 s for the 2.4 GB of a million requests), unless the file's ``IntegrityStamp`` shows that it is
    /// exactly as the last dsr process that changed it left it.
    /// - Throws: ``StoreError/failed(operation:reason:)`` if the register is read-only or damaged.
    func checkIntegrityBeforeWriting(operation: String) throws(StoreError) {
        if let readOnlyReason {
            throw .failed(operation: operation, reason: "the register is read-only: \(readOnlyReason)")
        }
        do {
            try integrity.ensure {
                let lines = try writer.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check") }
                guard lines == ["ok"] else {
                    throw StoreError.damaged(
                        operation: operation,
                        finding: "SQLite's integrity check finds the file damaged, so it was left as it is")
                }
            }
        } catch {
            throw Self.storeError(error, operation: operation)
        }
    }

    /// Checks the file with SQLite's `quick_check`, which reads every page.
    /// - Throws: ``StoreError/damaged(operation:finding:)`` if the file is damaged.
    public func checkIntegrity() throws(StoreError) {
        let operation = "check the register"
        let lines = try read(operation) { db in try String.fetchAll(db, sql: "PRAGMA quick_check") }
        guard lines == ["ok"] else {
            throw .damaged(operation: operation, finding: "SQLite's integrity check finds the file damaged")
        }
    }

    /// Translates any error met inside the store into a ``StoreError`` that carries no personal data.
    static func storeError(_ error: any Error, operation: String) -> StoreError {
        switch error {
        case let error as StoreError:
            error
        case let error as DatabaseError:
            StoreError(error, operation: operation)
        default:
            .failed(operation: operation, reason: "an unexpected \(type(of: error)) occurred")
        }
    }

    /// Decodes the record a request row keeps: with the canonical reader, or `JSONDecoder` for a text not in
    /// canonical form (``EventEntry/decodeCanonicalJSON(_:from:)``).
    static func decodeRecord(_ row: RequestRow, operation: String) throws(StoreError) -> RequestRecord {
        guard let record = EventEntry.decodeCanonicalJSON(RequestRecord.self, from: row.record) else {
            throw StoreError.unreadable(operation: operation, what: "the stored state of case \(row.caseNumber)")
        }
        return record
    }
}
