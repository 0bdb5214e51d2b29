import DSRCore
import GRDB

extension SQLiteStore: SuppressionStorage {
    /// The earliest suppression entry matching a contact (``SuppressionStorage/suppression(of:)``), on the store's
    /// executor: the objections to direct marketing that keep their personal data, compared by their normalised
    /// contacts, and the keyed tags (`purgedTag`, kinds `suppressed-email` and `suppressed-phone`) their purges left.
    ///
    /// The tags are made with the key's purged-tag secret, which `dsr key rotate` carries over to the new key (the
    /// contacts are gone, so they cannot be tagged again): the list stays usable after a rotation.
    public func suppression(of contact: SuppressionContact) async throws -> Suppression? {
        try await StoreExecutor.run {
            let key = try self.registerKey().key
            let operation = "look up the suppression list"
            return try self.read(operation) { db -> Suppression? in
                var found: [Suppression] = []
                let objections = try RequestRow.fetchAll(
                    db,
                    sql: """
                        SELECT * FROM request
                        WHERE kind = 'objection' AND json_extract(record, '$.isDirectMarketing') = 1
                        """)
                for row in objections {
                    let record = try Self.decodeRecord(row, operation: operation)
                    if Suppression.contacts(of: record).contains(contact) {
                        found.append(Suppression(caseNumber: record.caseNumber, since: record.received))
                    }
                }
                if let key {
                    let tagged = try Row.fetchAll(
                        db,
                        sql: """
                            SELECT purgedTag.caseYear, purgedTag.caseSequence, request.received FROM purgedTag
                            JOIN request USING (caseYear, caseSequence) WHERE tag = ?
                            """, arguments: [key.purgedTag(PurgedTagKind(contact), of: contact.value)])
                    for row in tagged {
                        guard let since = String.fromDatabaseValue(row["received"]).flatMap(CivilDate.init(parsing:))
                        else { throw StoreError.unreadable(operation: operation, what: "a suppressed request") }
                        found.append(
                            Suppression(
                                caseNumber: CaseNumber(year: row["caseYear"], sequence: row["caseSequence"]),
                                since: since))
                    }
                }
                return found.min { ($0.since, $0.caseNumber) < ($1.since, $1.caseNumber) }
            }
        }
    }
}
