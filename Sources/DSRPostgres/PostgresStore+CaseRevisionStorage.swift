import DSRCore
import PostgresNIO

extension PostgresStore: CaseRevisionStorage {
    /// Applies `change` to a request and its whole history in one transaction (``CaseRevisionStorage/revise(_:_:)``):
    /// refuses a reference another case holds, and drops the request's import key when the change alters the data
    /// it digests.
    public func revise<Outcome: Sendable>(
        _ caseNumber: CaseNumber,
        _ change: @escaping @Sendable (RequestRecord, [EventEntry]) throws -> (RequestRecord, EventEntry, Outcome)
    ) async throws -> Outcome {
        let operation = "change case \(caseNumber)"
        return try await write(operation) { connection, chain in
            guard let current = try await self.record(caseNumber, operation: operation, on: connection) else {
                throw StoreError.unknownCase(caseNumber)
            }
            let history = try await self.history(of: caseNumber, operation: operation, on: connection)
            let (record, entry, outcome) = try change(current, history)
            try Self.check(record, entry, against: caseNumber, operation: operation)
            if let reference = record.reference, reference != current.reference,
                let holder = try await self.owner(ofReference: reference, on: connection), holder != caseNumber
            {
                throw StoreError.referenceInUse(holder)
            }
            let json = CanonicalJSON.encode(record)
            let event = try await chain.append(
                entry, stateJSON: json, operation: operation, on: connection, logger: logger)
            // The import key is dropped when it would no longer be the digest of the request's data.
            try await updateRow(
                record, json: json, lastEvent: event, droppingImportKey: ImportKey.of(record) != ImportKey.of(current),
                on: connection)
            return outcome
        }
    }
}
