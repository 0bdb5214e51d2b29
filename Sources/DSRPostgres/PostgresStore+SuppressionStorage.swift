import DSRCore
import DSRStore
import Foundation
import PostgresNIO

extension PostgresStore: SuppressionStorage {
    /// The earliest suppression entry matching a contact: the objections to direct marketing that keep their
    /// personal data, compared by their normalised contacts, and the keyed tags (`purged_tag`, kinds
    /// `suppressed-email` and `suppressed-phone`) their purges left under the key's purged-tag secret, which a key
    /// rotation carries over.
    public func suppression(of contact: SuppressionContact) async throws -> Suppression? {
        let key = try await registerKey().key
        let tag = key?.purgedTag(PurgedTagKind(contact), of: contact.value)
        let operation = "look up the suppression list"
        return try await read(operation) { connection in
            var found: [Suppression] = []
            let objections = try await connection.guardedQuery(
                """
                SELECT case_year, case_sequence, record FROM request
                WHERE kind = 'objection' AND (record::jsonb ->> 'isDirectMarketing') = 'true'
                """, logger: logger)
            for try await (year, sequence, json) in objections.decode((Int, Int, String).self) {
                let record = try Self.decodeRecord(
                    json, CaseNumber(year: year, sequence: sequence), operation: operation)
                if Suppression.contacts(of: record).contains(contact) {
                    found.append(Suppression(caseNumber: record.caseNumber, since: record.received))
                }
            }
            if let tag {
                let tagged = try await connection.guardedQuery(
                    """
                    SELECT t.case_year, t.case_sequence, r.received FROM purged_tag t
                    JOIN request r USING (case_year, case_sequence) WHERE t.tag = \(tag)
                    """, logger: logger)
                for try await (year, sequence, received) in tagged.decode((Int, Int, String).self) {
                    guard let since = CivilDate(parsing: received) else {
                        throw StoreError.unreadable(operation: operation, what: "a suppressed request")
                    }
                    found.append(Suppression(caseNumber: CaseNumber(year: year, sequence: sequence), since: since))
                }
            }
            return found.min { ($0.since, $0.caseNumber) < ($1.since, $1.caseNumber) }
        }
    }
}
