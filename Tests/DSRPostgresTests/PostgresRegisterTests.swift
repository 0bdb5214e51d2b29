import DSRCore
import Foundation
import Testing

@testable import DSRPostgres

/// The PostgreSQL register's schema and the evidence guarantees its database enforces itself (docs/storage.md,
/// PostgreSQL). The tests that need a server run when `DSR_TEST_POSTGRES_URL` is set.
struct PostgresRegisterTests {
    /// A registration of `received` straight through the storage, as the service makes one.
    private static func register(_ store: PostgresStore, received: CivilDate) async throws -> RequestRecord {
        let workflow = try WorkflowCatalog.builtIn()[.access]
        let draft = RequestDraft(
            kind: .access, subject: DataSubject(name: "Maija Meikäläinen", email: "maija@example.fi"),
            received: received)
        let now = Date(timeIntervalSince1970: 1_790_000_000)
        return try await store.insert(year: received.year) { caseNumber in
            try RequestRules.registration(
                of: draft, caseNumber: caseNumber, workflow: workflow, calculator: DeadlineCalculator(),
                actor: "test-officer", now: now)
        }
    }

    @Test
    func theMigrationsAreNumberedFromOneWithoutGapsAndSplitIntoStatements() {
        let migrations = PostgresSchema.migrations
        #expect(migrations.map(\.version) == Array(1...migrations.count))
        #expect(migrations.first?.name == "register")
        let statements = migrations.first?.statements ?? []
        #expect(statements.contains { $0.hasPrefix("CREATE TABLE event (") })
        // A function body with semicolons inside stays one statement
        #expect(
            statements.contains { $0.hasPrefix("CREATE FUNCTION dsr_event_append_at_end()") && $0.hasSuffix("$$;") })
        #expect(!statements.contains { $0.hasPrefix("--") })
    }

    @Test(.enabled(if: PostgresServer.isGiven))
    func initAppliesTheMigrationsOnceAndANewerSchemaIsRefused() async throws {
        try await PostgresServer.withScratchDatabase { location in
            let password = PostgresServer.password(location)
            // An empty database is no register until the migrations ran
            await #expect(throws: StoreError.missing(path: location.redacted)) {
                _ = try await PostgresStore.open(location, password: password, migrating: false)
            }
            await (try await PostgresStore.open(location, password: password, migrating: true)).close()
            await (try await PostgresStore.open(location, password: password, migrating: true)).close()
            await (try await PostgresStore.open(location, password: password, migrating: false)).close()

            // When a newer dsr recorded a migration this one does not have
            #expect(
                try PostgresServer.psql(location, "INSERT INTO dsr_schema_migration VALUES (999, 'future')").status == 0
            )

            // Then the register is refused, with or without migrating, and nothing is changed
            for migrating in [false, true] {
                await #expect(throws: StoreError.newerSchema(path: location.redacted, found: "migration 999 (future)"))
                {
                    _ = try await PostgresStore.open(location, password: password, migrating: migrating)
                }
            }
        }
    }

    @Test(.enabled(if: PostgresServer.isGiven))
    func theDatabaseRefusesToChangeDeleteOrTruncateTheEvidence() async throws {
        try await PostgresServer.withScratchDatabase { location in
            let store = try await PostgresStore.open(
                location, password: PostgresServer.password(location), migrating: true)
            _ = try await Self.register(store, received: CivilDate(year: 2026, month: 3, day: 2)!)
            await store.close()

            // When the log, the head, the counters and the personal data are changed behind dsr's back
            let attempts = [
                ("UPDATE event SET actor = 'someone'", "events cannot be changed"),
                ("DELETE FROM event", "events cannot be deleted"),
                ("TRUNCATE event CASCADE", "cannot be"),
                ("UPDATE event_personal SET data = '{}'", "personal data cannot be changed"),
                ("DELETE FROM event_personal", "personal data is removed only by a purge"),
                ("UPDATE chain_head SET sequence = 0, hash = repeat('0', 64)", "moves forward only"),
                // skipping numbers: the counter may rise, but not past numbers no request took (checked at commit)
                ("UPDATE case_counter SET last = 5", "passed a number that no request took"),
                ("INSERT INTO case_counter VALUES (2030, 1)", "passed a number that no request took"),
                // going back or starting at 0: refused at once
                ("UPDATE case_counter SET last = 0", "allocated one at a time"),
                ("INSERT INTO case_counter VALUES (2031, 0)", "allocated one at a time"),
                ("DELETE FROM request", "requests cannot be deleted"),
                // personal data and request rows only with an event stored by the same transaction (migration 8)
                (
                    "INSERT INTO event_personal SELECT max(sequence), 'c2FsdA==', '{}' FROM event",
                    "personal data is stored only with its event"
                ),
                ("UPDATE request SET last_event_sequence = 0", "only with its newest event"),
                (
                    "INSERT INTO event SELECT sequence + 5, case_year, case_sequence, name, on_day, recorded_at, actor, "
                        + "workflow_version, state_after, data, state_hash, previous_hash, hash, format, personal_hash "
                        + "FROM event", "appended at the end of the hash chain only"
                ),
            ]
            // Then every attempt is refused with the rule it broke
            for (sql, rule) in attempts {
                let result = try PostgresServer.psql(location, sql)
                #expect(result.status != 0, "\(sql)")
                #expect(result.stderr.contains(rule), "\(sql): \(result.stderr)")
            }
        }
    }

    @Test(.enabled(if: PostgresServer.isGiven))
    func concurrentRegistrationsGetGaplessNumbersAndOneUnbrokenChain() async throws {
        try await PostgresServer.withScratchDatabase { location in
            let password = PostgresServer.password(location)
            let stores = [
                try await PostgresStore.open(location, password: password, migrating: true),
                try await PostgresStore.open(location, password: password, migrating: false),
            ]
            // When 8 writers on two connection pools register 10 requests each at once
            let day = CivilDate(year: 2026, month: 3, day: 2)!
            let numbers = try await withThrowingTaskGroup(of: [Int].self) { group in
                for writer in 0..<8 {
                    group.addTask {
                        var mine: [Int] = []
                        for _ in 0..<10 {
                            mine.append(try await Self.register(stores[writer % 2], received: day).caseNumber.sequence)
                        }
                        return mine
                    }
                }
                return try await group.reduce(into: []) { $0 += $1 }
            }

            // Then the numbers are 1…80 once each, and every event links to the one before it
            #expect(numbers.sorted() == Array(1...80))
            var events: [EventEntry] = []
            for sequence in 1...80 {
                events += try await stores[0].events(of: CaseNumber(year: 2026, sequence: sequence))
            }
            events.sort { ($0.sequence ?? 0) < ($1.sequence ?? 0) }
            #expect(events.map { $0.sequence ?? 0 } == Array(1...80).map(Int64.init))
            for (previous, event) in zip(events, events.dropFirst()) {
                #expect(event.previousHash == previous.hash)
            }
            for store in stores { await store.close() }
        }
    }

    @Test(.enabled(if: PostgresServer.isGiven))
    func requestsStoredBeforeTheSearchIndexAreIndexedWhenItsMigrationIsApplied() async throws {
        try await PostgresServer.withScratchDatabase { location in
            let password = PostgresServer.password(location)
            let store = try await PostgresStore.open(location, password: password, migrating: true)
            let record = try await Self.register(store, received: CivilDate(year: 2026, month: 3, day: 2)!)
            await store.close()
            // Given a register as it was before migration 3 (search): its table and its record gone
            let older = "DELETE FROM dsr_schema_migration WHERE version = 3; DROP TABLE request_search"
            #expect(try PostgresServer.psql(location, older).status == 0)

            // When dsr init applies the migration again
            let migrated = try await PostgresStore.open(location, password: password, migrating: true)

            // Then the request stored before it is found by its name
            let found = try await migrated.search(try SearchQuery(text: "meikäläinen"))
            #expect(found.map(\.caseNumber) == [record.caseNumber])
            await migrated.close()
        }
    }
}
