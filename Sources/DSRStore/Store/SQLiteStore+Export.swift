import DSRCore
import GRDB

extension SQLiteStore {
    /// Up to `limit` of the log's events, one case's or all, whose sequence number is above `after` and at most
    /// `through`, in order and exactly as stored, on one consistent snapshot (a page of `dsr audit export`).
    /// - Parameters:
    ///   - caseNumber: The case, or `nil` for the whole log (register-wide entries included).
    ///   - includingPersonalData: Whether to add each event's full data while it is kept. Identity codes in it are
    ///     reduced to their masked form.
    /// - Throws: ``StoreError`` if the log cannot be read, ``AuditTrailError/unreadableEvent(sequence:caseNumber:)``
    ///   for a row that cannot be read, ``EventDataError`` if an identity code cannot be masked.
    public func auditTrailEntries(
        of caseNumber: CaseNumber?, includingPersonalData: Bool, after: Int64,
        through: Int64, limit: Int
    ) throws -> [AuditTrailEntry] {
        let operation = caseNumber.map { "export the history of case \($0)" } ?? "export the event log"
        var sql = """
            SELECT event.*, eventPersonal.data AS personalData FROM event LEFT JOIN eventPersonal USING (sequence)
            WHERE event.sequence > ? AND event.sequence <= ?
            """
        var arguments: StatementArguments = [after, through]
        if let caseNumber {
            sql += " AND caseYear = ? AND caseSequence = ?"
            arguments += [caseNumber.year, caseNumber.sequence]
        }
        sql += " ORDER BY event.sequence LIMIT ?"
        arguments += [limit]
        do {
            return try writer.read { db in
                var entries: [AuditTrailEntry] = []
                let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
                while let row = try rows.next() {
                    guard let event = try? EventRow(row: row), let sequence = event.sequence else {
                        throw AuditTrailError.unreadableEvent(
                            sequence: Int64.fromDatabaseValue(row["sequence"]) ?? 0,
                            caseNumber: caseNumber)
                    }
                    let personal = String.fromDatabaseValue(row["personalData"])
                    let shown =
                        try includingPersonalData ? personal.map(PersonalData.maskingIdentityCodes(inJSON:)) : nil
                    entries.append(
                        AuditTrailEntry(
                            sequence: sequence, caseNumber: event.caseNumber?.description, caseYear: event.caseYear,
                            caseSequence: event.caseSequence, name: event.name, on: event.on,
                            recordedAt: event.recordedAt,
                            actor: event.actor, workflowVersion: event.workflowVersion, stateAfter: event.stateAfter,
                            format: event.format, data: event.data, personalHash: event.personalHash,
                            stateHash: event.stateHash, previousHash: event.previousHash, hash: event.hash,
                            personalDataRemoved: event.personalHash != nil && personal == nil,
                            personalData: shown))
                }
                return entries
            }
        } catch let error as DatabaseError {
            throw StoreError(error, operation: operation)
        }
    }
}
