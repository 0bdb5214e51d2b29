import DSRCore
import Foundation

extension SQLiteStore: RequestEventStorage {
    /// Allocates a case number and stores the record ``insert(year:_:)`` builds, on the store's executor.
    public func insert(year: Int, _ make: @escaping @Sendable (CaseNumber) throws -> (RequestRecord, EventEntry))
        async throws -> RequestRecord
    {
        try await StoreExecutor.run { try self.insert(year: year, make) }
    }

    /// Applies `change` to a request atomically (``update(_:_:)``), on the store's executor, and returns the outcome
    /// it computed.
    public func update<Outcome: Sendable>(
        _ caseNumber: CaseNumber,
        _ change: @escaping @Sendable (RequestRecord) throws -> (RequestRecord, EventEntry, Outcome)
    ) async throws -> Outcome {
        try await StoreExecutor.run {
            var outcome: Outcome?
            _ = try self.update(caseNumber) { record in
                let (changed, entry, result) = try change(record)
                outcome = result
                return (changed, entry)
            }
            guard let outcome else {
                throw StoreError.failed(operation: "change case \(caseNumber)", reason: "no change was made")
            }
            return outcome
        }
    }

    /// The request with the case number, or `nil` (``record(_:)``), on the store's executor.
    public func record(_ caseNumber: CaseNumber) async throws -> RequestRecord? {
        try await StoreExecutor.run { try self.record(caseNumber) }
    }

    /// The requests the query selects (``records(_:)``), on the store's executor.
    public func records(_ query: RequestQuery) async throws -> [RequestRecord] {
        try await StoreExecutor.run { try self.records(query) }
    }

    /// A case's history, oldest first (``events(of:)``), on the store's executor.
    public func events(of caseNumber: CaseNumber) async throws -> [EventEntry] {
        try await StoreExecutor.run { try self.events(of: caseNumber) }
    }

    /// The summaries the query selects (``summaries(_:asOf:names:)``), on the store's executor.
    public func summaries(_ query: RequestQuery, asOf: CivilDate, names: Bool) async throws -> [RequestSummary] {
        try await StoreExecutor.run { try self.summaries(query, asOf: asOf, names: names) }
    }

    /// How many requests the query selects (``count(_:)``), on the store's executor.
    public func count(_ query: RequestQuery) async throws -> Int {
        try await StoreExecutor.run { try self.count(query) }
    }
}
