import DSRCore
import DSRStore
import Foundation
import Testing

/// The SQLite full-text index behind `dsr search` (FTS5, contentless): kept in step with registrations, events,
/// imports and purges, holding no copy of the texts, forgetting purged ones for good, and built for an older register
/// by its migration.
struct SearchIndexTests {
    /// The case numbers a search of `text` finds.
    static func found(_ store: SQLiteStore, _ text: String) throws -> [String] {
        try store.search(try SearchQuery(text: text)).map(\.caseNumber.description)
    }

    /// A register with a request of a person named distinctively (2026-0001) and one of Maija Meikäläinen (2026-0002).
    static func registerTwo(_ store: SQLiteStore) throws -> (StoreWriter, RequestRecord, RequestRecord) {
        let service = try Fixture.service(store)
        let distinct = try service.register(
            RequestDraft(
                kind: .access, subject: DataSubject(name: "Zyxwqvärinen Qöpsdåhl", email: "zyx.qop@kuvitteellinen.fi"),
                received: try Fixture.day(2026, 3, 2), reference: "XREF-QWERTY"),
            actor: Fixture.actor, now: Fixture.now, today: try Fixture.day(2026, 3, 2))
        let other = try Fixture.register(service, received: try Fixture.day(2026, 3, 2))
        return (service, distinct, other)
    }

    @Test func theIndexKeepsNoCopyOfTheTexts() throws {
        let store = try SQLiteStore.inMemory()
        _ = try Self.registerTwo(store)

        // A contentless table: segments, their term index and configuration, but no content or document-size table
        #expect(
            try store.searchIndexShadowTablesForTesting()
                == ["searchIndex_config", "searchIndex_data", "searchIndex_idx"])
        // The index holds tokens (folded; a token may be stored after the prefix it shares with the one before it, so
        // the tests look for the ends of tokens), never the texts as written
        #expect(try store.searchIndexHoldsForTesting("wqvarinen"))
        #expect(try !store.searchIndexHoldsForTesting("Zyxwqvärinen"))
        #expect(try !store.searchIndexHoldsForTesting("zyx.qop@kuvitteellinen.fi"))
        #expect(try Self.found(store, "zyxwqvarinen qopsdahl") == ["2026-0001"])
        try store.checkSearchIndexForTesting()
    }

    @Test func aPurgeRunLeavesNoTokenOfThePurgedTextsInTheIndex() async throws {
        // Given a register file with the distinct person's request closed
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try SQLiteStore(path: folder.file("register.sqlite"), create: true)
        let (service, distinct, _) = try Self.registerTwo(store)
        try Fixture.apply(service, "withdraw", to: distinct.caseNumber, on: try Fixture.day(2026, 3, 3))
        let purge: @Sendable (RequestRecord) throws -> (RequestRecord, EventEntry) = { current in
            RequestRules.purge(
                current, closedBefore: try Fixture.day(2026, 3, 4), keepReference: true,
                actor: Fixture.actor, now: Fixture.now, today: try Fixture.day(2026, 3, 4))
        }

        // When its personal data is purged by a purge run
        for try await _ in store.purgePersonalData(of: [distinct.caseNumber], purge) {}

        // Then no token of its name or e-mail address is left in any of the index's tables, deleted or not
        #expect(try store.searchIndexHoldsForTesting("eikalainen"))  // the other request's tokens are there
        for token in ["wqvarinen", "sdahl", "vitteellinen"] {
            #expect(try !store.searchIndexHoldsForTesting(token), "\(token)")
        }
        // while the kept reference and the case number still find it, and the other request is untouched
        #expect(try Self.found(store, "XREF-QWERTY") == ["2026-0001"])
        #expect(try Self.found(store, "2026-0001") == ["2026-0001"])
        #expect(try Self.found(store, "meikalainen") == ["2026-0002"])
        #expect(try Self.found(store, "zyxwqvarinen").isEmpty)
        try store.checkSearchIndexForTesting()
    }

    @Test func withoutTheOptimiseTheDeletedTokensWouldStay() throws {
        // The reason a purge run optimises the index: FTS5 (SQLite 3.40) keeps a deleted row's tokens in its segment,
        // marked deleted, until the segment is merged. This fails if the tokens went without it (then the optimise
        // could go) and so keeps the purge test above honest.
        let store = try SQLiteStore.inMemory()
        let (service, distinct, _) = try Self.registerTwo(store)
        try Fixture.apply(service, "withdraw", to: distinct.caseNumber, on: try Fixture.day(2026, 3, 3))

        // When one case is purged without a purge run's optimise
        _ = try store.purgePersonalData(of: distinct.caseNumber) { current in
            RequestRules.purge(
                current, closedBefore: try Fixture.day(2026, 3, 4), keepReference: true,
                actor: Fixture.actor, now: Fixture.now, today: try Fixture.day(2026, 3, 4))
        }

        // Then it is no longer found, but its tokens are still in the index's segments until it is optimised
        #expect(try Self.found(store, "zyxwqvarinen").isEmpty)
        #expect(try store.searchIndexHoldsForTesting("wqvarinen"))
        try store.optimizeSearchIndex()
        #expect(try !store.searchIndexHoldsForTesting("wqvarinen"))
        try store.checkSearchIndexForTesting()
    }

    @Test func eventsThatLeaveTheTextsAloneDoNotTouchTheIndexAndTheIndexStaysWhole() throws {
        let store = try SQLiteStore.inMemory()
        let (service, distinct, other) = try Self.registerTwo(store)
        let statements = Collector<String>()
        store.traceWritesForTesting { statements.add($0) }

        // When events are recorded that change no indexed text
        try Fixture.apply(service, "acknowledge", to: distinct.caseNumber, on: try Fixture.day(2026, 3, 3))
        try Fixture.apply(service, "withdraw", to: other.caseNumber, on: try Fixture.day(2026, 3, 3))

        // Then the index is not written, and searches find what they did
        #expect(!statements.values.contains { $0.contains("INSERT INTO searchIndex") }, "\(statements.values)")
        #expect(try Self.found(store, "zyxwqvarinen") == ["2026-0001"])
        #expect(try Self.found(store, "maija") == ["2026-0002"])
        try store.checkSearchIndexForTesting()
    }

    @Test func anImportIsIndexedInOneStatementAtItsEndAndADryRunIndexesNothing() async throws {
        let store = try SQLiteStore.inMemory()
        _ = try Self.registerTwo(store)
        let statements = Collector<String>()
        store.traceWritesForTesting { statements.add($0) }

        // A dry run stores nothing and indexes nothing
        _ = try await ImportTests.run(store, ImportTests.finnishFile, options: RequestImporter.Options(dryRun: true))
        #expect(try Self.found(store, "meikalainen") == ["2026-0002"])

        // When the file is imported
        let result = try await ImportTests.run(store, ImportTests.finnishFile)
        #expect(result.summary.imported == 4)

        // Then its requests are found, and the index was written by one INSERT … SELECT, not row by row
        #expect(try Self.found(store, "meikalainen") == ["2026-0003", "2026-0002"])
        #expect(try Self.found(store, "kotikatu") == ["2026-0003"])
        #expect(try Self.found(store, "A-3") == ["2025-0001"])
        #expect(try Self.found(store, "jarvi") == ["2025-0001"])
        let indexWrites = statements.values.filter { $0.contains("INSERT INTO searchIndex") }
        #expect(indexWrites.count == 1, "\(indexWrites)")
        #expect(indexWrites.first?.contains("FROM temp.searchPending ORDER BY id") == true)
        try store.checkSearchIndexForTesting()
    }

    @Test(arguments: [
        "+358 40 123 4567", "040 123 4567", "(09) 123-456 / 7", "040.123.4567", "358", "3581", "+358", "358+",
        "+3\u{308}58 40", "358\u{2010}40 1234", "\u{663}\u{665}\u{668} 40", "358🙂", "35 8 1", "", " ",
        "+358 (0) 40-123 45 67", "３５８４０",
    ])
    func theImportComputesTheTextsTheIndexSQLComputesForAPhoneNumber(_ phone: String) throws {
        var record = try Self.awkwardRecord()
        record.subject.phone = phone
        let texts = try SQLiteStore.searchTextsForTesting(record)
        #expect(texts.swift == texts.sql)
    }

    @Test func theImportComputesTheTextsTheIndexSQLComputesForEveryColumn() throws {
        var record = try Self.awkwardRecord()
        let full = try SQLiteStore.searchTextsForTesting(record)
        #expect(full.swift == full.sql)
        #expect(full.sql.count == 8)
        #expect(full.sql.first == "2026000012345")
        // Absent texts are NULL on both sides
        record.subject.email = nil
        record.subject.address = nil
        record.subject.phone = nil
        record.reference = nil
        record.note = nil
        let sparse = try SQLiteStore.searchTextsForTesting(record)
        #expect(sparse.swift == sparse.sql)
        #expect(sparse.sql.filter { $0 == nil }.count == 5)
        // A short sequence is padded as printf's %04d pads it
        record.caseNumber = CaseNumber(year: 2026, sequence: 7)
        let short = try SQLiteStore.searchTextsForTesting(record)
        #expect(short.swift == short.sql)
        #expect(short.sql[1] == "2026-0007")
    }

    /// A request whose texts hold quotes, backslashes, line breaks, tabs, combining marks, emoji and non-Latin script.
    static func awkwardRecord() throws -> RequestRecord {
        let service = try Fixture.service(try SQLiteStore.inMemory())
        var record = try service.register(
            RequestDraft(
                kind: .access,
                subject: DataSubject(
                    name: "Ä\u{308}nne \"Quote\" Back\\slash 🙂 Дмитрий", email: "x\u{301}.y@example.fi",
                    address: "Kotikatu 1\n00100 Helsinki\tFI", phone: "+358 40 123 4567"),
                received: try Fixture.day(2026, 3, 2), reference: "REF/2026\\\"1\""),
            actor: Fixture.actor, now: Fixture.now, today: try Fixture.day(2026, 3, 2))
        record.caseNumber = CaseNumber(year: 2026, sequence: 12345)
        record.note = "Huom: ei\u{7} ohjausmerkkejä? \u{FEFF}"
        return record
    }

    @Test func anImportOfRequestsOfSeveralYearsInTurnIsIndexedWhole() async throws {
        // Rows of 2025 and 2026 in turn: the index gets them in case-number order, not file order
        let store = try SQLiteStore.inMemory()
        var lines = ["reference,kind,received,name"]
        for index in 0..<40 {
            let year = index % 2 == 0 ? 2025 : 2026
            lines.append("R-\(index),access,\(year)-03-0\(1 + index % 9),Vuorottelija Numero\(index)")
        }
        let result = try await ImportTests.run(store, lines.joined(separator: "\n") + "\n")
        #expect(result.summary.imported == 40)
        #expect(try Self.found(store, "numero7") == ["2026-0004"])
        #expect(try Self.found(store, "numero8") == ["2025-0005"])
        #expect(try Self.found(store, "vuorottelija").count == 40)
        try store.checkSearchIndexForTesting()
    }

    @Test func aSearchReadsTheIndexNewestFirstWithoutSortingOrScanningRequests() throws {
        let store = try SQLiteStore.inMemory()
        let plan = try store.searchPlanForTesting(try SearchQuery(text: "meikalainen"))
        #expect(plan.contains { $0.contains("VIRTUAL TABLE INDEX") }, "\(plan)")
        #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
    }

    @Test func aRegisterOfSchemaFiveGetsItsIndexBuiltWhenOpened() throws {
        // Given a register file with requests, taken back to schema version 5 (no index)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("register.sqlite")
        do {
            let store = try SQLiteStore(path: path, create: true)
            let (service, distinct, _) = try Self.registerTwo(store)
            try Fixture.apply(service, "withdraw", to: distinct.caseNumber, on: try Fixture.day(2026, 3, 3))
            try store.tamperForTesting(
                """
                DROP TABLE searchIndex;
                DROP TABLE attachment;
                DROP TABLE letterDispatch;
                DROP TABLE dispatchTracking;
                DROP TABLE apiToken;
                DROP TABLE account;
                DROP TABLE caseViewHead;
                DROP TABLE caseView;
                DELETE FROM grdb_migrations
                WHERE identifier IN ('search', 'attachments', 'dispatch', 'users', 'access-log');
                PRAGMA user_version = 5;
                """)
        }

        // When this dsr opens it
        let store = try SQLiteStore(path: path, create: false)

        // Then it is migrated with every request indexed, the index is whole, and later changes keep it in step
        #expect(try store.pragmaForTesting("user_version") == String(SQLiteStore.schemaVersion))
        #expect(try Self.found(store, "zyxwqvarinen") == ["2026-0001"])
        #expect(try Self.found(store, "meikalainen") == ["2026-0002"])
        #expect(try Self.found(store, "0401234567") == ["2026-0002"])
        try store.checkSearchIndexForTesting()
        #expect(try store.verifyChain().isIntact)
        let service = try Fixture.service(store)
        try Fixture.apply(service, "withdraw", to: CaseNumber(year: 2026, sequence: 2), on: try Fixture.day(2026, 3, 3))
        #expect(try Self.found(store, "meikalainen") == ["2026-0002"])
        try store.checkSearchIndexForTesting()
    }

    @Test func theMigrationIndexesWhatTheRunningCodeIndexes() {
        // Migration 6 writes the index's SQL out as text (a shipped migration is never edited). While it is the
        // newest migration of the index, it must be the SQL the running code uses: a change to the indexed texts
        // needs a new migration that rebuilds the index (see SearchIndex), and this test then compares that one.
        #expect(SQLiteStore.searchIndexMigrationMatchesForTesting)
    }
}
