import DSRCases
import DSRCore
import DSRStore
import Foundation
import Testing

/// A register backend the service and the store contract suite run against: a name and a factory of fresh, empty
/// registers. This file is the only one of the tests that names a concrete store; a PostgreSQL register adds its
/// entry to ``all`` and must pass the same suite.
struct StoreBackend: Sendable, CustomTestStringConvertible {
    /// The backend's name in test reports.
    let name: String
    /// Makes a fresh, empty register (and the folder to remove afterwards, if it made one).
    let make: @Sendable () throws -> (storage: any CaseStorage, folder: URL?)

    /// The name shown for the test's argument.
    var testDescription: String { name }

    /// Every backend the suites run against: SQLite in memory and SQLite in a temporary file.
    static let all: [StoreBackend] = [
        StoreBackend(name: "SQLite in memory") { (try SQLiteStore.inMemory(), nil) },
        StoreBackend(name: "SQLite file") {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dsr-cases-\(UUID().uuidString)")
            let store = try SQLiteStore(path: folder.appendingPathComponent("dsr.sqlite").path, create: true)
            return (store, folder)
        },
    ]

    /// The backend used by the service tests: SQLite in memory.
    static let inMemory = all[0]

    /// SQLite in a temporary file, for the use cases that need the key file beside the register.
    static let file = all[1]

    /// Runs `body` with a fresh register of this backend and removes its files afterwards.
    func withStorage(_ body: (any CaseStorage) async throws -> Void) async throws {
        let (storage, folder) = try make()
        defer { if let folder { try? FileManager.default.removeItem(at: folder) } }
        try await body(storage)
    }
}
