import DSRCases
import DSRCore
import DSRPostgres
import DSRStore
import Foundation
import Testing

/// A register backend the service and the store contract suite run against: a name and a factory of fresh, empty
/// registers. This file is the only one of the tests that names a concrete store; every backend runs the suites it
/// implements (``StoreContractSuite``), and a suite it does not implement yet leaves it out with a printed reason.
struct StoreBackend: Sendable, CustomTestStringConvertible {
    /// A fresh register and what removes it afterwards.
    struct Made: Sendable {
        /// The register (a ``CaseStorage`` for a complete backend).
        var storage: any Sendable
        /// Closes and removes the register.
        var remove: @Sendable () async -> Void
    }

    /// The backend's name in test reports.
    let name: String
    /// The contract suites the backend implements.
    let implements: Set<StoreContractSuite>
    /// Makes a fresh, empty register.
    let make: @Sendable () async throws -> Made
    /// Whether its registers are a whole ``CaseStorage`` (which the service needs), not only some of its protocols.
    var isWhole = true

    /// The name shown for the test's argument.
    var testDescription: String { name }

    /// SQLite in memory.
    static let sqliteInMemory = StoreBackend(name: "SQLite in memory", implements: Set(StoreContractSuite.allCases)) {
        Made(storage: try SQLiteStore.inMemory(), remove: {})
    }

    /// SQLite in a temporary file.
    static let sqliteFile = StoreBackend(name: "SQLite file", implements: Set(StoreContractSuite.allCases)) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dsr-cases-\(UUID().uuidString)")
        let store = try SQLiteStore(path: folder.appendingPathComponent("dsr.sqlite").path, create: true)
        return Made(storage: store, remove: { try? FileManager.default.removeItem(at: folder) })
    }

    /// PostgreSQL, when `DSR_TEST_POSTGRES_URL` names a server (`scripts/pg start` prints one): each register is a
    /// new database on it, made and dropped here. Without the variable, a message says the runs were skipped.
    static let postgreSQL: StoreBackend? = {
        let environment = ProcessInfo.processInfo.environment
        guard let url = environment["DSR_TEST_POSTGRES_URL"], !url.isEmpty else {
            print(
                "StoreBackend: PostgreSQL runs of the store contract suites SKIPPED: DSR_TEST_POSTGRES_URL is not set "
                    + "(start a server with scripts/pg start and export the URL it prints)")
            return nil
        }
        return StoreBackend(name: "PostgreSQL", implements: Set(StoreContractSuite.allCases)) {
            let server = try PostgresLocation(parsing: url, environment: environment)
            let password = PostgresPassword.lookUp(for: server, environment: environment)
            let scratch = try await PostgresStore.makeScratchDatabase(at: server, password: password)
            // The key file lives outside the database, in a folder of the test's own.
            let keys = FileManager.default.temporaryDirectory.appendingPathComponent("dsr-keys-\(UUID().uuidString)")
            do {
                let store = try await PostgresStore.open(
                    scratch, password: password, migrating: true, keyFile: keys.appendingPathComponent("dsr.key").path,
                    copyWriter: SQLiteRegisterCopyWriter())
                return Made(
                    storage: store,
                    remove: {
                        await store.close()
                        try? await PostgresStore.dropScratchDatabase(scratch, at: server, password: password)
                        try? FileManager.default.removeItem(at: keys)
                    })
            } catch {
                try? await PostgresStore.dropScratchDatabase(scratch, at: server, password: password)
                throw error
            }
        }
    }()

    /// Every backend: SQLite in memory, SQLite in a temporary file, and PostgreSQL when a server is given.
    static let all: [StoreBackend] = [sqliteInMemory, sqliteFile] + (postgreSQL.map { [$0] } ?? [])

    /// The backends that implement a contract suite; a backend left out is named on standard output with the reason,
    /// so that a suite that does not run on it is visible in the test log rather than passing silently.
    static func all(for suite: StoreContractSuite) -> [StoreBackend] {
        all.filter { backend in
            guard backend.implements.contains(suite) else {
                print(
                    "StoreBackend: \(suite.rawValue)Contract does NOT run on \(backend.name): it does not implement "
                        + "\(suite.rawValue) yet")
                return false
            }
            return true
        }
    }

    /// The backends that implement a contract suite and, if `wholeRegister`, the whole ``CaseStorage``, for a test of
    /// the suite that also needs other protocols (the service of ``Fixture/service(_:)``, a purge); a backend left out
    /// is named on standard output with the reason, as by ``all(for:)``.
    static func all(for suite: StoreContractSuite, wholeRegister: Bool) -> [StoreBackend] {
        all(for: suite).filter { backend in
            guard !wholeRegister || backend.isWhole else {
                print(
                    "StoreBackend: a test of \(suite.rawValue)Contract does NOT run on \(backend.name): it needs the "
                        + "whole CaseStorage, which \(backend.name) does not implement yet")
                return false
            }
            return true
        }
    }

    /// The backend used by the service tests: SQLite in memory.
    static let inMemory = sqliteInMemory

    /// SQLite in a temporary file, for the use cases that need the key file beside the register.
    static let file = sqliteFile

    /// Runs `body` with a fresh register of this backend (a complete one: ``CaseStorage``) and removes it afterwards.
    func withStorage(_ body: (any CaseStorage) async throws -> Void) async throws {
        try await withStorage(as: (any CaseStorage).self, body)
    }

    /// Runs `body` with a fresh register of this backend seen as `Storage` (the protocols a suite needs), and removes
    /// it afterwards. A backend that is not a `Storage` fails the test.
    func withStorage<Storage>(as type: Storage.Type, _ body: (Storage) async throws -> Void) async throws {
        let made = try await make()
        guard let storage = made.storage as? Storage else {
            await made.remove()
            Issue.record("\(name) does not implement \(Storage.self)")
            return
        }
        do {
            try await body(storage)
        } catch {
            await made.remove()
            throw error
        }
        await made.remove()
    }
}
