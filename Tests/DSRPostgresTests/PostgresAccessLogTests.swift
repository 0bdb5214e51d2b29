import DSRCore
import Foundation
import Testing

@testable import DSRPostgres

/// The access log's keyed chain on PostgreSQL (DSRStore's `AccessLogChain` and `AccessLogCheck`, shared with
/// SQLite): views recorded by dsr verify; the owner changing, inserting or deleting entries with the triggers off, or
/// setting the head back, is reported as an `access-log-mismatch` naming the entry or the head; a copy of the
/// register carries the chain. Runs when `DSR_TEST_POSTGRES_URL` is set.
struct PostgresAccessLogTests {
    /// One change behind dsr's back and what the report must say.
    struct Tampering: Sendable, CustomTestStringConvertible {
        /// The SQL run as the owner with triggers off.
        var sql: String
        /// A part of the problem's detail.
        var detail: String

        var testDescription: String { sql }
    }

    static let tamperings: [Tampering] = [
        Tampering(sql: "UPDATE case_view SET actor = 'mallory' WHERE position = 2", detail: "entry 2 does not match"),
        Tampering(
            sql: "UPDATE case_view SET viewed_at = '2026-01-01T00:00:00Z' WHERE position = 1",
            detail: "entry 1 does not match"),
        Tampering(sql: "DELETE FROM case_view WHERE position = 2", detail: "entry 3 does not match"),
        Tampering(
            sql: "DELETE FROM case_view WHERE position = 3", detail: "ends at entry 2, but its head names entry 3"),
        Tampering(
            sql: "DELETE FROM case_view WHERE position = 3; "
                + "UPDATE case_view_head SET position = 2, mac = (SELECT mac FROM case_view WHERE position = 2)",
            detail: "not sealed by the register's key"),
        Tampering(
            sql: "INSERT INTO case_view OVERRIDING SYSTEM VALUE VALUES (4, 2026, 2, 'mallory', "
                + "'2026-03-02T10:00:00Z', NULL); UPDATE case_view_head SET position = 4, mac = NULL",
            detail: "entry 4 has no mac"),
        Tampering(
            sql: "INSERT INTO case_view OVERRIDING SYSTEM VALUE SELECT 4, case_year, case_sequence, 'mallory', "
                + "viewed_at, mac FROM case_view WHERE position = 3; UPDATE case_view_head SET position = 4",
            detail: "entry 4 does not match"),
        Tampering(sql: "DELETE FROM case_view_head", detail: "head is missing"),
    ]

    /// Opens a scratch register with its key file in `folder`, builds ``PostgresTamperTests/make(_:)``'s register
    /// and records three views: entry 1 of case 2026-0001, 2 of 2026-0002, 3 of 2026-0001 again.
    static func make(_ location: PostgresLocation, keyFile: String) async throws -> PostgresStore {
        let store = try await PostgresStore.open(
            location, password: PostgresServer.password(location), migrating: true, keyFile: keyFile)
        try await PostgresTamperTests.make(store)
        _ = try await store.initialiseIdentityKey(
            actor: "test-officer",
            today: Today(
                date: try #require(CivilDate(year: 2026, month: 3, day: 2)),
                now: Date(timeIntervalSince1970: 1_790_000_000)))
        for (sequence, actor) in [(1, "anna"), (2, "bertil"), (1, "cecilia")] {
            try await store.recordCaseView(
                CaseView(
                    caseNumber: CaseNumber(year: 2026, sequence: sequence), actor: actor,
                    viewedAt: Date(timeIntervalSince1970: 1_790_000_000)))
        }
        return store
    }

    /// A key file path in a new folder, removed by the caller.
    static func keyFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("dsr-pg-access-log-\(UUID().uuidString)")
    }

    @Test(.enabled(if: PostgresServer.isGiven))
    func viewsRecordedByDsrVerifyAndACopyCarriesTheirChain() async throws {
        let folder = Self.keyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let keyFile = folder.appendingPathComponent("register.key").path
        try await PostgresServer.withScratchDatabase { location in
            let store = try await Self.make(location, keyFile: keyFile)
            let report = try await store.verifyChain(replaying: nil, anchors: [], checkingIdentityKey: false)
            #expect(report.isIntact, "\(report.problems)")
            #expect(report.caseViewsNotCovered == 0)
            #expect(try await store.caseViews(of: nil, after: 0, limit: 10).map(\.position) == [1, 2, 3])
            await #expect(throws: StoreError.unknownCase(CaseNumber(year: 2026, sequence: 9))) {
                try await store.recordCaseView(
                    CaseView(caseNumber: CaseNumber(year: 2026, sequence: 9), actor: "anna", viewedAt: Date()))
            }

            // And a copy into another register (same key) holds the same chain and head, and goes on from them
            try await PostgresServer.withScratchDatabase { target in
                let copy = try await PostgresStore.open(
                    target, password: PostgresServer.password(target), migrating: true, keyFile: keyFile)
                _ = try await copy.fill(from: store, batchSize: 2)
                try await copy.recordCaseView(
                    CaseView(
                        caseNumber: CaseNumber(year: 2026, sequence: 2), actor: "dora",
                        viewedAt: Date(timeIntervalSince1970: 1_790_000_000)))
                let copied = try await copy.verifyChain(replaying: nil, anchors: [], checkingIdentityKey: false)
                #expect(copied.isIntact, "\(copied.problems)")
                #expect(copied.caseViewsNotCovered == 0)
                #expect(try await copy.caseViews(of: nil, after: 0, limit: 10).map(\.position) == [1, 2, 3, 4])
                await copy.close()
            }
            await store.close()
        }
    }

    @Test(.enabled(if: PostgresServer.isGiven))
    func concurrentViewsTakeTheHeadInTurnAndTheChainHolds() async throws {
        let folder = Self.keyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await PostgresServer.withScratchDatabase { location in
            let store = try await Self.make(location, keyFile: folder.appendingPathComponent("register.key").path)

            // When 24 views are recorded at once, on the pool's connections
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<24 {
                    group.addTask {
                        try await store.recordCaseView(
                            CaseView(
                                caseNumber: CaseNumber(year: 2026, sequence: 1 + index % 2), actor: "viewer-\(index)",
                                viewedAt: Date(timeIntervalSince1970: 1_790_000_000 + Double(index))))
                    }
                }
                try await group.waitForAll()
            }

            // Then every one has its own position, one after another, and the chain and its head verify
            let positions = try await store.caseViews(of: nil, after: 0, limit: 100).map(\.position)
            #expect(positions == Array(1...27))
            let report = try await store.verifyChain(replaying: nil, anchors: [], checkingIdentityKey: false)
            #expect(report.isIntact, "\(report.problems)")
            #expect(report.caseViewsNotCovered == 0)
            await store.close()
        }
    }

    @Test(.enabled(if: PostgresServer.isGiven), .serialized, arguments: tamperings)
    func tamperingWithTriggersDisabledIsReportedNamingTheEntry(_ tampering: Tampering) async throws {
        let folder = Self.keyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await PostgresServer.withScratchDatabase { location in
            let store = try await Self.make(location, keyFile: folder.appendingPathComponent("register.key").path)

            // When the owner changes the access log with its triggers off
            let result = try PostgresServer.psql(location, "SET session_replication_role = replica; " + tampering.sql)
            #expect(result.status == 0, "\(result.stderr)")

            // Then the verification reports it, naming the entry or the head
            let report = try await store.verifyChain(replaying: nil, anchors: [], checkingIdentityKey: false)
            #expect(
                report.problems.contains { $0.kind == .accessLogMismatch && $0.detail.contains(tampering.detail) },
                "\(report.problems)")
            await store.close()
        }
    }

    @Test(.enabled(if: PostgresServer.isGiven))
    func entriesWrittenBeforeTheMigrationAreCountedNotCovered() async throws {
        let folder = Self.keyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await PostgresServer.withScratchDatabase { location in
            // Given a log whose first two entries have no mac, as migration 9 leaves an older log
            let store = try await Self.make(location, keyFile: folder.appendingPathComponent("register.key").path)
            let result = try PostgresServer.psql(
                location,
                "SET session_replication_role = replica; DELETE FROM case_view WHERE position = 3; "
                    + "UPDATE case_view SET mac = NULL; UPDATE case_view_head SET position = 2, mac = NULL, seal = NULL"
            )
            #expect(result.status == 0, "\(result.stderr)")

            // When dsr records a view, the chain starts after them
            try await store.recordCaseView(
                CaseView(
                    caseNumber: CaseNumber(year: 2026, sequence: 2), actor: "dora",
                    viewedAt: Date(timeIntervalSince1970: 1_790_000_000)))
            let report = try await store.verifyChain(replaying: nil, anchors: [], checkingIdentityKey: false)
            #expect(report.isIntact, "\(report.problems)")
            #expect(report.caseViewsNotCovered == 2)
            await store.close()
        }
    }
}
