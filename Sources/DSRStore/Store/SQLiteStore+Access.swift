import DSRCore
import GRDB

extension SQLiteStore {
    /// Runs a read on a consistent snapshot of the register.
    /// - Parameters:
    ///   - operation: What is being read, for error messages (`list requests`).
    ///   - body: The reads.
    func read<T>(_ operation: String, _ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.read(body)
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

    /// Decodes the record a request row keeps.
    static func decodeRecord(_ row: RequestRow, operation: String) throws(StoreError) -> RequestRecord {
        do {
            return try StoreJSON.decode(RequestRecord.self, from: row.record)
        } catch {
            throw StoreError.unreadable(operation: operation, what: "the stored state of case \(row.caseNumber)")
        }
    }
}
