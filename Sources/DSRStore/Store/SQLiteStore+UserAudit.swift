import DSRCore
import Foundation
import GRDB

extension SQLiteStore {
    /// The names of the events that change a user's state, as an SQL list.
    private static let userStateEventList = SystemEvent.userStateEvents.map { "'\($0.rawValue)'" }
        .joined(separator: ", ")

    /// Checks the users and tokens against the events that recorded them, for `dsr audit verify`: each user's row
    /// must be the state its newest user event committed to (``UserRecord/stateJSON``, password hash included), each
    /// token's row the one its `token-created` event committed to, revoked exactly when a `token-revoked` event names
    /// it; no user or token event may lack its row. The event log itself is checked by the chain walk.
    /// - Returns: One ``ChainProblem`` of kind ``ChainProblem/Kind/userMismatch`` per finding; none if all agree.
    func userProblems() throws(StoreError) -> [ChainProblem] {
        try read("check the users against the event log") { db in
            var problems: [ChainProblem] = []
            func report(_ sequence: Int64?, _ detail: String) {
                problems.append(ChainProblem(kind: .userMismatch, sequence: sequence, caseNumber: nil, detail: detail))
            }
            let accounts = try Row.fetchAll(
                db,
                sql: """
                    SELECT a.name, a.role, a.disabled, a.passwordHash, a.setupCodeHash, a.setupCodeExpiresAt,
                        a.sessionsGeneration, a.lastEventSequence, e.sequence IS NOT NULL,
                        e.caseYear IS NULL AND e.name IN (\(Self.userStateEventList))
                            AND json_extract(e.data, '$.user') IS a.name,
                        e.stateHash,
                        (SELECT MAX(sequence) FROM event WHERE caseYear IS NULL AND name IN (\(Self.userStateEventList))
                            AND json_extract(data, '$.user') IS a.name)
                    FROM account a LEFT JOIN event e ON e.sequence = a.lastEventSequence ORDER BY a.name
                    """)
            for (index, row) in accounts.enumerated() {
                let sequence = Int64.fromDatabaseValue(row[7])
                let which = "user \(index + 1) of \(accounts.count) by name"
                guard let record = try? Self.userRecord(row, operation: "check the users") else {
                    report(sequence, "the row of \(which) cannot be read (changed behind dsr's back)")
                    continue
                }
                guard Bool.fromDatabaseValue(row[8]) == true, Bool.fromDatabaseValue(row[9]) == true else {
                    report(
                        sequence,
                        "the row of \(which) names this event, which is missing or is not an event of that user "
                            + "(changed behind dsr's back)")
                    continue
                }
                if String.fromDatabaseValue(row[10]) != EventChain.sha256Hex(record.stateJSON) {
                    report(
                        sequence,
                        "the row of \(which) is not the state this event recorded (its role, password, setup code "
                            + "or sessions generation was changed behind dsr's back)")
                }
                if Int64.fromDatabaseValue(row[11]) != sequence {
                    report(
                        sequence,
                        "the row of \(which) names this event, but a later event of that user exists "
                            + "(the row was put back behind dsr's back)")
                }
            }
            let missingUsers = try Int64.fetchAll(
                db,
                sql: """
                    SELECT MIN(sequence) FROM event WHERE caseYear IS NULL AND name IN (\(Self.userStateEventList))
                      AND NOT EXISTS (SELECT 1 FROM account WHERE name IS json_extract(event.data, '$.user'))
                    GROUP BY json_extract(data, '$.user') ORDER BY 1
                    """)
            for sequence in missingUsers {
                report(sequence, "this event added a user who is no longer stored (deleted behind dsr's back)")
            }
            let tokens = try Row.fetchAll(
                db,
                sql: """
                    SELECT t.id, t.user, t.kind, t.label, t.secretHash, t.createdAt, t.createdBy, NULL,
                        e.caseYear IS NULL AND e.name = 'token-created' AND json_extract(e.data, '$.user') IS t.user
                            AND json_extract(e.data, '$.kind') IS t.kind AND json_extract(e.data, '$.label') IS t.label
                            AND e.recordedAt IS t.createdAt AND e.actor IS t.createdBy,
                        e.stateHash, t.revokedEventSequence,
                        r.caseYear IS NULL AND r.name = 'token-revoked'
                            AND json_extract(r.data, '$.token') IS CAST(t.id AS TEXT),
                        (SELECT MIN(sequence) FROM event WHERE caseYear IS NULL AND name = 'token-revoked'
                            AND json_extract(data, '$.token') IS CAST(t.id AS TEXT))
                    FROM apiToken t LEFT JOIN event e ON e.sequence = t.id
                    LEFT JOIN event r ON r.sequence = t.revokedEventSequence ORDER BY t.id
                    """)
            for row in tokens {
                let id = Int64.fromDatabaseValue(row[0])
                let which = "token \(id.map(String.init) ?? "?")"
                guard let record = try? Self.tokenRecord(row, operation: "check the tokens") else {
                    report(id, "the row of \(which) cannot be read (changed behind dsr's back)")
                    continue
                }
                guard Bool.fromDatabaseValue(row[8]) == true else {
                    report(
                        id,
                        "the row of \(which) does not agree with the token-created event of the same number "
                            + "(changed behind dsr's back)")
                    continue
                }
                if String.fromDatabaseValue(row[9]) != EventChain.sha256Hex(record.stateJSON) {
                    report(
                        id,
                        "the row of \(which) is not the token this event recorded (its hash was changed behind "
                            + "dsr's back)")
                }
                let revokedBy = Int64.fromDatabaseValue(row[10])
                let revokingEvent = Int64.fromDatabaseValue(row[12])
                if revokedBy != revokingEvent || (revokedBy != nil && Bool.fromDatabaseValue(row[11]) != true) {
                    report(
                        id,
                        revokingEvent != nil && revokedBy == nil
                            ? "\(which) was revoked by event \(revokingEvent ?? 0), but its row says it is not "
                                + "(un-revoked behind dsr's back)"
                            : "the row of \(which) names a revocation that no token-revoked event of it recorded "
                                + "(changed behind dsr's back)")
                }
            }
            let missingTokens = try Int64.fetchAll(
                db,
                sql: """
                    SELECT sequence FROM event WHERE caseYear IS NULL AND name = 'token-created'
                      AND NOT EXISTS (SELECT 1 FROM apiToken WHERE id = event.sequence) ORDER BY sequence
                    """)
            for sequence in missingTokens {
                report(sequence, "this event created a token that is no longer stored (deleted behind dsr's back)")
            }
            return problems
        }
    }
}
