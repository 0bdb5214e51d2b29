import DSRCore
import GRDB

/// Hooks for DSRStore's own tests: visible inside the package only, never part of the public API.
extension SQLiteStore {
    /// The schema version this dsr writes.
    package static var schemaVersion: Int { RegisterSchema.version }

    /// The migration identifiers, in order.
    package static var migrationIdentifiers: [String] { RegisterSchema.migrator.migrations }

    /// Creates a register file with the migrations up to and including `migration` only, as an older dsr left it.
    package static func createRegisterForTesting(at path: String, upTo migration: String) throws {
        let queue = try DatabaseQueue(path: path, configuration: configuration())
        try RegisterSchema.migrator.migrate(queue, upTo: migration)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
        try queue.close()
    }

    /// Runs SQL in a write transaction with every protection (triggers, foreign keys) in place.
    package func executeForTesting(_ sql: String) throws(StoreError) {
        do {
            try write("run test SQL") { db in try db.execute(sql: sql) } as Void
        } catch {
            throw Self.storeError(error, operation: "run test SQL")
        }
    }

    /// Stands in for someone editing the file behind dsr's back: drops every trigger, turns foreign keys off, runs
    /// SQL, then puts back the triggers of the tables that still exist, as they were (a careful intruder leaves the
    /// schema as it found it).
    package func tamperForTesting(_ sql: String, restoringTriggers: Bool = true) throws(StoreError) {
        do {
            try writer.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA foreign_keys = OFF")
                let triggers = try Row.fetchAll(
                    db, sql: "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'")
                for trigger in triggers {
                    let name = String.fromDatabaseValue(trigger["name"]) ?? ""
                    try db.execute(sql: "DROP TRIGGER \(name.quotedDatabaseIdentifier)")
                }
                try db.execute(sql: sql)
                if restoringTriggers {
                    for trigger in triggers {
                        let table = String.fromDatabaseValue(trigger["tbl_name"]) ?? ""
                        guard try db.tableExists(table) else { continue }
                        try db.execute(sql: String.fromDatabaseValue(trigger["sql"]) ?? "")
                    }
                }
                try db.execute(sql: "PRAGMA foreign_keys = ON")
            }
        } catch {
            throw Self.storeError(error, operation: "tamper with the register")
        }
    }

    /// The value of a PRAGMA on the writer connection, as text (`PRAGMA synchronous` gives `2` for FULL).
    package func pragmaForTesting(_ name: String) throws(StoreError) -> String? {
        do {
            let value = try writer.writeWithoutTransaction { db in
                try DatabaseValue.fetchOne(db, sql: "PRAGMA \(name)")
            }
            switch value?.storage {
            case .int64(let number): return String(number)
            case .double(let number): return String(number)
            case .string(let text): return text
            case .blob, .null, nil: return nil
            }
        } catch {
            throw Self.storeError(error, operation: "read PRAGMA \(name)")
        }
    }

    /// The details of SQLite's query plan for a request query, one line per step.
    package func queryPlanForTesting(_ query: RequestQuery) throws(StoreError) -> [String] {
        let selection = query.selection
        return try read("explain a query") { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + selection.sql, arguments: selection.arguments)
                .compactMap { String.fromDatabaseValue($0["detail"]) }
        }
    }

    /// Reports the SQL of every statement the writer connection runs from now on (without arguments) to `sink`.
    package func traceWritesForTesting(_ sink: @escaping @Sendable (String) -> Void) {
        writer.writeWithoutTransaction { db in
            db.trace(options: .statement) { event in sink(String(describing: event)) }
        }
    }

    /// Appends a correctly chained event without the state change it should come with: someone who knows the hash
    /// algorithm forging history behind dsr's back.
    package func forgeEventForTesting(_ entry: EventEntry) throws(StoreError) {
        do {
            try writer.write { db in
                _ = try EventRow.append(entry, stateJSON: nil, operation: "forge an event", in: db)
            }
        } catch {
            throw Self.storeError(error, operation: "forge an event")
        }
    }

    /// The lowercase hexadecimal SHA-256 of bytes, for checksums of files in tests.
    package static func sha256ForTesting(_ bytes: [UInt8]) -> String {
        EventChain.sha256Hex(bytes)
    }
}

extension SQLiteStore {
    /// Runs `body` inside one read transaction, giving it a way to count the requests and events that transaction
    /// sees, for tests of snapshot isolation.
    package func withReadTransactionForTesting(
        _ body: (_ count: () throws -> (requests: Int, events: Int)) throws -> Void
    )
        throws(StoreError)
    {
        try read("hold a read transaction") { db in
            try body {
                (
                    try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM request") ?? -1,
                    try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event") ?? -1
                )
            }
        }
    }
}
