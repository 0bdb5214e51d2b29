import DSRCore
import DSRStore
import Foundation
import Testing

/// Lists read from the list columns: the same summaries as from whole records, and columns that migration `import` fills
/// and `verifyChain` checks.
struct SummaryTests {
    /// A register with requests in many states: imported open and closed ones, extended, paused, refused.
    static func register() async throws -> SQLiteStore {
        let store = try SQLiteStore.inMemory()
        _ = try await ImportTests.run(store, ImportTests.finnishFile)
        let service = try Fixture.service(store)
        let today = ImportTests.today
        let extended = try Fixture.register(service, .erasure, received: try Fixture.day(2026, 10, 1), today: today)
        try Fixture.apply(
            service, "extend", to: extended.caseNumber, on: try Fixture.day(2026, 10, 5), reason: "Many systems.")
        let paused = try Fixture.register(service, .portability, received: try Fixture.day(2026, 10, 2), today: today)
        try Fixture.apply(service, "request-identity", to: paused.caseNumber, on: try Fixture.day(2026, 10, 3))
        let refused = try Fixture.register(service, .access, received: try Fixture.day(2026, 9, 2), today: today)
        try Fixture.apply(
            service, "refuse", to: refused.caseNumber, on: try Fixture.day(2026, 9, 20),
            reason: "Excessive.", grounds: ["art12-5-excessive"])
        for day in 1...9 {
            try Fixture.register(service, .objection, received: try Fixture.day(2026, 11, day), today: today)
        }
        return store
    }

    static let queries: [RequestQuery] = [
        RequestQuery(), RequestQuery(includeClosed: true),
        RequestQuery(overdueAsOf: CivilDate(year: 2026, month: 11, day: 21)),
        RequestQuery(overdueAsOf: CivilDate(year: 2026, month: 12, day: 31), kind: .objection),
        RequestQuery(dueOnOrBefore: CivilDate(year: 2026, month: 12, day: 3)),
        RequestQuery(includeClosed: true, state: StateID("refused")),
        RequestQuery(limit: 3),
    ]

    @Test(arguments: queries)
    func summariesAreTheRecordsSummaries(query: RequestQuery) async throws {
        let store = try await Self.register()
        for asOf in [ImportTests.today, try Fixture.day(2027, 1, 1)] {
            let expected = try await store.records(query).map { RequestSummary($0, asOf: asOf) }
            #expect(try store.summaries(query, asOf: asOf) == expected)
        }
        #expect(try !store.summaries(query, asOf: ImportTests.today).isEmpty)
    }

    /// The name read with SQLite's `json_extract` from the stored record is the record's name (issue 15).
    @Test(arguments: queries)
    func summariesWithNamesAreTheRecordsSummariesWithNames(query: RequestQuery) async throws {
        let store = try await Self.register()
        let expected = try await store.records(query).map { RequestSummary($0, asOf: ImportTests.today, name: true) }
        let read = try await store.summaries(query, asOf: ImportTests.today, names: true)
        #expect(read == expected)
        #expect(read.allSatisfy { !($0.name ?? "").isEmpty })
        #expect(try store.summaries(query, asOf: ImportTests.today).allSatisfy { $0.name == nil })
    }

    @Test func listingsOfSummariesAndOfRecordsAreTheSame() async throws {
        let store = try await Self.register()
        let query = RequestQuery(includeClosed: true)
        let records = try await store.records(query)
        let summaries = try store.summaries(query, asOf: ImportTests.today)
        #expect(RequestListing.csv(summaries) == RequestListing.csv(records, asOf: ImportTests.today))
        #expect(RequestListing.table(summaries) == RequestListing.table(records, asOf: ImportTests.today))
        #expect(RequestListing.json(summaries) == RequestListing.json(records, asOf: ImportTests.today))
        #expect(RequestListing.csv(summaries).contains("paused"))
    }

    @Test(arguments: [
        (RequestQuery(overdueAsOf: CivilDate(year: 2026, month: 11, day: 21)), "request_runningDeadline"),
        (RequestQuery(dueOnOrBefore: CivilDate(year: 2026, month: 12, day: 3)), "request_runningDeadline"),
        (RequestQuery(), "request_openDeadline"),
        (RequestQuery(kind: .objection), "request_openDeadline"),
    ])
    func openListsReadTheirPartialIndexAlone(query: RequestQuery, index: String) async throws {
        // Lists of open, overdue and due requests read the index (a few pages), never the rows with their records
        let plan = try await Self.register().summaryPlanForTesting(query)
        #expect(plan.contains { $0.contains("USING COVERING INDEX \(index)") }, "\(plan)")
        #expect(!plan.contains { $0.contains("TEMP B-TREE") })
    }

    @Test func migrationImportFillsTheListColumnsOfExistingRequests() async throws {
        // Given a register whose version-4 columns hold what ALTER TABLE gives rows written before version 4
        let store = try await Self.register()
        let expected = try store.summaries(RequestQuery(includeClosed: true), asOf: ImportTests.today)
        try store.resetListColumnsForTesting()
        #expect(!(try store.verifyChain().isIntact))

        // When the migration's backfill runs
        try store.runListColumnBackfillForTesting()

        // Then the columns agree with the records again
        #expect(try store.verifyChain().isIntact)
        #expect(try store.summaries(RequestQuery(includeClosed: true), asOf: ImportTests.today) == expected)
    }

    @Test func aRegisterOfTheSchemaBeforeImportsIsMigratedWithItsListColumnsFilled() throws {
        // Given a register file with requests (one extended, one paused), taken back to schema version 3
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("register.sqlite")
        do {
            let store = try SQLiteStore(path: path, create: true)
            let service = try Fixture.service(store)
            let today = ImportTests.today
            let extended = try Fixture.register(service, .erasure, received: try Fixture.day(2026, 10, 1), today: today)
            try Fixture.apply(
                service, "extend", to: extended.caseNumber, on: try Fixture.day(2026, 10, 5), reason: "Many.")
            let paused = try Fixture.register(
                service, .portability, received: try Fixture.day(2026, 10, 2), today: today)
            try Fixture.apply(service, "request-identity", to: paused.caseNumber, on: try Fixture.day(2026, 10, 3))
            try Fixture.register(service, .access, received: try Fixture.day(2026, 11, 2), today: today)
            try store.tamperForTesting(
                """
                DROP INDEX request_reference;
                DROP INDEX request_importKey;
                DROP INDEX request_runningDeadline;
                DROP INDEX request_openDeadline;
                ALTER TABLE request DROP COLUMN reference;
                ALTER TABLE request DROP COLUMN importKey;
                ALTER TABLE request DROP COLUMN channel;
                ALTER TABLE request DROP COLUMN language;
                ALTER TABLE request DROP COLUMN isExtended;
                CREATE INDEX request_runningDeadline ON request(deadline, caseYear, caseSequence)
                    WHERE clock = 'running';
                CREATE INDEX request_openDeadline ON request(deadline, caseYear, caseSequence)
                    WHERE isOpen = 1;
                DROP TABLE purgedTag;
                DROP TABLE searchIndex;
                DROP TABLE attachment;
                DROP TABLE letterDispatch;
                DROP TABLE dispatchTracking;
                DROP TABLE apiToken;
                DROP TABLE account;
                DROP TABLE caseViewHead;
                DROP TABLE caseView;
                DELETE FROM grdb_migrations
                WHERE identifier IN ('import', 'purged-tags', 'search', 'attachments', 'dispatch', 'users', 'access-log');
                PRAGMA user_version = 3;
                """)
        }

        // When this dsr opens it
        let store = try SQLiteStore(path: path, create: false)

        // Then it is migrated: the list columns hold the records' values, and the register verifies
        #expect(try store.pragmaForTesting("user_version") == String(SQLiteStore.schemaVersion))
        for query in [RequestQuery(includeClosed: true), RequestQuery(overdueAsOf: ImportTests.today)] {
            let expected = try store.records(query).map { RequestSummary($0, asOf: ImportTests.today) }
            #expect(try store.summaries(query, asOf: ImportTests.today) == expected)
        }
        let summaries = try store.summaries(RequestQuery(includeClosed: true), asOf: ImportTests.today)
        #expect(summaries.filter(\.extended).count == 1)
        #expect(summaries.allSatisfy { $0.channel == "email" && $0.language == "fi" })
        let report = try store.verifyChain()
        #expect(report.isIntact, "\(report.problems)")
    }

    @Test func aListColumnChangedBehindDsrsBackIsFound() async throws {
        let store = try await Self.register()
        try store.tamperForTesting("UPDATE request SET channel = 'post' WHERE channel = 'email' AND caseSequence = 5")
        let report = try store.verifyChain()
        #expect(report.problems.map(\.kind) == [.columnsMismatch])
    }
}
