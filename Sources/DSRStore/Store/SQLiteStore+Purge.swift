import DSRCore
import Foundation
import GRDB

extension SQLiteStore {
    /// Removes a request's personal data: stores the record `change` gives (without its personal data) with a
    /// purge event, deletes the personal data of the case's earlier events and erases the bytes of its issued
    /// letters and attachments (their hashes stay), in one transaction.
    ///
    /// The hash chain keeps each event's public form and the salted hash of its full data, so it still verifies.
    /// Deleted content is overwritten with zeros (`secure_delete`); call ``checkpoint(waitingUpTo:)`` afterwards so
    /// that no copy is left in the write-ahead log either.
    ///
    /// The request's import key goes, and so does its reference when `change` blanks it; the register keeps only
    /// their keyed tags under `key` (``IdentityCodeKey/purgedTag(_:of:)``, table `purgedTag`), so that importing the
    /// same row again finds it purged instead of adding the person back. The purge event's data gets the commitment
    /// to the case's tags after the purge (``PersonalData/purgeData(_:keepingTags:)``), which `dsr audit verify`
    /// checks the rows against.
    /// - Parameter key: The register's identity-code key; needed only if the request has an import key or loses its
    ///   reference.
    /// - Returns: The new record, how many events' personal data was deleted, and how many events of the case were
    ///   written before schema version 2 and keep their data inside the chain.
    /// - Throws: ``StoreError/unknownCase(_:)``; whatever `change` throws; ``StoreError`` for a storage failure or
    ///   a tag needed without a key.
    public func purgePersonalData(
        of caseNumber: CaseNumber, key: IdentityCodeKey? = nil,
        _ change: (RequestRecord) throws -> (RequestRecord, EventEntry)
    ) throws -> PurgeOutcome {
        let operation = "remove the personal data of case \(caseNumber)"
        return try write(operation) { db in
            guard let row = try RequestRow.fetchOne(db, key: caseNumber.databaseKey) else {
                throw StoreError.unknownCase(caseNumber)
            }
            let current = try Self.decodeRecord(row, operation: operation)
            let (record, changed) = try callerStep { try change(current) }
            var entry = changed
            try Self.check(record, entry, against: caseNumber, operation: operation)
            guard entry.name == SystemEvent.purge.rawValue, entry.publicData == nil else {
                throw StoreError.failed(operation: operation, reason: "the entry is not a purge event")
            }
            let json = CanonicalJSON.encode(record)
            let importKey = try String.fetchOne(
                db, sql: "SELECT importKey FROM request WHERE caseYear = ? AND caseSequence = ?",
                arguments: [caseNumber.year, caseNumber.sequence])
            var tags: [String] = []
            if let reference = current.reference, record.reference == nil {
                tags.append(key?.purgedTag(.reference, of: reference) ?? "")
            }
            if let importKey { tags.append(key?.purgedTag(.importKey, of: importKey) ?? "") }
            // An objection to direct marketing stays on the suppression list after the purge (GDPR Art. 21(3)).
            for contact in Suppression.contacts(of: current) {
                tags.append(key?.purgedTag(PurgedTagKind(contact), of: contact.value) ?? "")
            }
            if !tags.isEmpty && key == nil {
                throw StoreError.failed(
                    operation: operation,
                    reason: "its reference, import key or suppressed contacts can be kept only as "
                        + "a tag under the register's identity-code key, and there is none (create the register's identity-code key first)"
                )
            }
            // The purge event commits to the tags the case keeps after it (its own earlier ones, and the new ones no
            // other case's purge stored first), so that `dsr audit verify` can check them.
            var kept = Set(
                try String.fetchAll(
                    db, sql: "SELECT tag FROM purgedTag WHERE caseYear = ? AND caseSequence = ?",
                    arguments: [caseNumber.year, caseNumber.sequence]))
            for tag in tags {
                let taken =
                    try Bool.fetchOne(
                        db, sql: "SELECT EXISTS (SELECT 1 FROM purgedTag WHERE tag = ?)", arguments: [tag]) ?? false
                if !taken { kept.insert(tag) }
            }
            guard let data = PersonalData.purgeData(entry.data, keepingTags: kept) else {
                throw StoreError.failed(operation: operation, reason: "the purge event's data cannot record its tags")
            }
            entry.data = data
            let sequence = try EventRow.append(entry, stateJSON: json, operation: operation, in: db)
            // The import key, a digest of the personal data, goes with it (docs/import.md).
            try RequestRow(record, json: json, lastEventSequence: sequence).updateRemovingImportKey(db)
            try SearchIndex.update(caseNumber, previousRecord: row.record, db)
            for tag in tags {
                try db.execute(
                    sql: "INSERT OR IGNORE INTO purgedTag (tag, caseYear, caseSequence) VALUES (?, ?, ?)",
                    arguments: [tag, caseNumber.year, caseNumber.sequence])
            }
            let arguments: StatementArguments = [caseNumber.year, caseNumber.sequence, sequence]
            try db.execute(
                sql: """
                    DELETE FROM eventPersonal WHERE sequence IN
                      (SELECT sequence FROM event WHERE caseYear = ? AND caseSequence = ? AND sequence < ?)
                    """, arguments: arguments)
            let deleted = db.changesCount
            // Issued letters name the person: their bytes are erased, their hashes stay (the letters' triggers allow
            // exactly this change).
            try db.execute(
                sql: """
                    UPDATE letterFile SET content = NULL WHERE caseYear = ? AND caseSequence = ? AND content IS NOT NULL
                    """, arguments: [caseNumber.year, caseNumber.sequence])
            let erased = db.changesCount
            // Attachments go with the personal data: their bytes are erased, their SHA-256 stays in the chain (the
            // attachments' trigger allows exactly this change after the purge event).
            try db.execute(
                sql: """
                    UPDATE attachment SET content = NULL WHERE caseYear = ? AND caseSequence = ? AND content IS NOT NULL
                    """, arguments: [caseNumber.year, caseNumber.sequence])
            let legacy =
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT COUNT(*) FROM event WHERE caseYear = ? AND caseSequence = ? AND sequence < ? AND format = 1
                        """, arguments: arguments) ?? 0
            return PurgeOutcome(record: record, eventsPurged: deleted, letterFilesErased: erased, legacyEvents: legacy)
        }
    }

    /// Copies every change in the write-ahead log into the database file and empties the log, so that nothing
    /// removed lingers there. Does nothing to an in-memory or read-only register.
    ///
    /// SQLite can do this only when no other connection still reads an older snapshot: it waits for such readers up
    /// to `seconds`, then gives up and reports "busy". dsr counts the work done only when the checkpoint was not busy
    /// and the log file is then empty.
    /// - Throws: ``CheckpointIncomplete`` (exit 75: run it again) if another process kept the log from being
    ///   emptied; ``StoreError`` if SQLite fails.
    public func checkpoint(waitingUpTo seconds: Int = 10) throws {
        guard let path, readOnlyReason == nil else { return }
        let busy: Bool
        do {
            busy = try writer.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA busy_timeout = \(max(0, seconds) * 1000)")
                defer { try? db.execute(sql: "PRAGMA busy_timeout = 10000") }
                do {
                    let row = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
                    return (row.flatMap { Int.fromDatabaseValue($0[0]) } ?? 1) != 0
                } catch let error as DatabaseError
                    where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
                {
                    return true
                }
            }
        } catch {
            throw Self.storeError(error, operation: "write the log into the register")
        }
        let logSize =
            (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? NSNumber)?.intValue ?? 0
        guard !busy, logSize == 0 else { throw CheckpointIncomplete(path: path) }
    }
}
