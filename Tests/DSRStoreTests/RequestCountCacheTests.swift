import DSRCore
import Foundation
import Testing

@testable import DSRStore

/// The totals of paged lists (issue 18, the overdue list under load): a total is counted once while the register is
/// unchanged, and again after any change, whether this connection, another connection or another process made it.
struct RequestCountCacheTests {
    /// The overdue list on 2026-06-01.
    static func overdue() throws -> RequestQuery {
        var query = RequestQuery()
        query.overdueAsOf = try Fixture.day(2026, 6, 1)
        return query
    }

    @Test func aTotalIsCountedOnceWhileTheRegisterIsUnchangedAndAgainAfterItsOwnChange() throws {
        // Given a register file with three overdue requests
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try SQLiteStore(path: folder.file("register.sqlite"), create: true)
        let service = try Fixture.service(store)
        for _ in 0..<3 { try Fixture.register(service, received: try Fixture.day(2026, 3, 2)) }

        // When the overdue list is counted three times, and then a page of it is asked for
        #expect(try store.count(Self.overdue()) == 3)
        #expect(try store.count(Self.overdue()) == 3)
        var page = try Self.overdue()
        page.limit = 1
        page.offset = 2
        #expect(try store.count(page) == 3)

        // Then it was counted once, and another query is counted on its own
        #expect(store.requestCounts.countsMade == 1)
        #expect(try store.count(RequestQuery(includeClosed: true)) == 3)
        #expect(store.requestCounts.countsMade == 2)

        // And after this connection registers a fourth request, the total is counted again
        try Fixture.register(service, received: try Fixture.day(2026, 3, 3))
        #expect(try store.count(Self.overdue()) == 4)
        #expect(store.requestCounts.countsMade == 3)
    }

    @Test func aChangeThroughAnotherConnectionIsSeen() throws {
        // Given a register file with three overdue requests, counted by one connection
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("register.sqlite")
        let store = try SQLiteStore(path: path, create: true)
        for _ in 0..<3 { try Fixture.register(try Fixture.service(store), received: try Fixture.day(2026, 3, 2)) }
        #expect(try store.count(Self.overdue()) == 3)

        // When another connection to the file (as another dsr process has) registers a request and closes
        do {
            let other = try SQLiteStore(path: path, create: false)
            try Fixture.register(try Fixture.service(other), received: try Fixture.day(2026, 3, 3))
        }

        // Then the first connection counts four
        #expect(try store.count(Self.overdue()) == 4)
        #expect(store.requestCounts.countsMade == 2)
    }

    @Test func aChangeByAnotherProcessIsSeen() throws {
        // Given a register file with three overdue requests, counted by this process
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("register.sqlite")
        let store = try SQLiteStore(path: path, create: true)
        for _ in 0..<3 { try Fixture.register(try Fixture.service(store), received: try Fixture.day(2026, 3, 2)) }
        #expect(try store.count(Self.overdue()) == 3)

        // When another process stops the clock of one of them behind this connection's back: SQLite's own shell
        // (scripts/setup installs it), with the register's guard against changes without an event dropped
        let shell = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(shell, "the sqlite3 shell is needed for this test"))
        process.arguments = [
            path,
            "BEGIN; DROP TRIGGER request_updateWithEvent; UPDATE request SET clock = 'stopped' WHERE caseSequence = 1; "
                + "COMMIT;",
        ]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        // Then this process counts two
        #expect(try store.count(Self.overdue()) == 2)
    }

    @Test func viewsOfCasesDoNotCostACount() async throws {
        // Given a register file with three overdue requests, counted
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try SQLiteStore(path: folder.file("register.sqlite"), create: true)
        for _ in 0..<3 { try Fixture.register(try Fixture.service(store), received: try Fixture.day(2026, 3, 2)) }
        #expect(try await store.count(Self.overdue()) == 3)

        // When cases are viewed (the access log grows)
        for sequence in 1...3 {
            try await store.recordCaseView(
                CaseView(caseNumber: CaseNumber(year: 2026, sequence: sequence), actor: "anna", viewedAt: Fixture.now))
        }

        // Then the total is still the one counted
        #expect(try await store.count(Self.overdue()) == 3)
        #expect(store.requestCounts.countsMade == 1)
    }
}
