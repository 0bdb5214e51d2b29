import DSRCore
import GRDB

extension SQLiteStore {
    /// Allocates the next case number of `year`, builds the record and its registration entry with `make`, and stores
    /// both in one transaction.
    ///
    /// The number comes from `caseCounter` inside the same `IMMEDIATE` transaction as the insert, so concurrent
    /// registrations get consecutive numbers and a failed one gives its number back. `make` must not use the store.
    /// - Throws: Whatever `make` throws, unchanged; ``StoreError`` for a storage failure or a record or entry that
    ///   names another case.
    public func insert(year: Int, _ make: (CaseNumber) throws -> (RequestRecord, EventEntry)) throws -> RequestRecord {
        let operation = "register a request"
        return try write(operation) { db in
            let caseNumber = CaseNumber(year: year, sequence: try CaseCounterRow.allocate(year: year, in: db))
            let (record, entry) = try callerStep { try make(caseNumber) }
            try Self.check(record, entry, against: caseNumber, operation: operation)
            if let reference = record.reference, let owner = try RequestRow.caseNumber(forReference: reference, in: db)
            {
                throw StoreError.referenceInUse(owner)
            }
            let json = CanonicalJSON.encode(record)
            let sequence = try EventRow.append(entry, stateJSON: json, operation: operation, in: db)
            try RequestRow(record, json: json, lastEventSequence: sequence).insert(db)
            try SearchIndex.add(caseNumber, db)
            return record
        }
    }

    /// Reads a request, computes its new form and an entry with `change`, and stores both in one transaction.
    ///
    /// `change` must not use the store.
    /// - Throws: ``StoreError/unknownCase(_:)`` if there is no such case; whatever `change` throws, unchanged;
    ///   ``StoreError`` for a storage failure or a result that names another case.
    public func update(_ caseNumber: CaseNumber, _ change: (RequestRecord) throws -> (RequestRecord, EventEntry))
        throws -> RequestRecord
    {
        let operation = "record an event on case \(caseNumber)"
        return try write(operation) { db in
            guard let row = try RequestRow.fetchOne(db, key: caseNumber.databaseKey) else {
                throw StoreError.unknownCase(caseNumber)
            }
            let current = try Self.decodeRecord(row, operation: operation)
            let (record, entry) = try callerStep { try change(current) }
            try Self.check(record, entry, against: caseNumber, operation: operation)
            let json = CanonicalJSON.encode(record)
            let sequence = try EventRow.append(entry, stateJSON: json, operation: operation, in: db)
            try RequestRow(record, json: json, lastEventSequence: sequence).update(db)
            try SearchIndex.update(caseNumber, previousRecord: row.record, db)
            return record
        }
    }

    /// The request with the case number, or `nil`.
    public func record(_ caseNumber: CaseNumber) throws(StoreError) -> RequestRecord? {
        let operation = "read case \(caseNumber)"
        let row = try readStatement(operation) { db in
            // A prepared statement kept on the connection: a server reads a case on every page of it.
            try RequestRow.fetchOne(
                db.cachedStatement(sql: "SELECT * FROM request WHERE caseYear = ? AND caseSequence = ?"),
                arguments: [caseNumber.year, caseNumber.sequence])
        }
        guard let row else { return nil }
        return try Self.decodeRecord(row, operation: operation)
    }

    /// The requests the query selects, soonest deadline first, then by case number.
    ///
    /// Overdue and due-by lists read only open requests whose clock runs, through the partial index
    /// `request_runningDeadline`; a closed request is never overdue.
    public func records(_ query: RequestQuery) throws(StoreError) -> [RequestRecord] {
        let operation = "list requests"
        let selection = query.selection
        let rows = try read(operation) { db in
            try RequestRow.fetchAll(db, sql: selection.sql, arguments: selection.arguments)
        }
        var records: [RequestRecord] = []
        records.reserveCapacity(rows.count)
        for row in rows {
            records.append(try Self.decodeRecord(row, operation: operation))
        }
        return records
    }

    /// A case's history, oldest first; empty if there is no such case.
    ///
    /// Each entry's data is the full data while the case's personal data is kept, and the public form (personal
    /// texts replaced by a placeholder) once `dsr purge` removed it.
    public func events(of caseNumber: CaseNumber) throws(StoreError) -> [EventEntry] {
        let operation = "read the history of case \(caseNumber)"
        return try readStatement(operation) { db in try Self.history(of: caseNumber, operation: operation, in: db) }
    }

    /// A case's history read inside the caller's access (a read, or the transaction of a change that needs it), with
    /// the full data of its events where it is kept.
    /// - Throws: ``StoreError/unreadable(operation:what:)`` if an event cannot be read.
    static func history(of caseNumber: CaseNumber, operation: String, in db: Database) throws -> [EventEntry] {
        let rows = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT event.*, eventPersonal.data AS personalData FROM event LEFT JOIN eventPersonal
                    USING (sequence) WHERE caseYear = ? AND caseSequence = ? ORDER BY event.sequence
                    """), arguments: [caseNumber.year, caseNumber.sequence])
        var entries: [EventEntry] = []
        entries.reserveCapacity(rows.count)
        for row in rows {
            guard let event = try? EventRow(row: row),
                let entry = event.entry(personalData: String.fromDatabaseValue(row["personalData"]))
            else {
                let sequence = Int64.fromDatabaseValue(row["sequence"]) ?? 0
                throw StoreError.unreadable(operation: operation, what: "event \(sequence)")
            }
            entries.append(entry)
        }
        return entries
    }

    /// Checks that a new state and its entry describe the case being written.
    static func check(
        _ record: RequestRecord, _ entry: EventEntry, against caseNumber: CaseNumber,
        operation: String
    ) throws(StoreError) {
        guard record.caseNumber == caseNumber else {
            throw .failed(
                operation: operation, reason: "the new state names case \(record.caseNumber), not \(caseNumber)")
        }
        guard entry.caseNumber == caseNumber else {
            throw .failed(
                operation: operation,
                reason: "the event names \(entry.caseNumber.map(\.description) ?? "no case"), not \(caseNumber)")
        }
        guard entry.stateAfter == record.state else {
            throw .failed(operation: operation, reason: "the event's state after does not match the request's state")
        }
    }
}
