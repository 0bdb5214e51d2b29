import DSRCore
import PostgresNIO

extension PostgresStore {
    /// The key of the advisory lock that makes concurrent `init`s apply the migrations one after the other.
    static let migrationLock: Int64 = 0x6473_7220  // the ASCII bytes `dsr `, as an SQLite register's application id

    /// Checks the register's schema, applying the missing migrations first if `migrating` (each in its own
    /// transaction, recorded in `dsr_schema_migration`, under an advisory lock).
    /// - Throws: ``StoreError/cannotOpen(path:reason:)`` if the server cannot be reached; ``StoreError/missing(path:)``
    ///   if there is no register and `migrating` is false; ``StoreError/newerSchema(path:found:)`` for a newer dsr's
    ///   register (nothing is changed); ``StoreError/notARegister(path:)`` for migrations this dsr does not know by
    ///   those numbers; ``StoreError/failed(operation:reason:)`` for a register that lacks migrations when not
    ///   `migrating`.
    func prepareSchema(migrating: Bool) async throws {
        let place = location.redacted
        // The pool retries a connection that fails for a minute before it gives up: opening waits for the server's
        // first answer only this long, and then as long as the migrations take.
        let patience = Self.connectPatience
        let connected = Signal()
        try await withThrowingTaskGroup(of: Bool.self) { group in
            group.addTask {
                try await self.prepareSchemaOnce(migrating: migrating, place: place, connected: connected)
                return true
            }
            group.addTask {
                try? await Task.sleep(for: patience)
                let isConnected = await connected.isSet
                guard Task.isCancelled || isConnected else {
                    throw StoreError.cannotOpen(
                        path: place,
                        reason: "the PostgreSQL server did not answer within \(patience.components.seconds) s")
                }
                return false
            }
            defer { group.cancelAll() }
            while let schemaDone = try await group.next() {
                if schemaDone { group.cancelAll() }
            }
        }
    }

    /// Set once a connection to the server is made.
    actor Signal {
        /// Whether it was set.
        private(set) var isSet = false

        /// Sets it.
        func set() { isSet = true }
    }

    /// How long opening a register waits for the server's first answer.
    static let connectPatience: Duration = .seconds(10)

    /// ``prepareSchema(migrating:)`` without its time limit.
    private func prepareSchemaOnce(migrating: Bool, place: String, connected: Signal) async throws {
        let operation = "prepare the register's schema"
        do {
            try await withOpenConnection { connection in
                await connected.set()
                if migrating {
                    try await connection.guardedQuery("SELECT pg_advisory_lock(\(Self.migrationLock))", logger: logger)
                }
                do {
                    try await self.check(on: connection, place: place, migrating: migrating)
                } catch {
                    if migrating {
                        _ = try? await connection.guardedQuery(
                            "SELECT pg_advisory_unlock(\(Self.migrationLock))", logger: logger)
                    }
                    throw error
                }
                if migrating {
                    try await connection.guardedQuery(
                        "SELECT pg_advisory_unlock(\(Self.migrationLock))", logger: logger)
                }
            }
        } catch let error as PSQLError where error.serverInfo == nil {
            throw StoreError.cannotOpen(path: place, reason: "cannot connect to the PostgreSQL server (\(error.code))")
        } catch let error as PSQLError {
            let state = error.serverInfo?[.sqlState] ?? ""
            if state.hasPrefix("28") {
                throw StoreError.cannotOpen(
                    path: place, reason: "the server refused the login; check the user and the password's source")
            }
            if state == "3D000" {
                throw StoreError.cannotOpen(path: place, reason: "the database does not exist")
            }
            throw storeError(error, operation: operation)
        }
    }

    /// Reads the recorded migrations and applies or requires the missing ones.
    private func check(on connection: PostgresConnection, place: String, migrating: Bool) async throws {
        guard let applied = try await appliedMigrations(on: connection) else {
            guard migrating else { throw StoreError.missing(path: place) }
            try await migrate(PostgresSchema.migrations, on: connection)
            return
        }
        if let newest = applied.last, newest.version > PostgresSchema.version {
            throw StoreError.newerSchema(path: place, found: "migration \(newest.version) (\(newest.name))")
        }
        for (version, name) in applied {
            guard PostgresSchema.migrations.contains(where: { $0.version == version && $0.name == name }) else {
                throw StoreError.notARegister(path: place)
            }
        }
        let missing = PostgresSchema.migrations.filter { migration in
            !applied.contains { $0.version == migration.version }
        }
        guard !missing.isEmpty else { return }
        guard migrating else {
            throw StoreError.failed(
                operation: "open \(place)",
                reason: "its schema lacks migration \(missing[0].version) (\(missing[0].name)) of this dsr; "
                    + "apply the migrations as the register's owner role first")
        }
        try await migrate(missing, on: connection)
    }

    /// The migrations recorded in `dsr_schema_migration`, oldest first; `nil` if the table does not exist (no
    /// register yet). One statement, so that opening a register costs one round trip to the server: a missing table
    /// is the server's `undefined_table` error (SQLSTATE 42P01), which changes nothing.
    private func appliedMigrations(on connection: PostgresConnection) async throws -> [(version: Int, name: String)]? {
        var applied: [(version: Int, name: String)] = []
        do {
            let rows = try await connection.guardedQuery(
                "SELECT version, name FROM dsr_schema_migration ORDER BY version", logger: logger)
            for try await (version, name) in rows.decode((Int, String).self) { applied.append((version, name)) }
        } catch let error as PSQLError where error.serverInfo?[.sqlState] == Self.undefinedTable {
            return nil
        }
        return applied
    }

    /// PostgreSQL's SQLSTATE for a table that does not exist.
    static let undefinedTable = "42P01"

    /// Applies `missing` migrations, each in its own transaction recorded in `dsr_schema_migration` (made first if
    /// need be), then indexes the requests that have no search row yet.
    private func migrate(_ missing: [PostgresSchema.Migration], on connection: PostgresConnection) async throws {
        try await connection.guardedQuery(
            """
            CREATE TABLE IF NOT EXISTS dsr_schema_migration (
                version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())
            """, logger: logger)
        for migration in missing {
            try await connection.guardedQuery("BEGIN", logger: logger)
            do {
                for statement in migration.statements {
                    try await connection.guardedQuery(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.guardedQuery(
                    "INSERT INTO dsr_schema_migration (version, name) VALUES (\(migration.version), \(migration.name))",
                    logger: logger)
                try await connection.guardedQuery("COMMIT", logger: logger)
            } catch {
                _ = try? await connection.guardedQuery("ROLLBACK", logger: logger)
                throw error
            }
        }
        try await indexUnindexedRequests(on: connection)
    }
}
