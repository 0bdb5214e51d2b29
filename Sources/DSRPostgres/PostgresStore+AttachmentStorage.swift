import DSRCore
import DSRStore
import Foundation
import PostgresNIO

extension PostgresStore: AttachmentStorage {
    /// Stores an attachment with its `attachment-added` event in one transaction: the bytes sealed under the
    /// register's key if `sealed`, under the case's next number. The request's stored record is kept byte for byte;
    /// only its latest event moves on.
    /// - Throws: ``StoreError/unknownCase(_:)``; whatever `make` throws; ``IdentityCodeError`` if `sealed` and the
    ///   register has no usable key; ``StoreError`` for an entry that does not record these bytes under the number.
    public func addAttachment<Outcome: Sendable>(
        _ caseNumber: CaseNumber, content: Data, sealed: Bool, actor: String, today: Today,
        _ make: @escaping @Sendable (RequestRecord, [EventEntry], AttachmentNumber) throws -> (EventEntry, Outcome)
    ) async throws -> Outcome {
        let operation = "store an attachment of case \(caseNumber)"
        var stored = content
        if sealed {
            guard let key = try await usableKey(actor: actor, today: today).key else {
                throw IdentityCodeError.noKey(path: keyFile)
            }
            stored = try key.sealAttachment(content)
        }
        let sha256 = AttachmentData.sha256Hex(content)
        let bytes = ByteBuffer(bytes: Array(stored))
        return try await write(operation) { connection, chain in
            guard let json = try await self.recordJSON(caseNumber, on: connection) else {
                throw StoreError.unknownCase(caseNumber)
            }
            let record = try Self.decodeRecord(json, caseNumber, operation: operation)
            let history = try await self.history(of: caseNumber, operation: operation, on: connection)
            let numbers = try await connection.guardedQuery(
                """
                SELECT coalesce(max(number), 0) FROM attachment
                WHERE case_year = \(caseNumber.year) AND case_sequence = \(caseNumber.sequence)
                """, logger: logger)
            var last = 0
            for try await value in numbers.decode(Int.self) { last = value }
            let number = AttachmentNumber(caseNumber: caseNumber, sequence: last + 1)
            let (entry, outcome) = try make(record, history, number)
            try Self.check(record, entry, against: caseNumber, operation: operation)
            guard entry.name == SystemEvent.attachmentAdded.rawValue,
                let data = EventEntry.decodeCanonicalJSON(AttachmentData.self, from: entry.data),
                data.number == number.sequence, data.sha256 == sha256, data.size == content.count,
                data.sensitive == sealed
            else {
                throw StoreError.failed(
                    operation: operation, reason: "the event does not record attachment \(number) of this case")
            }
            let event = try await chain.append(
                entry, stateJSON: json, operation: operation, on: connection, logger: logger)
            try await self.moveLatestEvent(of: caseNumber, to: event, on: connection)
            try await connection.guardedQuery(
                """
                INSERT INTO attachment (case_year, case_sequence, number, sha256, size, sealed, content, event_sequence)
                VALUES (\(caseNumber.year), \(caseNumber.sequence), \(number.sequence), \(sha256), \(content.count),
                    \(sealed), \(bytes), \(event))
                """, logger: logger)
            return outcome
        }
    }

    /// The stored bytes of an attachment, opened if sealed, or ``AttachmentContent/deleted``; `nil` if there is no
    /// such attachment.
    /// - Throws: ``AttachmentError/contentMismatch(_:)`` if sealed bytes do not open; ``IdentityCodeError`` if they
    ///   are sealed and the register's key is missing or cannot be read.
    public func attachmentContent(_ number: AttachmentNumber) async throws -> AttachmentContent? {
        let found: (Bool, Data?)? = try await read("read attachment \(number)") { connection in
            let rows = try await connection.guardedQuery(
                """
                SELECT sealed, content FROM attachment WHERE case_year = \(number.caseNumber.year)
                    AND case_sequence = \(number.caseNumber.sequence) AND number = \(number.sequence)
                """, logger: logger)
            for try await (sealed, content) in rows.decode((Bool, ByteBuffer?).self) {
                return (sealed, content.map { Data($0.readableBytesView) })
            }
            return nil
        }
        guard let (sealed, content) = found else { return nil }
        guard let content else { return .deleted }
        guard sealed else { return .kept(content) }
        guard let key = try await registerKey().key else { throw IdentityCodeError.noKey(path: keyFile) }
        do {
            return .kept(try key.openAttachment(content))
        } catch {
            throw AttachmentError.contentMismatch(number)
        }
    }

    /// Erases the bytes of the attachments `choose` names, each with its `attachment-deleted` event, in one
    /// transaction.
    /// - Throws: ``StoreError/unknownCase(_:)``; whatever `choose` throws; ``StoreError`` for a deletion of an
    ///   attachment that is not kept, or an entry that does not record it.
    public func deleteAttachments<Outcome: Sendable>(
        of caseNumber: CaseNumber,
        _ choose:
            @escaping @Sendable (RequestRecord, [EventEntry], [AttachmentNumber]) throws
            -> (deletions: [AttachmentDeletion], outcome: Outcome)
    ) async throws -> Outcome {
        let operation = "delete attachments of case \(caseNumber)"
        return try await write(operation) { connection, chain in
            guard let json = try await self.recordJSON(caseNumber, on: connection) else {
                throw StoreError.unknownCase(caseNumber)
            }
            let record = try Self.decodeRecord(json, caseNumber, operation: operation)
            let history = try await self.history(of: caseNumber, operation: operation, on: connection)
            let rows = try await connection.guardedQuery(
                """
                SELECT number FROM attachment WHERE case_year = \(caseNumber.year)
                    AND case_sequence = \(caseNumber.sequence) AND content IS NOT NULL ORDER BY number
                """, logger: logger)
            var kept: [AttachmentNumber] = []
            for try await number in rows.decode(Int.self) {
                kept.append(AttachmentNumber(caseNumber: caseNumber, sequence: number))
            }
            let (deletions, outcome) = try choose(record, history, kept)
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
                let event = try await chain.append(
                    entry, stateJSON: json, operation: operation, on: connection, logger: logger)
                try await self.moveLatestEvent(of: caseNumber, to: event, on: connection)
                try await connection.guardedQuery(
                    """
                    UPDATE attachment SET content = NULL WHERE case_year = \(caseNumber.year)
                        AND case_sequence = \(caseNumber.sequence) AND number = \(deletion.number.sequence)
                    """, logger: logger)
            }
            return outcome
        }
    }
}

extension PostgresStore {
    /// A request's stored record as stored, read on the caller's connection, or `nil`.
    func recordJSON(_ caseNumber: CaseNumber, on connection: PostgresConnection) async throws -> String? {
        let rows = try await connection.guardedQuery(
            "SELECT record FROM request WHERE case_year = \(caseNumber.year) AND case_sequence = \(caseNumber.sequence)",
            logger: logger)
        for try await json in rows.decode(String.self) { return json }
        return nil
    }

    /// Moves a request's latest event on, its record kept byte for byte.
    func moveLatestEvent(of caseNumber: CaseNumber, to event: Int64, on connection: PostgresConnection) async throws {
        try await connection.guardedQuery(
            """
            UPDATE request SET last_event_sequence = \(event)
            WHERE case_year = \(caseNumber.year) AND case_sequence = \(caseNumber.sequence)
            """, logger: logger)
    }

    /// Seals every kept sealed attachment anew under `new`, inside a rotation's transaction right after its
    /// `identity-key` event (the attachments' trigger allows exactly this change then).
    func resealAttachments(from old: IdentityCodeKey, to new: IdentityCodeKey, on connection: PostgresConnection)
        async throws
    {
        let rows = try await connection.guardedQuery(
            """
            SELECT case_year, case_sequence, number, content FROM attachment
            WHERE sealed AND content IS NOT NULL ORDER BY case_year, case_sequence, number
            """, logger: logger)
        var sealed: [(Int, Int, Int, Data)] = []
        for try await (year, sequence, number, content) in rows.decode((Int, Int, Int, ByteBuffer).self) {
            sealed.append((year, sequence, number, Data(content.readableBytesView)))
        }
        for (year, sequence, number, content) in sealed {
            let resealed = ByteBuffer(bytes: Array(try new.sealAttachment(try old.openAttachment(content))))
            try await connection.guardedQuery(
                """
                UPDATE attachment SET content = \(resealed)
                WHERE case_year = \(year) AND case_sequence = \(sequence) AND number = \(number)
                """, logger: logger)
        }
    }
}
