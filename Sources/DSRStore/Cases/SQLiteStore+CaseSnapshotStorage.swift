import DSRCore
import GRDB

extension SQLiteStore: CaseSnapshotStorage {
    /// A case whole, read in one read transaction (``CaseSnapshotStorage/caseSnapshot(_:)``), on the store's
    /// executor.
    public func caseSnapshot(_ caseNumber: CaseNumber) async throws -> CaseSnapshot? {
        try await StoreExecutor.run { try self.caseSnapshot(caseNumber) }
    }

    /// The request, its history, its letters with their dispatch state and the current controller profile, read in
    /// one read transaction (one snapshot, one turn on the connection); `nil` if there is no such case.
    func caseSnapshot(_ caseNumber: CaseNumber) throws(StoreError) -> CaseSnapshot? {
        let operation = "read case \(caseNumber)"
        let rows = try read(operation) { db -> Rows? in
            // Prepared statements kept on the connection: a server reads a case on every page of it.
            // The record's column alone: decoding the whole row (`RequestRow`) costs more than reading the record.
            guard
                let record = try String.fetchOne(
                    db.cachedStatement(sql: "SELECT record FROM request WHERE caseYear = ? AND caseSequence = ?"),
                    arguments: [caseNumber.year, caseNumber.sequence])
            else { return nil }
            return Rows(
                record: record, events: try Self.history(of: caseNumber, operation: operation, in: db),
                letters: try Self.dispatchStates(
                    where: "l.caseYear = ? AND l.caseSequence = ?", arguments: [caseNumber.year, caseNumber.sequence],
                    in: db),
                profile: try ControllerProfileRow.fetchOne(
                    db.cachedStatement(sql: "SELECT * FROM controllerProfile ORDER BY version DESC LIMIT 1")))
        }
        guard let rows else { return nil }
        var profile: ControllerProfileVersion?
        if let row = rows.profile {
            profile = ControllerProfileVersion(
                version: Int(row.version ?? 0), profile: try Self.decodeProfile(row, operation: operation))
        }
        guard let record = EventEntry.decodeCanonicalJSON(RequestRecord.self, from: rows.record) else {
            throw StoreError.unreadable(operation: operation, what: "the stored state of case \(caseNumber)")
        }
        return CaseSnapshot(record: record, events: rows.events, letters: rows.letters, profile: profile)
    }

    /// What ``caseSnapshot(_:)`` reads in its transaction, decoded after it.
    private struct Rows {
        /// The request's record, as stored.
        var record: String
        /// Its history.
        var events: [EventEntry]
        /// Its letters.
        var letters: [LetterDispatchState]
        /// The current profile's row, if a profile was set.
        var profile: ControllerProfileRow?
    }
}
