import DSRCore
import Foundation
import GRDB

/// The register on SQLite: requests' current state, the append-only hash-chained event log, case counters and the
/// controller profile's versions, in one file that several dsr processes can write at once.
///
/// Every change runs in one `IMMEDIATE` write transaction that appends its event and stores the new current state
/// together, so concurrent writers queue on SQLite's write lock (waiting up to 10 seconds) instead of failing or
/// deadlocking, and no case number is given twice. See `docs/storage.md` for the schema.
///
/// GRDB types never leave this module: callers see the storage protocols of `DSRCore/Storage` and ``StoreError``.
public struct SQLiteStore: Sendable {
    /// The register's file, or `nil` for an in-memory register.
    public let path: String?
    /// The connection: one queue per process, for a file or in memory.
    let writer: any DatabaseWriter
    /// Why the register can only be read (the file, its folder or the file system cannot be written), or `nil`.
    ///
    /// A read-only register serves every read; a change fails at once with this reason, before anything is touched.
    public let readOnlyReason: String?
    /// Whether the file was found sound before this process first writes to it.
    let integrity: IntegrityGuard
    /// The access log's group commit: concurrent views of cases are recorded in shared transactions.
    let caseViewCommit = CaseViewGroupCommit()
    /// The access log's keyed chain, read once from the register's key (``AccessLogKeyCache``).
    let accessLogKeys = AccessLogKeyCache()
    /// The totals of paged lists, kept while the register is unchanged.
    let requestCounts = RequestCountCache()
    /// Whether this process created the register when it opened it (commands that may create one say so).
    public private(set) var created = false
    /// The register's identity-code key, set by the caller once it has checked it (see ``registerKey()``): an
    /// import needs it to recognise rows whose request was purged (``IdentityCodeKey/purgedTag(_:of:)``).
    public var identityKey: IdentityCodeKey?

    /// Opens (and, if `create` is true, creates) the register at `path`.
    ///
    /// A new register is built under a temporary name in the same folder and linked into place complete, with mode
    /// 0600 (and missing folders 0700). An existing file is recognised from its header before SQLite opens it, and a
    /// file that is not a dsr register, or was written by a newer dsr, is refused without being changed.
    /// - Parameters:
    ///   - path: The database file.
    ///   - create: Whether to create the register if nothing is at `path`.
    /// - Throws: ``StoreError/missing(path:)`` if nothing is at `path` and `create` is false;
    ///   ``StoreError/notARegister(path:)`` for random bytes, another program's SQLite file, an empty or truncated
    ///   file; ``StoreError/newerSchema(path:found:)`` for a register of a newer dsr;
    ///   ``StoreError/cannotOpen(path:reason:)`` for anything else that stops the file from being opened.
    public init(path: String, create: Bool) throws(StoreError) {
        let file = RegisterFile(path: path)
        var made = false
        if try file.inspect() == .missing {
            guard create else { throw .missing(path: path) }
            made = try file.create { temporaryPath in
                let queue = try DatabaseQueue(path: temporaryPath, configuration: Self.configuration())
                try RegisterSchema.migrator.migrate(queue)
                try queue.close()
                // Write-ahead logging is a property of the file: readers never block the writer, and a reader never
                // sees half a transaction. It is set after the build so the temporary file's log is empty when the
                // file is linked into place.
                let settings = try DatabaseQueue(path: temporaryPath, configuration: Self.configuration())
                try settings.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
                try settings.close()
            }
            guard try file.inspect() != .missing else {
                throw .cannotOpen(path: path, reason: "the new register disappeared while it was being created")
            }
        }
        let access = RegisterFile(path: path).access()
        try Self.checkSchema(at: path, access: access)
        if case .readOnly(let reason, _) = access {
            do {
                let queue = try DatabaseQueue(
                    path: access.sqlitePath(for: path), configuration: Self.configuration(readonly: true))
                guard try queue.read({ db in try RegisterSchema.migrator.hasCompletedMigrations(db) }) else {
                    throw StoreError.cannotOpen(
                        path: path,
                        reason: "it was written by an older dsr and must be upgraded, "
                            + "which needs write access (\(reason))")
                }
                self.init(path: path, writer: queue, readOnlyReason: reason)
                self.created = made
            } catch {
                throw Self.openingError(error, path: path)
            }
            return
        }
        do {
            // One connection per process: a dsr command is short-lived, and other processes read and write beside it
            // through SQLite's WAL locking. A `DatabasePool` would write to the file on every open (GRDB creates and
            // drops a table to make sure the WAL exists), so a command that fails, or only reads, would not leave the
            // register byte-for-byte unchanged.
            let queue = try DatabaseQueue(path: path, configuration: Self.configuration())
            try queue.writeWithoutTransaction { db in
                if try String.fetchOne(db, sql: "PRAGMA journal_mode")?.lowercased() != "wal" {
                    try db.execute(sql: "PRAGMA journal_mode = WAL")
                }
            }
            let store = SQLiteStore(path: path, writer: queue, readOnlyReason: nil)
            if try !queue.read({ db in try RegisterSchema.migrator.hasCompletedMigrations(db) }) {
                try store.checkIntegrityBeforeWriting(operation: "upgrade the register")
                try Self.migrateIfNeeded(queue)
                store.integrity.noteChange()
            }
            self = store
            self.created = made
        } catch {
            throw Self.openingError(error, path: path)
        }
    }

    /// A fresh private in-memory register: for tests, and for a command that only reads when no register exists yet
    /// at the default location (it then reads an empty register).
    /// - Throws: ``StoreError/cannotOpen(path:reason:)`` if SQLite cannot make it.
    public static func inMemory() throws(StoreError) -> SQLiteStore {
        do {
            let queue = try DatabaseQueue(configuration: configuration())
            try RegisterSchema.migrator.migrate(queue)
            return SQLiteStore(path: nil, writer: queue, readOnlyReason: nil)
        } catch {
            throw openingError(error, path: ":memory:")
        }
    }

    private init(path: String?, writer: any DatabaseWriter, readOnlyReason: String?) {
        self.path = path
        self.writer = writer
        self.readOnlyReason = readOnlyReason
        if let path, readOnlyReason == nil, let queue = writer as? DatabaseQueue {
            self.integrity = IntegrityGuard(registerPath: path, connection: queue)
        } else {
            self.integrity = IntegrityGuard(checked: path == nil)
        }
    }

    /// The settings of every connection to a register.
    ///
    /// - Foreign keys are enforced.
    /// - A writer that finds the register locked by another dsr waits up to 10 seconds (`busyMode`), so concurrent
    ///   commands queue rather than fail.
    /// - `PRAGMA synchronous = FULL`: in WAL mode, `NORMAL` syncs only at checkpoints, so a transaction that
    ///   committed just before a power cut can be lost (the file stays consistent, but the change is gone). dsr
    ///   prints a case number the moment a request is registered and officers pass it on, so a reported
    ///   registration must survive a crash: with `FULL` the WAL is synced at every commit. The cost, one sync per
    ///   command, does not matter for a register written by hand.
    /// - `PRAGMA secure_delete = ON`: SQLite overwrites deleted content with zeros, so personal data that `dsr purge`
    ///   removes, or a record's earlier form, does not linger in free space of the file.
    /// - Statement arguments appear in GRDB's own error descriptions in debug builds only; dsr's error messages never
    ///   use those descriptions.
    static func configuration(readonly: Bool = false) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = readonly
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        // An import's transaction spans several accesses of the connection (SQLiteImportSession), so that the file is
        // read and checked while the rows are written; every other change opens and ends its own transaction.
        configuration.allowsUnsafeTransactions = true
        configuration.label = "dsr.register"
        #if DEBUG
            configuration.publicStatementArguments = true
        #endif
        if !readonly {
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA synchronous = FULL")
                try db.execute(sql: "PRAGMA secure_delete = ON")
            }
        }
        return configuration
    }

    /// Checks, on a read-only connection, that the file is a dsr register this dsr can use: the right application
    /// id, a known schema version, and only known migrations applied.
    private static func checkSchema(at path: String, access: RegisterFile.Access) throws(StoreError) {
        struct Found {
            var applicationID: Int
            var version: Int
            var hasMigrations: Bool
            var unknownMigrations: Set<String>
        }
        let found: Found
        do {
            let queue = try DatabaseQueue(
                path: access.sqlitePath(for: path), configuration: configuration(readonly: true))
            found = try queue.read { db in
                let migrator = RegisterSchema.migrator
                let hasMigrations = try db.tableExists("grdb_migrations")
                return Found(
                    applicationID: try Int.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
                    version: try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0,
                    hasMigrations: hasMigrations,
                    unknownMigrations: hasMigrations
                        ? try migrator.appliedIdentifiers(db).subtracting(migrator.migrations) : [])
            }
            try queue.close()
        } catch {
            throw openingError(error, path: path)
        }
        guard found.applicationID == Int(RegisterSchema.applicationID) else { throw .notARegister(path: path) }
        if found.version > RegisterSchema.version {
            throw .newerSchema(path: path, found: "version \(found.version)")
        }
        if !found.unknownMigrations.isEmpty {
            throw .newerSchema(
                path: path, found: "migrations " + found.unknownMigrations.sorted().joined(separator: ", "))
        }
        guard found.hasMigrations else { throw .notARegister(path: path) }
    }

    /// Applies the migrations a register of an older dsr lacks.
    ///
    /// If another dsr migrates the same file at the same moment, one of them fails on the second run of a migration;
    /// that one then finds the work done and carries on.
    private static func migrateIfNeeded(_ writer: any DatabaseWriter) throws {
        let migrator = RegisterSchema.migrator
        if try writer.read({ db in try migrator.hasCompletedMigrations(db) }) { return }
        do {
            try migrator.migrate(writer)
        } catch {
            if try writer.read({ db in try migrator.hasCompletedMigrations(db) }) { return }
            throw error
        }
    }

    /// Translates a failure to open or create the register.
    static func openingError(_ error: any Error, path: String) -> StoreError {
        switch error {
        case let error as StoreError:
            return error
        case let error as DatabaseError where error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT:
            return .notARegister(path: path)
        case let error as DatabaseError:
            return .cannotOpen(path: path, reason: StoreError.reason(for: error))
        default:
            return .cannotOpen(path: path, reason: "an unexpected \(type(of: error)) occurred")
        }
    }
}
