import DSRCore
import DSRPostgres
import Foundation
import Testing

/// The PostgreSQL server the tests of this target use: `DSR_TEST_POSTGRES_URL` (`scripts/pg start` prints one), or
/// none, and then the tests that need it are skipped with a printed message.
enum PostgresServer {
    /// The server's location, or `nil` (with the message printed once).
    static let location: PostgresLocation? = {
        let environment = ProcessInfo.processInfo.environment
        guard let url = environment["DSR_TEST_POSTGRES_URL"], !url.isEmpty else {
            print(
                "PostgresServer: PostgreSQL tests SKIPPED: DSR_TEST_POSTGRES_URL is not set (start a server with "
                    + "scripts/pg start and export the URL it prints)")
            return nil
        }
        return try? PostgresLocation(parsing: url, environment: environment)
    }()

    /// Whether a server is given.
    static var isGiven: Bool { location != nil }

    /// The password for a location, from the environment.
    static func password(_ location: PostgresLocation) -> String? {
        PostgresPassword.lookUp(for: location, environment: ProcessInfo.processInfo.environment)
    }

    /// Runs `body` with a new empty database on the server (dropped afterwards).
    static func withScratchDatabase(_ body: (PostgresLocation) async throws -> Void) async throws {
        let server = try #require(location)
        let scratch = try await PostgresStore.makeScratchDatabase(at: server, password: password(server))
        do {
            try await body(scratch)
        } catch {
            try? await PostgresStore.dropScratchDatabase(scratch, at: server, password: password(server))
            throw error
        }
        try await PostgresStore.dropScratchDatabase(scratch, at: server, password: password(server))
    }

    /// Runs one SQL text with `psql` as the location's role, behind dsr's back; returns its exit status and
    /// standard error.
    static func psql(_ location: PostgresLocation, _ sql: String) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        process.arguments = ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-c", sql]
        var environment = ProcessInfo.processInfo.environment
        environment["PGHOST"] = location.socketFolder ?? location.host
        environment["PGPORT"] = "\(location.port)"
        environment["PGUSER"] = location.user
        environment["PGDATABASE"] = location.database
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }
}
