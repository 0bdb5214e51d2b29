import DSRCore

extension SQLiteStore: ImportStorage {
    /// Runs an import in one `BEGIN IMMEDIATE` transaction (``SQLiteImportSession``): all of its requests or none.
    ///
    /// The transaction begins and ends on the store's executor; it is rolled back if `body` throws or returns
    /// `false`, and committed if it returns `true`.
    /// - Throws: Whatever `body` throws, unchanged (nothing is then stored); ``StoreError`` for a storage failure; the
    ///   key's error if requests were purged and the register's key is missing or wrong.
    public func importRequests<Result: Sendable>(
        _ body: (any ImportTransaction) async throws -> (keep: Bool, result: Result)
    ) async throws -> (stored: Bool, result: Result) {
        let operation = "import requests"
        let session = try await StoreExecutor.run { try SQLiteImportSession.begin(store: self, operation: operation) }
        let outcome: (keep: Bool, result: Result)
        do {
            outcome = try await body(session)
        } catch {
            _ = try? await StoreExecutor.run { try session.end(keep: false) }
            throw error
        }
        let stored = try await StoreExecutor.run { try session.end(keep: outcome.keep) }
        return (stored, outcome.result)
    }
}
