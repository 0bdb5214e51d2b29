import DSRCore
import GRDB

extension SQLiteStore {
    /// Passes the log's events, one case's or all, in order and exactly as stored, to `body`, on one consistent
    /// snapshot.
    /// - Parameters:
    ///   - caseNumber: The case, or `nil` for the whole log (register-wide entries included).
    ///   - includingPersonalData: Whether to add each event's full data while it is kept. Identity codes in it are
    ///     reduced to their masked form.
    ///   - body: Receives each event.
    /// - Throws: ``StoreError`` if the log cannot be read, or whatever `body` throws.
    public func forEachAuditTrailEntry(of caseNumber: CaseNumber?, includingPersonalData: Bool,
                                       _ body: (AuditTrailEntry) throws -> Void) throws {
        let operation = caseNumber.map { "export the history of case \($0)" } ?? "export the event log"
        var sql = """
            SELECT event.*, eventPersonal.data AS personalData FROM event LEFT JOIN eventPersonal USING (sequence)
            """
        var arguments = StatementArguments()
        if let caseNumber {
            sql += " WHERE caseYear = ? AND caseSequence = ?"
            arguments = [caseNumber.year, caseNumber.sequence]
        }
        sql += " ORDER BY event.sequence"
        do {
            try writer.read { db in
                let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
                while let row = try rows.next() {
                    guard let event = try? EventRow(row: row), let sequence = event.sequence else {
                        let sequence = Int64.fromDatabaseValue(row["sequence"]) ?? 0
                        throw StoreError.failed(operation: operation,
                                                reason: "event \(sequence) cannot be read; run 'dsr audit verify'")
                    }
                    let personal = String.fromDatabaseValue(row["personalData"])
                    let shown = try includingPersonalData ? personal.map(PersonalData.maskingIdentityCodes(inJSON:)) : nil
                    try body(AuditTrailEntry(
                        sequence: sequence, caseNumber: event.caseNumber?.description, caseYear: event.caseYear,
                        caseSequence: event.caseSequence, name: event.name, on: event.on, recordedAt: event.recordedAt,
                        actor: event.actor, workflowVersion: event.workflowVersion, stateAfter: event.stateAfter,
                        format: event.format, data: event.data, personalHash: event.personalHash,
                        stateHash: event.stateHash, previousHash: event.previousHash, hash: event.hash,
                        personalDataRemoved: event.personalHash != nil && personal == nil,
                        personalData: shown))
                }
            }
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw StoreError(error, operation: operation)
        }
    }
}
