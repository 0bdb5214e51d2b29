import DSRCore
import DSRStore
import Foundation
import Testing

/// The access log's keyed chain on SQLite (``AccessLogChain``, ``AccessLogCheck``): views recorded by dsr verify;
/// an entry changed, inserted or deleted behind dsr's back (triggers dropped), or the head set back, is reported as
/// an `access-log-mismatch`; entries dsr wrote without a mac (before the chain, or without a key) are counted as not
/// covered, not accepted silently.
struct AccessLogAuditTests {
    /// One change behind dsr's back and what the report must say.
    struct Tampering: Sendable, CustomTestStringConvertible {
        /// The SQL run with the triggers dropped.
        var sql: String
        /// A part of the problem's detail.
        var detail: String

        var testDescription: String { sql }
    }

    /// The views ``make(in:keyed:)`` records: entry 1 of case 2026-0001, 2 of 2026-0002, 3 of 2026-0001 again.
    static let views: [(sequence: Int, actor: String)] = [(1, "anna"), (2, "bertil"), (1, "cecilia")]

    static let tamperings: [Tampering] = [
        Tampering(sql: "UPDATE caseView SET actor = 'mallory' WHERE position = 2", detail: "entry 2 does not match"),
        Tampering(
            sql: "UPDATE caseView SET viewedAt = '2026-01-01T00:00:00Z' WHERE position = 1",
            detail: "entry 1 does not match"),
        Tampering(sql: "UPDATE caseView SET caseSequence = 2 WHERE position = 3", detail: "entry 3 does not match"),
        Tampering(sql: "DELETE FROM caseView WHERE position = 2", detail: "entry 3 does not match"),
        Tampering(
            sql: "DELETE FROM caseView WHERE position = 3", detail: "ends at entry 2, but its head names entry 3"),
        Tampering(
            sql: "DELETE FROM caseView WHERE position = 3; "
                + "UPDATE caseViewHead SET position = 2, mac = (SELECT mac FROM caseView WHERE position = 2)",
            detail: "not sealed by the register's key"),
        Tampering(
            sql: "INSERT INTO caseView VALUES (4, 2026, 2, 'mallory', '2026-03-02T10:00:00Z', NULL); "
                + "UPDATE caseViewHead SET position = 4, mac = NULL",
            detail: "entry 4 has no mac"),
        Tampering(
            sql: "INSERT INTO caseView SELECT 4, caseYear, caseSequence, 'mallory', viewedAt, mac FROM caseView "
                + "WHERE position = 3; UPDATE caseViewHead SET position = 4",
            detail: "entry 4 does not match"),
        Tampering(
            sql: "INSERT INTO caseView VALUES (4, 2026, 2, 'mallory', '2026-03-02T10:00:00Z', NULL)",
            detail: "head names entry 3, but entries up to 4"),
        Tampering(sql: "DELETE FROM caseViewHead", detail: "head is missing"),
        Tampering(sql: "INSERT INTO caseViewHead SELECT * FROM caseViewHead", detail: "head is 2 rows"),
        Tampering(sql: "UPDATE caseViewHead SET seal = NULL", detail: "not sealed by the register's key"),
    ]

    /// A register with three requests and the views of ``views``, recorded through the store; with its key file if
    /// `keyed`.
    static func make(in folder: TemporaryFolder, keyed: Bool = true) async throws -> SQLiteStore {
        let path = folder.file("register.sqlite")
        if keyed { _ = try IdentityCodeKey.create(forRegister: path) }
        let store = try SQLiteStore(path: path, create: true)
        let service = try Fixture.service(store)
        for _ in 0..<3 { try Fixture.register(service, received: try Fixture.day(2026, 3, 2)) }
        for view in views {
            try await store.recordCaseView(
                CaseView(
                    caseNumber: CaseNumber(year: 2026, sequence: view.sequence), actor: view.actor,
                    viewedAt: Fixture.now))
        }
        return store
    }

    @Test func viewsRecordedByDsrVerifyAndAreAllCovered() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try await Self.make(in: folder)
        let report = try store.verifyChain(replaying: try WorkflowCatalog.builtIn())
        #expect(report.isIntact, "\(report.problems)")
        #expect(report.caseViewsNotCovered == 0)
        #expect(try await store.caseViews(of: nil, after: 0, limit: 10).map(\.position) == [1, 2, 3])
    }

    @Test(arguments: tamperings)
    func tamperingIsReportedNamingTheEntry(_ tampering: Tampering) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try await Self.make(in: folder)

        // When the access log is changed behind dsr's back
        try store.tamperForTesting(tampering.sql)

        // Then the audit reports it, naming the entry or the head
        let report = try store.verifyChain(replaying: try WorkflowCatalog.builtIn())
        #expect(
            report.problems.contains { $0.kind == .accessLogMismatch && $0.detail.contains(tampering.detail) },
            "\(report.problems)")
    }

    @Test func entriesWrittenBeforeTheChainAreCountedNotCoveredAndTheChainGoesOnAfterThem() async throws {
        // Given a register whose log has two entries without a mac, as the migration leaves an older log
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try await Self.make(in: folder)
        try store.tamperForTesting(
            """
            DELETE FROM caseView;
            INSERT INTO caseView VALUES (1, 2026, 1, 'anna', '2026-03-01T09:00:00Z', NULL),
                (2, 2026, 2, 'bertil', '2026-03-01T09:05:00Z', NULL);
            UPDATE caseViewHead SET position = 2, mac = NULL, seal = NULL;
            """)
        #expect(try store.verifyChain().caseViewsNotCovered == 2)

        // When dsr records a view
        try await store.recordCaseView(
            CaseView(caseNumber: CaseNumber(year: 2026, sequence: 3), actor: "cecilia", viewedAt: Fixture.now))

        // Then the new entry is chained after them, and the old ones stay counted, not reported
        let report = try store.verifyChain()
        #expect(report.isIntact, "\(report.problems)")
        #expect(report.caseViewsNotCovered == 2)

        // And a change of the new entry is reported, a change of an old one is not (it is not covered)
        try store.tamperForTesting("UPDATE caseView SET actor = 'mallory' WHERE position = 1")
        #expect(try store.verifyChain().isIntact)
        try store.tamperForTesting("UPDATE caseView SET actor = 'mallory' WHERE position = 3")
        #expect(try store.verifyChain().problems.map(\.kind) == [.accessLogMismatch])
    }

    @Test func withoutAKeyEntriesAreWrittenWithoutAMacAndCountedNotCovered() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try await Self.make(in: folder, keyed: false)
        let report = try store.verifyChain()
        #expect(report.isIntact, "\(report.problems)")
        #expect(report.caseViewsNotCovered == 3)
    }

    @Test func nullingEveryMacAndTheSealIsTheOneChangeSeenOnlyAsEntriesNotCovered() async throws {
        // Documented limit (docs/storage.md, "The access log"): the log then looks as if it predates the chain.
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try await Self.make(in: folder)
        try store.tamperForTesting("UPDATE caseView SET mac = NULL; UPDATE caseViewHead SET mac = NULL, seal = NULL")
        let report = try store.verifyChain()
        #expect(report.isIntact)
        #expect(report.caseViewsNotCovered == 3)
    }

    @Test func aChainThatDoesNotLinkIsReportedByTheSharedCheck() throws {
        // Given a chain of two entries under a key, and a check under the same key
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let chain = try IdentityCodeKey.create(atPath: folder.file("k.key")).accessLogChain
        let first = chain.mac(
            previous: nil, position: 1, caseYear: 2026, caseSequence: 1, actor: "anna", viewedAt: "t1")
        let second = chain.mac(
            previous: first, position: 2, caseYear: 2026, caseSequence: 1, actor: "anna", viewedAt: "t2")
        var check = AccessLogCheck(chain: chain)
        check.entry(position: 1, caseYear: 2026, caseSequence: 1, actor: "anna", viewedAt: "t1", mac: first)
        check.entry(position: 2, caseYear: 2026, caseSequence: 1, actor: "anna", viewedAt: "t2", mac: second)
        check.head(position: 2, mac: second, seal: chain.seal(position: 2, mac: second))
        #expect(check.problems().isEmpty && check.notCovered == 0)

        // Then the same entries checked without the key are not covered, and under another key do not match
        var unkeyed = AccessLogCheck(chain: nil)
        unkeyed.entry(position: 1, caseYear: 2026, caseSequence: 1, actor: "anna", viewedAt: "t1", mac: first)
        unkeyed.head(position: 1, mac: first, seal: "x")
        #expect(unkeyed.problems().isEmpty && unkeyed.notCovered == 1)
        let other = try IdentityCodeKey.create(atPath: folder.file("other.key")).accessLogChain
        var wrong = AccessLogCheck(chain: other)
        wrong.entry(position: 1, caseYear: 2026, caseSequence: 1, actor: "anna", viewedAt: "t1", mac: first)
        wrong.head(position: 1, mac: first, seal: chain.seal(position: 1, mac: first))
        #expect(wrong.problems().count == 2)
    }
}
