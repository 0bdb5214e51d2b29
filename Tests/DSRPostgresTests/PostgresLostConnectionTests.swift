import DSRCore
import Foundation
import PostgresNIO
import Testing

@testable import DSRPostgres

/// A connection that the server closes (a crash, `pg_ctl stop -m immediate`, `pg_terminate_backend`) fails the
/// queries that use it instead of leaving them waiting for ever (``ConnectionWatch``), and a commit that went
/// unanswered is reported as such. The tests run when `DSR_TEST_POSTGRES_URL` is set; each has a time limit, since
/// the failure they guard against is a wait that never ends.
@Suite(.timeLimit(.minutes(1)))
struct PostgresLostConnectionTests {
    /// The server process of a connection.
    private static func backend(of connection: PostgresConnection, logger: Logger) async throws -> Int {
        let rows = try await connection.guardedQuery("SELECT pg_backend_pid()", logger: logger)
        var pid = 0
        for try await value in rows.decode(Int.self) { pid = value }
        return pid
    }

    /// Ends the server process `pid` from outside (as `psql` would) and waits until the connection has seen it.
    private static func terminate(_ pid: Int, of connection: PostgresConnection, at location: PostgresLocation)
        async throws
    {
        let result = try PostgresServer.psql(location, "SELECT pg_terminate_backend(\(pid))")
        #expect(result.status == 0, "\(result.stderr)")
        for _ in 0..<100 where !connection.isClosed {
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(connection.isClosed)
    }

    @Test(.enabled(if: PostgresServer.isGiven))
    func aQueryOnAConnectionTheServerClosedFailsInsteadOfWaiting() async throws {
        try await PostgresServer.withScratchDatabase { location in
            let store = try await PostgresStore.open(
                location, password: PostgresServer.password(location), migrating: true)
            // When the server ends the connection between two statements of a transaction
            await #expect {
                try await store.transaction("test a lost connection", "BEGIN") { connection in
                    let pid = try await Self.backend(of: connection, logger: store.logger)
                    try await Self.terminate(pid, of: connection, at: location)
                    try await connection.guardedQuery("SELECT 1", logger: store.logger)
                }
            } throws: { error in
                // Then the next statement fails, and the transaction with it, as a storage failure
                guard case .failed(let operation, let reason) = error as? StoreError else { return false }
                return operation == "test a lost connection" && reason.contains("was lost before it answered")
            }
            // And the store goes on with a new connection
            let answer = try await store.read("read after a lost connection") { connection in
                try await Self.backend(of: connection, logger: store.logger)
            }
            #expect(answer > 0)
            await store.close()
        }
    }

    @Test(.enabled(if: PostgresServer.isGiven))
    func aCommitOnALostConnectionIsReportedAsUnknown() async throws {
        try await PostgresServer.withScratchDatabase { location in
            let store = try await PostgresStore.open(
                location, password: PostgresServer.password(location), migrating: true)
            // When the connection is lost after the transaction's work and before its commit is answered
            await #expect {
                try await store.transaction("register a request", "BEGIN") { connection in
                    let pid = try await Self.backend(of: connection, logger: store.logger)
                    try await Self.terminate(pid, of: connection, at: location)
                }
            } throws: { error in
                // Then the caller is told that nobody knows whether it was stored (not "nothing was changed")
                guard case .outcomeUnknown(let operation, let reason) = error as? StoreError else { return false }
                return operation == "register a request" && reason.contains("was lost")
            }
            await store.close()
        }
    }

    @Test(.enabled(if: PostgresServer.isGiven))
    func aQueryInFlightWhenTheConnectionEndsFails() async throws {
        try await PostgresServer.withScratchDatabase { location in
            let store = try await PostgresStore.open(
                location, password: PostgresServer.password(location), migrating: true)
            await #expect(throws: StoreError.self) {
                try await store.read("wait on the server") { connection in
                    let pid = try await Self.backend(of: connection, logger: store.logger)
                    // The driver answers the query with its rows' stream as soon as their description comes, before
                    // the statement has run: the failure comes through the stream, so it is read to its end.
                    async let sleeping: Void = {
                        let rows = try await connection.guardedQuery("SELECT pg_sleep(30)", logger: store.logger)
                        for try await _ in rows {}
                    }()
                    try await Task.sleep(for: .milliseconds(300))
                    _ = try PostgresServer.psql(location, "SELECT pg_terminate_backend(\(pid))")
                    try await sleeping
                }
            }
            await store.close()
        }
    }

    @Test(.enabled(if: PostgresServer.isGiven))
    func theWatchFailsItsWaitersWhenTheConnectionClosesAndForgetsIt() async throws {
        try await PostgresServer.withScratchDatabase { location in
            let store = try await PostgresStore.open(
                location, password: PostgresServer.password(location), migrating: true)
            let watch = ConnectionWatch()
            let calls = Calls()
            try await store.read("watch a connection") { connection in
                // Given two waiters on a connection, one of which leaves when its query answers
                _ = watch.watch(connection) { calls.add("staying") }
                let leaving = watch.watch(connection) { calls.add("leaving") }
                watch.leave(leaving, on: connection)
                #expect(watch.connectionsWatched == 1)
                // When the connection closes
                try await connection.close().get()
                for _ in 0..<100 where watch.connectionsWatched > 0 {
                    try await Task.sleep(for: .milliseconds(20))
                }
                // Then the one still waiting is told, once, and the connection is forgotten
                #expect(calls.names == ["staying"])
                #expect(watch.connectionsWatched == 0)
                // And a waiter filed after the close is told at once
                _ = watch.watch(connection) { calls.add("late") }
                for _ in 0..<100 where calls.names.count < 2 {
                    try await Task.sleep(for: .milliseconds(20))
                }
                #expect(calls.names == ["staying", "late"])
            }
            await store.close()
        }
    }

    /// The names of the waiters called, in order.
    private final class Calls: @unchecked Sendable {
        private let lock = NSLock()
        private var called: [String] = []

        /// Notes a call.
        func add(_ name: String) { lock.withLock { called.append(name) } }

        /// The calls so far.
        var names: [String] { lock.withLock { called } }
    }
}
