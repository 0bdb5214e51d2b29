import DSRCore
import GRDB

extension SQLiteStore: CaseRevisionStorage {
    /// Applies `change` to a request and its history in one `IMMEDIATE` transaction, on the store's executor
    /// (``CaseRevisionStorage/revise(_:_:)``).
    ///
    /// This is where a request's searchable data change after its registration (`case set`): an index of names and
    /// contact details follows the record written here.
    public func revise<Outcome: Sendable>(
        _ caseNumber: CaseNumber,
        _ change: @escaping @Sendable (RequestRecord, [EventEntry]) throws -> (RequestRecord, EventEntry, Outcome)
    ) async throws -> Outcome {
        try await StoreExecutor.run { try self.revise(caseNumber, change) }
    }

    /// The synchronous form of ``revise(_:_:)-(CaseNumber,_)``.
    func revise<Outcome>(
        _ caseNumber: CaseNumber, _ change: (RequestRecord, [EventEntry]) throws -> (RequestRecord, EventEntry, Outcome)
    ) throws -> Outcome {
        let operation = "change case \(caseNumber)"
        return try write(operation) { db in
            guard let row = try RequestRow.fetchOne(db, key: caseNumber.databaseKey) else {
                throw StoreError.unknownCase(caseNumber)
            }
            let current = try Self.decodeRecord(row, operation: operation)
            let history = try Self.history(of: caseNumber, operation: operation, in: db)
            let (record, entry, outcome) = try callerStep { try change(current, history) }
            try Self.check(record, entry, against: caseNumber, operation: operation)
            if let reference = record.reference, reference != current.reference,
                let owner = try RequestRow.caseNumber(forReference: reference, in: db), owner != caseNumber
            {
                throw StoreError.referenceInUse(owner)
            }
            let json = CanonicalJSON.encode(record)
            let sequence = try EventRow.append(entry, stateJSON: json, operation: operation, in: db)
            let request = RequestRow(record, json: json, lastEventSequence: sequence)
            if ImportKey.of(record) != ImportKey.of(current) {
                try request.updateRemovingImportKey(db)
            } else {
                try request.update(db)
            }
            // A correction of the name, contact details or reference, or a note, is found by `dsr search` at once.
            try SearchIndex.update(caseNumber, previousRecord: row.record, db)
            return outcome
        }
    }
}
