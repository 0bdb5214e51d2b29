import DSRCore
import Foundation
import GRDB

/// Writes a portable SQLite register from another store's contents (``RegisterCopyWriter``): the backup of a
/// PostgreSQL register (`dsr backup`), which `dsr audit verify` and `dsr restore` then take like any SQLite backup.
///
/// The copy is built under a temporary name beside the destination: a fresh register with this dsr's schema, into
/// which the source's rows go as they are stored, table by table (``RegisterTable/all``). The register's rules (its
/// triggers, which let a row in only together with its newest event) are set aside while the rows go in, since the
/// rows come table by table rather than event by event, and put back unchanged before the file is closed; foreign keys
/// are checked at the end. The full-text index is rebuilt from the copied requests. The file is then verified as a
/// backup is (its chain, personal data and, with workflows, a replay of every case) and against the source's head at
/// the snapshot, and only then linked into place with its anchor beside it.
public struct SQLiteRegisterCopyWriter: RegisterCopyWriter {
    /// Rows handed on per batch, each batch one transaction of the new file.
    static let batchSize = 2_000

    /// A writer of SQLite register files.
    public init() {}

    /// Copies `source` into a new register file at `destination`, verifies it and puts it in place with its anchor
    /// (``RegisterCopyWriter/writeRegister(copying:to:replacing:workflows:identityKeyLocation:)``).
    public func writeRegister(
        copying source: any RegisterCopySource, to destination: String, replacing: Bool,
        workflows: WorkflowCatalog?, identityKeyLocation: String?
    ) async throws -> BackupMade {
        try SQLiteStore.checkBackupDestination(destination, replacing: replacing)
        let temporary = try PrivateFile.makeTemporary(near: destination, purpose: "dsr-backup")
        defer { PrivateFile.remove(temporary) }
        let head = try await Self.fill(temporary, from: source, destination: destination)
        let report = try await SQLiteStore.verifyFileOverlapping(temporary, workflows: workflows, anchors: [head])
        try await StoreExecutor.run {
            try SQLiteStore.keepBackup(temporary, at: destination, verified: report, replacing: replacing)
        }
        return BackupMade(
            report: report, anchorLocation: report.anchor.map { _ in SQLiteStore.anchorPath(forBackup: destination) },
            identityKeyLocation: identityKeyLocation)
    }

    /// Makes a register at `path` (an empty file) and copies `source` into it; returns the source's head.
    private static func fill(_ path: String, from source: any RegisterCopySource, destination: String) async throws
        -> ChainAnchor
    {
        let operation = "copy the register to \(destination)"
        let queue: DatabaseQueue
        let rules: [String]
        do {
            (queue, rules) = try await StoreExecutor.run {
                var configuration = SQLiteStore.configuration()
                configuration.foreignKeysEnabled = false
                let queue = try DatabaseQueue(path: path, configuration: configuration)
                try RegisterSchema.migrator.migrate(queue)
                // The file is synced once, before it is linked into place (SQLiteStore.keepBackup).
                try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = OFF") }
                let rules = try queue.write { db in try setRulesAside(db) }
                return (queue, rules)
            }
        } catch {
            throw SQLiteStore.storeError(error, operation: operation)
        }
        let head = try await source.copyContents(batchSize: batchSize) { batch in
            do {
                try await StoreExecutor.run { try queue.write { db in try insert(batch, db) } }
            } catch {
                throw SQLiteStore.storeError(error, operation: operation)
            }
        }
        do {
            try await StoreExecutor.run {
                try queue.write { db in
                    try db.execute(sql: SearchIndex.rebuildSQL)
                    for rule in rules { try db.execute(sql: rule) }
                    if let broken = try Row.fetchOne(db, sql: "PRAGMA foreign_key_check") {
                        let table: String = broken[0]
                        throw StoreError.failed(
                            operation: operation,
                            reason: "a copied row of \(table) refers to a row the register does not hold")
                    }
                }
                try queue.close()
            }
        } catch {
            throw SQLiteStore.storeError(error, operation: operation)
        }
        return head
    }

    /// Drops the register's triggers, returning the statements that create them again, and removes the rows the
    /// migrations put in (the start of dispatch records), which the source's rows replace.
    private static func setRulesAside(_ db: Database) throws -> [String] {
        let triggers = try Row.fetchAll(
            db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY rowid")
        for trigger in triggers {
            let name: String = trigger["name"]
            try db.execute(sql: "DROP TRIGGER \(name.quotedDatabaseIdentifier)")
        }
        for table in RegisterTable.all {
            try db.execute(sql: "DELETE FROM \(table.name.quotedDatabaseIdentifier)")
        }
        return triggers.map { $0["sql"] }
    }

    /// Inserts a batch of rows as they are.
    private static func insert(_ batch: RegisterRows, _ db: Database) throws {
        let table = batch.table
        let columns = table.columns.map(\.name.quotedDatabaseIdentifier).joined(separator: ", ")
        let marks = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
        let statement = try db.cachedStatement(
            sql: "INSERT INTO \(table.name.quotedDatabaseIdentifier) (\(columns)) VALUES (\(marks))")
        for row in batch.rows {
            try statement.execute(arguments: StatementArguments(row.map(\.databaseValue)))
        }
    }
}

extension RegisterValue {
    /// The value as SQLite stores it.
    fileprivate var databaseValue: DatabaseValue {
        switch self {
        case .null: .null
        case .integer(let value): value.databaseValue
        case .text(let value): value.databaseValue
        case .blob(let bytes): Data(bytes).databaseValue
        }
    }
}
