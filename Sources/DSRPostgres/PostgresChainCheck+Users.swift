import DSRCore
import DSRStore
import Foundation
import PostgresNIO

extension PostgresChainCheck {
    /// The names of the events that change a user's state, as an SQL list.
    private static let userStateEventList = SystemEvent.userStateEvents.map { "'\($0.rawValue)'" }
        .joined(separator: ", ")

    /// Checks the users and tokens against the events that recorded them, as an SQLite register's check does: each
    /// user's row must be the state its newest user event committed to (``UserRecord/stateJSON``), each token's row
    /// the one its `token-created` event committed to, revoked exactly when a `token-revoked` event names it; no user
    /// or token event may lack its row.
    /// - Returns: One ``ChainProblem`` of kind ``ChainProblem/Kind/userMismatch`` per finding.
    static func userProblems(_ store: PostgresStore, on connection: PostgresConnection) async throws
        -> [ChainProblem]
    {
        var problems: [ChainProblem] = []
        func report(_ sequence: Int64?, _ detail: String) {
            problems.append(ChainProblem(kind: .userMismatch, sequence: sequence, caseNumber: nil, detail: detail))
        }
        let accounts = try await connection.guardedQuery(
            PostgresQuery(
                unsafeSQL: """
                    SELECT a.name, a.role, a.disabled, a.password_hash, a.setup_code_hash, a.setup_code_expires_at,
                        a.sessions_generation, a.last_event_sequence, e.sequence IS NOT NULL,
                        coalesce(e.case_year IS NULL AND e.name IN (\(userStateEventList))
                            AND (e.data::jsonb ->> 'user') IS NOT DISTINCT FROM a.name, false),
                        e.state_hash,
                        (SELECT max(sequence) FROM event WHERE case_year IS NULL AND name IN (\(userStateEventList))
                            AND (data::jsonb ->> 'user') IS NOT DISTINCT FROM a.name),
                        count(*) OVER ()
                    FROM account a LEFT JOIN event e ON e.sequence = a.last_event_sequence ORDER BY a.name
                    """), logger: store.logger)
        var index = 0
        for try await row in accounts {
            index += 1
            let cells = row.makeRandomAccess()
            let sequence = PostgresStore.cell(cells, 7, as: Int64.self)
            let total = PostgresStore.cell(cells, 12, as: Int.self) ?? index
            let which = "user \(index) of \(total) by name"
            guard let record = try? PostgresStore.userRecord(cells, operation: "check the users") else {
                report(sequence, "the row of \(which) cannot be read (changed behind dsr's back)")
                continue
            }
            guard PostgresStore.cell(cells, 8, as: Bool.self) == true,
                PostgresStore.cell(cells, 9, as: Bool.self) == true
            else {
                report(
                    sequence,
                    "the row of \(which) names this event, which is missing or is not an event of that user "
                        + "(changed behind dsr's back)")
                continue
            }
            if PostgresStore.cell(cells, 10, as: String?.self) != .some(ChainHashing.sha256Hex(record.stateJSON)) {
                report(
                    sequence,
                    "the row of \(which) is not the state this event recorded (its role, password, setup code "
                        + "or sessions generation was changed behind dsr's back)")
            }
            if PostgresStore.cell(cells, 11, as: Int64?.self) != .some(sequence) {
                report(
                    sequence,
                    "the row of \(which) names this event, but a later event of that user exists "
                        + "(the row was put back behind dsr's back)")
            }
        }
        let missingUsers = try await connection.guardedQuery(
            PostgresQuery(
                unsafeSQL: """
                    SELECT min(sequence) FROM event WHERE case_year IS NULL AND name IN (\(userStateEventList))
                      AND NOT EXISTS (SELECT 1 FROM account WHERE name IS NOT DISTINCT FROM (event.data::jsonb ->> 'user'))
                    GROUP BY (data::jsonb ->> 'user') ORDER BY 1
                    """), logger: store.logger)
        for try await sequence in missingUsers.decode(Int64.self) {
            report(sequence, "this event added a user who is no longer stored (deleted behind dsr's back)")
        }
        try await tokenProblems(store, on: connection, report: report)
        return problems
    }

    /// The tokens' part of ``userProblems(_:on:)``.
    private static func tokenProblems(
        _ store: PostgresStore, on connection: PostgresConnection, report: (Int64?, String) -> Void
    ) async throws {
        let tokens = try await connection.guardedQuery(
            """
            SELECT t.id, t.user_name, t.kind, t.label, t.secret_hash, t.created_at, t.created_by, NULL::text,
                coalesce(e.case_year IS NULL AND e.name = 'token-created'
                    AND (e.data::jsonb ->> 'user') IS NOT DISTINCT FROM t.user_name
                    AND (e.data::jsonb ->> 'kind') IS NOT DISTINCT FROM t.kind
                    AND (e.data::jsonb ->> 'label') IS NOT DISTINCT FROM t.label
                    AND e.recorded_at IS NOT DISTINCT FROM t.created_at
                    AND e.actor IS NOT DISTINCT FROM t.created_by, false),
                e.state_hash, t.revoked_event_sequence,
                coalesce(r.case_year IS NULL AND r.name = 'token-revoked'
                    AND (r.data::jsonb ->> 'token') IS NOT DISTINCT FROM t.id::text, false),
                (SELECT min(sequence) FROM event WHERE case_year IS NULL AND name = 'token-revoked'
                    AND (data::jsonb ->> 'token') IS NOT DISTINCT FROM t.id::text)
            FROM api_token t LEFT JOIN event e ON e.sequence = t.id
            LEFT JOIN event r ON r.sequence = t.revoked_event_sequence ORDER BY t.id
            """, logger: store.logger)
        for try await row in tokens {
            let cells = row.makeRandomAccess()
            let id = PostgresStore.cell(cells, 0, as: Int64.self)
            let which = "token \(id.map(String.init) ?? "?")"
            guard let record = try? PostgresStore.tokenRecord(cells, operation: "check the tokens") else {
                report(id, "the row of \(which) cannot be read (changed behind dsr's back)")
                continue
            }
            guard PostgresStore.cell(cells, 8, as: Bool.self) == true else {
                report(
                    id,
                    "the row of \(which) does not agree with the token-created event of the same number "
                        + "(changed behind dsr's back)")
                continue
            }
            if PostgresStore.cell(cells, 9, as: String?.self) != .some(ChainHashing.sha256Hex(record.stateJSON)) {
                report(
                    id,
                    "the row of \(which) is not the token this event recorded (its hash was changed behind dsr's back)")
            }
            let revokedBy = PostgresStore.cell(cells, 10, as: Int64?.self) ?? nil
            let revokingEvent = PostgresStore.cell(cells, 12, as: Int64?.self) ?? nil
            if revokedBy != revokingEvent || (revokedBy != nil && PostgresStore.cell(cells, 11, as: Bool.self) != true)
            {
                report(
                    id,
                    revokingEvent != nil && revokedBy == nil
                        ? "\(which) was revoked by event \(revokingEvent ?? 0), but its row says it is not "
                            + "(un-revoked behind dsr's back)"
                        : "the row of \(which) names a revocation that no token-revoked event of it recorded "
                            + "(changed behind dsr's back)")
            }
        }
        let missingTokens = try await connection.guardedQuery(
            """
            SELECT sequence FROM event WHERE case_year IS NULL AND name = 'token-created'
              AND NOT EXISTS (SELECT 1 FROM api_token WHERE id = event.sequence) ORDER BY sequence
            """, logger: store.logger)
        for try await sequence in missingTokens.decode(Int64.self) {
            report(sequence, "this event created a token that is no longer stored (deleted behind dsr's back)")
        }
    }
}
