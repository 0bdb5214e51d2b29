import DSRCore
import Foundation
import GRDB

extension SQLiteStore {
    /// Stores an attachment with its `attachment-added` event in one transaction (``AttachmentStorage``): the bytes
    /// sealed under the register's key if `sealed`, under the case's next number. The request's stored record is
    /// kept byte for byte; only its latest event moves on.
    ///
    /// `make` must not use the store.
    /// - Throws: ``StoreError/unknownCase(_:)``; whatever `make` throws, unchanged; ``IdentityCodeError`` if `sealed`
    ///   and the register has no usable key; ``StoreError`` for a read-only register, a storage failure or an entry
    ///   that does not record these bytes under the number.
    public func addAttachment<Outcome>(
        _ caseNumber: CaseNumber, content: Data, sealed: Bool, actor: String, today: Today,
        _ make: (RequestRecord, [EventEntry], AttachmentNumber) throws -> (EventEntry, Outcome)
    ) throws -> Outcome {
        let operation = "store an attachment of case \(caseNumber)"
        var stored = content
        if sealed {
            if let reason = readOnlyReason {
                throw StoreError.failed(operation: operation, reason: "the register is read-only: \(reason)")
            }
            guard let key = try usableKey(actor: actor, today: today).key else {
                throw IdentityCodeError.noKey(path: IdentityCodeKey.path(forRegister: path ?? ":memory:"))
            }
            stored = try key.sealAttachment(content)
        }
        let sha256 = AttachmentData.sha256Hex(content)
        let bytes = stored
        return try write(operation) { db in
            guard var row = try RequestRow.fetchOne(db, key: caseNumber.databaseKey) else {
                throw StoreError.unknownCase(caseNumber)
            }
            let record = try Self.decodeRecord(row, operation: operation)
            let history = try Self.history(of: caseNumber, operation: operation, in: db)
            let last =
                try Int.fetchOne(
                    db, sql: "SELECT MAX(number) FROM attachment WHERE caseYear = ? AND caseSequence = ?",
                    arguments: [caseNumber.year, caseNumber.sequence]) ?? 0
            let number = AttachmentNumber(caseNumber: caseNumber, sequence: last + 1)
            let (entry, outcome) = try callerStep { try make(record, history, number) }
            try Self.check(record, entry, against: caseNumber, operation: operation)
            guard entry.name == SystemEvent.attachmentAdded.rawValue,
                let data = EventEntry.decodeCanonicalJSON(AttachmentData.self, from: entry.data),
                data.number == number.sequence, data.sha256 == sha256, data.size == content.count,
                data.sensitive == sealed
            else {
                throw StoreError.failed(
                    operation: operation, reason: "the event does not record attachment \(number) of this case")
            }
            let sequence = try EventRow.append(entry, stateJSON: row.record, operation: operation, in: db)
            row.lastEventSequence = sequence
            try row.update(db)
            try db.execute(
                sql: """
                    INSERT INTO attachment (caseYear, caseSequence, number, sha256, size, sealed, content, eventSequence)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    caseNumber.year, caseNumber.sequence, number.sequence, sha256, content.count, sealed, bytes,
                    sequence,
                ])
            return outcome
        }
    }

    /// The stored bytes of an attachment, opened if sealed, or ``AttachmentContent/deleted``; `nil` if there is no
    /// such attachment.
    /// - Throws: ``AttachmentError/contentMismatch(_:)`` if sealed bytes do not open; ``IdentityCodeError`` if they
    ///   are sealed and the register's key is missing or cannot be read; ``StoreError``.
    public func attachmentContent(_ number: AttachmentNumber) throws -> AttachmentContent? {
        let operation = "read attachment \(number)"
        let row = try read(operation) { db in
            try Row.fetchOne(
                db,
                sql: "SELECT sealed, content FROM attachment WHERE caseYear = ? AND caseSequence = ? AND number = ?",
                arguments: [number.caseNumber.year, number.caseNumber.sequence, number.sequence])
        }
        guard let row else { return nil }
        guard let content = Data.fromDatabaseValue(row["content"]) else { return .deleted }
        guard Bool.fromDatabaseValue(row["sealed"]) == true else { return .kept(content) }
        guard let key = try registerKey().key else {
            throw IdentityCodeError.noKey(path: IdentityCodeKey.path(forRegister: path ?? ":memory:"))
        }
        do {
            return .kept(try key.openAttachment(content))
        } catch {
            throw AttachmentError.contentMismatch(number)
        }
    }

    /// Deletes the bytes of the attachments `choose` names, each with its `attachment-deleted` event, in one
    /// transaction (``AttachmentStorage/deleteAttachments(of:_:)``). Deleted content is overwritten with zeros
    /// (`secure_delete`).
    /// - Throws: ``StoreError/unknownCase(_:)``; whatever `choose` throws; ``StoreError`` for a deletion of an
    ///   attachment that is not kept, or an entry that does not record it.
    public func deleteAttachments<Outcome>(
        of caseNumber: CaseNumber,
        _ choose: (RequestRecord, [EventEntry], [AttachmentNumber]) throws -> (
            deletions: [AttachmentDeletion], outcome: Outcome
        )
    ) throws -> Outcome {
        let operation = "delete attachments of case \(caseNumber)"
        return try write(operation) { db in
            guard var row = try RequestRow.fetchOne(db, key: caseNumber.databaseKey) else {
                throw StoreError.unknownCase(caseNumber)
            }
            let record = try Self.decodeRecord(row, operation: operation)
            let history = try Self.history(of: caseNumber, operation: operation, in: db)
            let kept = try Int.fetchAll(
                db,
                sql: """
                    SELECT number FROM attachment WHERE caseYear = ? AND caseSequence = ? AND content IS NOT NULL
                    ORDER BY number
                    """, arguments: [caseNumber.year, caseNumber.sequence]
            ).map { AttachmentNumber(caseNumber: caseNumber, sequence: $0) }
            let (deletions, outcome) = try callerStep { try choose(record, history, kept) }
            var remaining = Set(kept)
            for deletion in deletions {
                let entry = deletion.entry
                try Self.check(record, entry, against: caseNumber, operation: operation)
                guard remaining.remove(deletion.number) != nil, entry.name == SystemEvent.attachmentDeleted.rawValue,
                    let data = EventEntry.decodeCanonicalJSON(AttachmentDeletedData.self, from: entry.data),
                    data.number == deletion.number.sequence
                else {
                    throw StoreError.failed(
                        operation: operation,
                        reason: "the event does not record the deletion of a kept attachment \(deletion.number)")
                }
                let sequence = try EventRow.append(entry, stateJSON: row.record, operation: operation, in: db)
                row.lastEventSequence = sequence
                try row.update(db)
                try db.execute(
                    sql: "UPDATE attachment SET content = NULL WHERE caseYear = ? AND caseSequence = ? AND number = ?",
                    arguments: [caseNumber.year, caseNumber.sequence, deletion.number.sequence])
            }
            return outcome
        }
    }

    /// Seals every kept sealed attachment anew under `new` (opened with `old`), one at a time, inside the rotation's
    /// transaction after its `identity-key` event (the attachments' trigger allows exactly this change then).
    /// - Throws: ``IdentityCodeError`` if a sealed attachment does not open under the old key.
    static func resealAttachments(from old: IdentityCodeKey, to new: IdentityCodeKey, in db: Database) throws {
        let keys = try Row.fetchAll(
            db,
            sql: """
                SELECT caseYear, caseSequence, number FROM attachment WHERE sealed = 1 AND content IS NOT NULL
                ORDER BY caseYear, caseSequence, number
                """)
        for key in keys {
            let arguments: StatementArguments = [key["caseYear"], key["caseSequence"], key["number"]]
            let keyClause = "WHERE caseYear = ? AND caseSequence = ? AND number = ?"
            guard
                let content = try Data.fetchOne(
                    db, sql: "SELECT content FROM attachment \(keyClause)", arguments: arguments)
            else { continue }
            let resealed = try new.sealAttachment(try old.openAttachment(content))
            try db.execute(
                sql: "UPDATE attachment SET content = ? \(keyClause)", arguments: [resealed] + arguments)
        }
    }

    /// Checks every attachment against the event that recorded it: the event exists, is the case's
    /// `attachment-added` event and gives the row's number, SHA-256, size and sealing; kept bytes (opened with `key`
    /// when sealed; not checked without a key) have that SHA-256; erased bytes follow an `attachment-deleted` event
    /// naming them or a purge of the case; and every `attachment-added` event has its row (`eventsWithoutRow`, found
    /// on the walk's snapshot by ``attachmentEventsWithoutRow(seenBy:in:)``; if `nil`, looked for in the event log).
    /// One attachment's bytes are in memory at a time.
    /// - Returns: The problems found, without personal data.
    func attachmentProblems(key: IdentityCodeKey?, eventsWithoutRow: [AttachmentEventWithoutRow]?) throws(StoreError)
        -> [ChainProblem]
    {
        try read("check the attachments") { db in
            var problems: [ChainProblem] = []
            func problem(_ caseNumber: CaseNumber?, _ sequence: Int64?, _ detail: String) {
                problems.append(
                    ChainProblem(kind: .attachmentMismatch, sequence: sequence, caseNumber: caseNumber, detail: detail))
            }
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT attachment.caseYear, attachment.caseSequence, attachment.number, attachment.sha256,
                      attachment.size, attachment.sealed, attachment.content IS NULL AS erased, attachment.eventSequence,
                      event.name, event.caseYear AS eventYear, event.caseSequence AS eventCase, event.data
                    FROM attachment LEFT JOIN event ON event.sequence = attachment.eventSequence
                    ORDER BY attachment.caseYear, attachment.caseSequence, attachment.number
                    """)
            while let row = try rows.next() {
                let year: Int = row["caseYear"] ?? 0
                let caseSequence: Int = row["caseSequence"] ?? 0
                let caseNumber = CaseNumber(year: year, sequence: caseSequence)
                let number = AttachmentNumber(caseNumber: caseNumber, sequence: row["number"] ?? 0)
                let eventSequence: Int64? = row["eventSequence"]
                let sha256: String = row["sha256"] ?? ""
                let sealed: Bool = row["sealed"] ?? false
                let data = (row["data"] as String?).flatMap {
                    EventEntry.decodeCanonicalJSON(AttachmentData.self, from: $0)
                }
                guard row["name"] as String? == SystemEvent.attachmentAdded.rawValue, row["eventYear"] as Int? == year,
                    row["eventCase"] as Int? == caseSequence, let data, data.number == number.sequence,
                    data.sha256 == sha256, data.size == row["size"] as Int?, data.sensitive == sealed
                else {
                    problem(
                        caseNumber, eventSequence,
                        "attachment \(number) no longer agrees with the attachment-added event that recorded it "
                            + "(changed behind dsr's back)")
                    continue
                }
                if row["erased"] as Bool? == true {
                    let explained =
                        try Bool.fetchOne(
                            db,
                            sql: """
                                SELECT EXISTS (SELECT 1 FROM event WHERE caseYear = ? AND caseSequence = ? AND sequence > ?
                                  AND (name = ? OR (name = ? AND json_extract(data, '$.number') = ?)))
                                """,
                            arguments: [
                                year, caseSequence, eventSequence, SystemEvent.purge.rawValue,
                                SystemEvent.attachmentDeleted.rawValue, number.sequence,
                            ]) ?? false
                    if !explained {
                        problem(
                            caseNumber, eventSequence,
                            "the bytes of attachment \(number) are gone, but no deletion or purge was recorded "
                                + "(deleted behind dsr's back)")
                    }
                    continue
                }
                guard
                    let content = try Data.fetchOne(
                        db,
                        sql: "SELECT content FROM attachment WHERE caseYear = ? AND caseSequence = ? AND number = ?",
                        arguments: [year, caseSequence, number.sequence])
                else { continue }
                let plain: Data?
                if sealed {
                    guard let key else { continue }  // the key's own check reports a missing key
                    plain = try? key.openAttachment(content)
                } else {
                    plain = content
                }
                if plain.map(AttachmentData.sha256Hex) != sha256 {
                    problem(
                        caseNumber, eventSequence,
                        "the bytes of attachment \(number) do not have the SHA-256 the hash chain recorded "
                            + "(changed behind dsr's back)")
                }
            }
            let orphans =
                try eventsWithoutRow
                ?? Row.fetchAll(
                    db,
                    sql: """
                        SELECT sequence, caseYear, caseSequence FROM event WHERE name = ? AND NOT EXISTS
                          (SELECT 1 FROM attachment WHERE attachment.eventSequence = event.sequence)
                        ORDER BY sequence
                        """, arguments: [SystemEvent.attachmentAdded.rawValue]
                ).map { orphan in
                    (
                        orphan["sequence"],
                        CaseNumber(year: orphan["caseYear"] ?? 0, sequence: orphan["caseSequence"] ?? 0)
                    )
                }
            for orphan in orphans {
                problem(
                    orphan.caseNumber, orphan.sequence,
                    "an attachment of case \(orphan.caseNumber) recorded in the chain has no stored row (deleted "
                        + "behind dsr's back)")
            }
            return problems
        }
    }

    /// An `attachment-added` event without its stored attachment: its number and its case (year and number 0 where
    /// the row holds none).
    typealias AttachmentEventWithoutRow = (sequence: Int64?, caseNumber: CaseNumber)

    /// The `attachment-added` events that have no stored attachment, in sequence order, on the snapshot `db` the
    /// chain walk of `verifier` read: from the events that walk collected (``ChainVerifier/attachmentEvents``) and the
    /// attachments' event numbers, without reading the event log again. `nil` if the walk met an event row it could
    /// not read (whose name only SQLite can tell) or the attachments cannot be read: then
    /// ``attachmentProblems(key:eventsWithoutRow:)`` asks SQLite, which reads every event's name.
    static func attachmentEventsWithoutRow(seenBy verifier: ChainVerifier, in db: Database)
        -> [AttachmentEventWithoutRow]?
    {
        guard !verifier.sawUnreadableEvent else { return nil }
        guard !verifier.attachmentEvents.isEmpty else { return [] }
        guard
            let stored = try? Set(
                Int64.fetchAll(db, sql: "SELECT eventSequence FROM attachment WHERE typeof(eventSequence) = 'integer'"))
        else { return nil }
        return verifier.attachmentEvents.filter { !stored.contains($0.sequence) }.map { event in
            (
                event.sequence,
                CaseNumber(
                    year: event.caseYear.map { Int($0) } ?? 0, sequence: event.caseSequence.map { Int($0) } ?? 0)
            )
        }
    }
}
