import DSRCore
import GRDB

extension SQLiteStore {
    /// Removes a request's personal data: stores the record `change` gives (without its personal data) with a
    /// purge event, deletes the personal data of the case's earlier events and erases the bytes of its issued
    /// letters (their hashes stay), in one transaction.
    ///
    /// The hash chain keeps each event's public form and the salted hash of its full data, so it still verifies.
    /// Deleted content is overwritten with zeros (`secure_delete`); call ``checkpoint()`` afterwards so that no
    /// copy is left in the write-ahead log either.
    /// - Returns: The new record, how many events' personal data was deleted, and how many events of the case were
    ///   written before schema version 2 and keep their data inside the chain.
    /// - Throws: ``StoreError/unknownCase(_:)``; whatever `change` throws; ``StoreError`` for a storage failure.
    public func purgePersonalData(of caseNumber: CaseNumber,
                                  _ change: (RequestRecord) throws -> (RequestRecord, EventEntry)) throws -> PurgeOutcome
    {
        let operation = "remove the personal data of case \(caseNumber)"
        return try write(operation) { db in
            guard let row = try RequestRow.fetchOne(db, key: caseNumber.databaseKey) else {
                throw StoreError.unknownCase(caseNumber)
            }
            let current = try Self.decodeRecord(row, operation: operation)
            let (record, entry) = try callerStep { try change(current) }
            try Self.check(record, entry, against: caseNumber, operation: operation)
            guard entry.name == PersonalData.purgeEvent, entry.publicData == nil else {
                throw StoreError.failed(operation: operation, reason: "the entry is not a purge event")
            }
            let json = try Self.encodeJSON(record, operation: operation)
            let sequence = try EventRow.append(entry, stateJSON: json, operation: operation, in: db)
            // The import key, a digest of the personal data, goes with it (docs/import.md).
            try RequestRow(record, json: json, lastEventSequence: sequence).updateRemovingImportKey(db)
            let arguments: StatementArguments = [caseNumber.year, caseNumber.sequence, sequence]
            try db.execute(sql: """
                DELETE FROM eventPersonal WHERE sequence IN
                  (SELECT sequence FROM event WHERE caseYear = ? AND caseSequence = ? AND sequence < ?)
                """, arguments: arguments)
            let deleted = db.changesCount
            // Issued letters name the person: their bytes are erased, their hashes stay (the letters' triggers allow
            // exactly this change).
            try db.execute(sql: """
                UPDATE letterFile SET content = NULL WHERE caseYear = ? AND caseSequence = ? AND content IS NOT NULL
                """, arguments: [caseNumber.year, caseNumber.sequence])
            let erased = db.changesCount
            let legacy = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM event WHERE caseYear = ? AND caseSequence = ? AND sequence < ? AND format = 1
                """, arguments: arguments) ?? 0
            return PurgeOutcome(record: record, eventsPurged: deleted, letterFilesErased: erased, legacyEvents: legacy)
        }
    }

    /// Copies every change in the write-ahead log into the database file and empties the log, so that nothing
    /// removed lingers there. Does nothing to an in-memory or read-only register.
    /// - Throws: ``StoreError`` if SQLite fails.
    public func checkpoint() throws(StoreError) {
        guard path != nil, readOnlyReason == nil else { return }
        do {
            try writer.writeWithoutTransaction { db in
                _ = try Row.fetchAll(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            }
        } catch {
            throw Self.storeError(error, operation: "write the log into the register")
        }
    }
}
