import DSRCore
import DSRStore
import Foundation
import Testing

/// The schema, the connection settings and the rules SQLite itself enforces.
struct SchemaTests {
    @Test func migrationsArePinned() {
        // A shipped migration is never edited or renamed: a schema change is a new migration appended here.
        #expect(
            SQLiteStore.migrationIdentifiers == [
                "v1", "v2", "letters", "import", "purged-tags", "search", "attachments", "dispatch", "users",
                "access-log",
            ])
        #expect(SQLiteStore.schemaVersion == 10)
    }

    @Test func fileRegisterUsesWALFullSyncForeignKeysAndBusyTimeout() throws {
        // Given a register in a file
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try SQLiteStore(path: folder.file("register.sqlite"), create: true)

        // Then the writer connection has the documented settings
        #expect(try store.pragmaForTesting("journal_mode") == "wal")
        #expect(try store.pragmaForTesting("synchronous") == "2")  // FULL
        #expect(try store.pragmaForTesting("foreign_keys") == "1")
        #expect(try store.pragmaForTesting("busy_timeout") == "10000")
        #expect(try store.pragmaForTesting("application_id") == "1685287456")  // "dsr "
        #expect(try store.pragmaForTesting("user_version") == "10")
    }

    @Test(arguments: [
        RequestQuery(overdueAsOf: CivilDate(year: 2026, month: 3, day: 2)),
        RequestQuery(dueOnOrBefore: CivilDate(year: 2026, month: 3, day: 16)),
        RequestQuery(includeClosed: true, overdueAsOf: CivilDate(year: 2026, month: 3, day: 2)),
        RequestQuery(overdueAsOf: CivilDate(year: 2026, month: 3, day: 2), kind: .access, limit: 10),
    ])
    func overdueAndDueQueriesUseThePartialIndex(query: RequestQuery) throws {
        // Given a register with open and closed requests
        let store = try SQLiteStore.inMemory()
        let service = try Fixture.service(store)
        for day in 2...20 {
            let record = try Fixture.register(service, received: try Fixture.day(2026, 1, day))
            if day.isMultiple(of: 2) {
                try Fixture.apply(service, "withdraw", to: record.caseNumber, on: try Fixture.day(2026, 1, day))
            }
        }

        // When SQLite plans the overdue or due-by query
        let plan = try store.queryPlanForTesting(query)

        // Then it searches the partial index of running open requests by deadline, without scanning or sorting
        #expect(plan.contains { $0.contains("USING INDEX request_runningDeadline (deadline<") }, "\(plan)")
        #expect(!plan.contains { $0.hasPrefix("SCAN") })
        #expect(!plan.contains { $0.contains("TEMP B-TREE") })
    }

    @Test func openListUsesTheOpenIndex() throws {
        let store = try SQLiteStore.inMemory()
        let plan = try store.queryPlanForTesting(RequestQuery())
        #expect(plan.contains { $0.contains("request_openDeadline") })
        #expect(!plan.contains { $0.contains("TEMP B-TREE") })
    }

    @Test(arguments: [
        ("UPDATE event SET actor = 'someone else' WHERE sequence = 1", "append-only"),
        ("DELETE FROM event WHERE sequence = 1", "append-only"),
        (
            """
            INSERT INTO event (sequence, name, "on", recordedAt, actor, workflowVersion, data, previousHash, hash)
            VALUES (7, 'x', '2026-03-02', '2026-03-02T09:00:00Z', 'x', 0, '{}', 'x', 'x')
            """, "end of the hash chain"
        ),
        ("DELETE FROM request", "cannot be deleted"),
        ("UPDATE request SET deadline = '2099-01-01'", "new event"),
        ("UPDATE caseCounter SET \"last\" = 0", "never reused"),
        ("DELETE FROM caseCounter", "cannot be deleted"),
        ("UPDATE controllerProfile SET profile = '{}'", "cannot be changed"),
        ("DELETE FROM controllerProfile", "cannot be deleted"),
    ])
    func directChangesAreRefusedBySQLite(sql: String, expected: String) throws {
        // Given a register with a request and a controller profile
        let store = try SQLiteStore.inMemory()
        let service = try Fixture.service(store)
        let record = try Fixture.register(service, received: try Fixture.day(2026, 3, 2))
        _ = try service.setControllerProfile(
            ControllerProfile(name: "Esimerkki Oy"), actor: Fixture.actor,
            now: Fixture.now, today: try Fixture.day(2026, 3, 2), source: "test")

        // When SQL tries to change history or state without going through the store
        let error = try #require(throws: StoreError.self) { try store.executeForTesting(sql) }

        // Then a trigger refuses it and nothing changed
        #expect(error.errorDescription?.contains(expected) == true)
        #expect(try store.record(record.caseNumber) == record)
        #expect(try store.verifyChain().isIntact)
    }

    @Test func writesUseImmediateTransactions() throws {
        // Given a register whose writer connection is traced
        let store = try SQLiteStore.inMemory()
        let statements = Collector<String>()
        store.traceWritesForTesting { statements.add($0) }

        // When a request is registered and an event applied
        let service = try Fixture.service(store)
        let record = try Fixture.register(service, received: try Fixture.day(2026, 3, 2))
        try Fixture.apply(service, "acknowledge", to: record.caseNumber, on: try Fixture.day(2026, 3, 3))

        // Then each write began with BEGIN IMMEDIATE and none with a deferred transaction
        let begins = statements.values.filter { $0.hasPrefix("BEGIN") }
        #expect(begins == ["BEGIN IMMEDIATE TRANSACTION", "BEGIN IMMEDIATE TRANSACTION"])
    }
}
