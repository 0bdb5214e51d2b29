import DSRCore
import DSRStore
import Foundation
import PostgresNIO

extension PostgresStore: MaintenanceStorage {
    /// Purges each case in turn, each in its own transaction (``purgePersonalData(of:key:_:)``), with the register's
    /// key read once, then vacuums the tables that held the removed data, so that their old row versions are gone
    /// from the tables (docs/storage.md says what the server's write-ahead log and backups keep).
    public func purgePersonalData(
        of caseNumbers: [CaseNumber],
        _ change: @escaping @Sendable (RequestRecord) throws -> (RequestRecord, EventEntry)
    ) -> AsyncThrowingStream<PurgeOutcome, any Error> {
        let (stream, continuation) = AsyncThrowingStream.makeStream(
            of: PurgeOutcome.self, throwing: (any Error).self, bufferingPolicy: .bufferingOldest(1))
        let task = Task {
            do {
                let key = caseNumbers.isEmpty ? nil : try await self.registerKey().key
                for caseNumber in caseNumbers {
                    try Task.checkCancellation()
                    continuation.yield(try await self.purgePersonalData(of: caseNumber, key: key, change))
                }
                if !caseNumbers.isEmpty { try await self.vacuumPersonalData() }
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
            }
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }

    /// Removes a request's personal data in one transaction: stores the record `change` gives with its purge event,
    /// drops its import key, replaces its search texts, deletes the personal data of the case's earlier events and
    /// erases its letters' and attachments' bytes (their hashes stay), keeping only keyed tags of its reference,
    /// import key and suppressed contacts under `key` (as an SQLite register).
    /// - Throws: ``StoreError/unknownCase(_:)``; whatever `change` throws; ``StoreError`` for a storage failure or a
    ///   tag needed without a key.
    func purgePersonalData(
        of caseNumber: CaseNumber, key: IdentityCodeKey?,
        _ change: @escaping @Sendable (RequestRecord) throws -> (RequestRecord, EventEntry)
    ) async throws -> PurgeOutcome {
        let operation = "remove the personal data of case \(caseNumber)"
        return try await write(operation) { connection, chain in
            let rows = try await connection.guardedQuery(
                """
                SELECT record, import_key FROM request
                WHERE case_year = \(caseNumber.year) AND case_sequence = \(caseNumber.sequence)
                """, logger: logger)
            var stored: (String, String?)?
            for try await row in rows.decode((String, String?).self) { stored = row }
            guard let (currentJSON, importKey) = stored else { throw StoreError.unknownCase(caseNumber) }
            let current = try Self.decodeRecord(currentJSON, caseNumber, operation: operation)
            let (record, changed) = try change(current)
            var entry = changed
            try Self.check(record, entry, against: caseNumber, operation: operation)
            guard entry.name == SystemEvent.purge.rawValue, entry.publicData == nil else {
                throw StoreError.failed(operation: operation, reason: "the entry is not a purge event")
            }
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
                    reason: "its reference, import key or suppressed contacts can be kept only as a tag under the "
                        + "register's identity-code key, and there is none (create the register's identity-code key "
                        + "first)")
            }
            // The purge event commits to the tags the case keeps after it (its own earlier ones, and the new ones no
            // other case's purge stored first), so that `dsr audit verify` can check them.
            var kept: Set<String> = []
            var taken: Set<String> = []
            let held = try await connection.guardedQuery(
                """
                SELECT tag, case_year = \(caseNumber.year) AND case_sequence = \(caseNumber.sequence) FROM purged_tag
                WHERE (case_year = \(caseNumber.year) AND case_sequence = \(caseNumber.sequence)) OR tag = ANY(\(tags))
                """, logger: logger)
            for try await (tag, own) in held.decode((String, Bool).self) {
                taken.insert(tag)
                if own { kept.insert(tag) }
            }
            kept.formUnion(tags.filter { !taken.contains($0) })
            guard let data = PersonalData.purgeData(entry.data, keepingTags: kept) else {
                throw StoreError.failed(operation: operation, reason: "the purge event's data cannot record its tags")
            }
            entry.data = data
            let json = CanonicalJSON.encode(record)
            let event = try await chain.append(
                entry, stateJSON: json, operation: operation, on: connection, logger: logger)
            try await updateRow(record, json: json, lastEvent: event, droppingImportKey: true, on: connection)
            for tag in tags {
                try await connection.guardedQuery(
                    """
                    INSERT INTO purged_tag (tag, case_year, case_sequence)
                    VALUES (\(tag), \(caseNumber.year), \(caseNumber.sequence)) ON CONFLICT (tag) DO NOTHING
                    """, logger: logger)
            }
            let deleted = try await count(
                """
                WITH gone AS (DELETE FROM event_personal WHERE sequence IN
                    (SELECT sequence FROM event WHERE case_year = \(caseNumber.year)
                     AND case_sequence = \(caseNumber.sequence) AND sequence < \(event)) RETURNING 1)
                SELECT count(*)::bigint FROM gone
                """, on: connection)
            // Issued letters name the person: their bytes are erased, their hashes stay.
            let erased = try await count(
                """
                WITH gone AS (UPDATE letter_file SET content = NULL WHERE case_year = \(caseNumber.year)
                    AND case_sequence = \(caseNumber.sequence) AND content IS NOT NULL RETURNING 1)
                SELECT count(*)::bigint FROM gone
                """, on: connection)
            // Attachments go with the personal data: their bytes are erased, their SHA-256 stays in the chain.
            try await connection.guardedQuery(
                """
                UPDATE attachment SET content = NULL WHERE case_year = \(caseNumber.year)
                    AND case_sequence = \(caseNumber.sequence) AND content IS NOT NULL
                """, logger: logger)
            let legacy = try await count(
                """
                SELECT count(*)::bigint FROM event WHERE case_year = \(caseNumber.year)
                    AND case_sequence = \(caseNumber.sequence) AND sequence < \(event) AND format = 1
                """, on: connection)
            return PurgeOutcome(record: record, eventsPurged: deleted, letterFilesErased: erased, legacyEvents: legacy)
        }
    }

    /// The one count a query gives.
    private func count(_ query: PostgresQuery, on connection: PostgresConnection) async throws -> Int {
        let rows = try await connection.guardedQuery(query, logger: logger)
        var total: Int64 = 0
        for try await value in rows.decode(Int64.self) { total = value }
        return Int(total)
    }

    /// Vacuums the tables a purge changed, so that the removed texts' old row versions are gone from them. The
    /// owner role may vacuum; another role is skipped by the server with a warning, and the old versions then go
    /// at the next autovacuum.
    private func vacuumPersonalData() async throws {
        _ = try await read("tidy the register after the purge") { connection in
            try await connection.guardedQuery(
                "VACUUM request, request_search, event_personal, letter_file, attachment", logger: logger)
            return true
        }
    }
}
