import DSRCore
import Foundation
import PostgresNIO

extension PostgresStore {
    /// Makes an empty database beside the one `location` names, on the same server (for tests: a fresh register
    /// each), and returns its location. Needs the right to create databases.
    public static func makeScratchDatabase(at location: PostgresLocation, password: String?) async throws
        -> PostgresLocation
    {
        var scratch = location
        scratch.database = "dsr_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        try await onServer(location, password: password, "CREATE DATABASE \"\(scratch.database)\"")
        return scratch
    }

    /// Drops a database made by ``makeScratchDatabase(at:password:)``, connected through `location`.
    public static func dropScratchDatabase(
        _ scratch: PostgresLocation, at location: PostgresLocation, password: String?
    )
        async throws
    {
        guard scratch.database.hasPrefix("dsr_test_") else { return }
        try await onServer(
            location, password: password, "DROP DATABASE IF EXISTS \"\(scratch.database)\" WITH (FORCE)")
    }

    /// Runs one statement of dsr's own making (no value from outside) on the server `location` names.
    private static func onServer(_ location: PostgresLocation, password: String?, _ statement: String) async throws {
        let store = PostgresStore(location: location, password: password)
        do {
            _ = try await store.read("prepare a test database") { connection in
                try await connection.guardedQuery(PostgresQuery(unsafeSQL: statement), logger: store.logger)
                return true
            }
        } catch {
            await store.close()
            throw error
        }
        await store.close()
    }
}
