import DSRCore
import Foundation
import Testing

@testable import DSRPostgres

/// Users and tokens of a PostgreSQL register changed behind dsr's back (the owner with triggers off, as in
/// ``PostgresTamperTests``): the register's verification must report a user mismatch naming the event, as for SQLite;
/// and with the triggers on, the database itself refuses such changes.
struct PostgresUserTamperTests {
    /// One change behind dsr's back and the event the problem must name.
    struct Tampering: Sendable, CustomTestStringConvertible {
        /// The SQL run as the owner with triggers off.
        var sql: String
        /// The event the user mismatch must name.
        var sequence: Int64

        var testDescription: String { sql }
    }

    /// The register ``make(_:)`` builds: event 1 adds anna (admin), 2 adds bob (handler), 3 creates bob's token,
    /// 4 makes bob an auditor.
    static let tamperings: [Tampering] = [
        Tampering(sql: "UPDATE account SET role = 'admin' WHERE name = 'bob'", sequence: 4),
        Tampering(sql: "UPDATE account SET password_hash = 'x' WHERE name = 'anna'", sequence: 1),
        Tampering(sql: "UPDATE account SET last_event_sequence = 2 WHERE name = 'bob'", sequence: 2),
        Tampering(sql: "DELETE FROM account WHERE name = 'bob'", sequence: 2),
        Tampering(
            sql: "INSERT INTO account SELECT 'carl', role, disabled, password_hash, setup_code_hash, "
                + "setup_code_expires_at, sessions_generation, last_event_sequence FROM account WHERE name = 'anna'",
            sequence: 1),
        Tampering(sql: "UPDATE api_token SET secret_hash = repeat('d', 64)", sequence: 3),
        Tampering(sql: "UPDATE api_token SET label = 'other'", sequence: 3),
        Tampering(sql: "UPDATE api_token SET revoked_event_sequence = 4", sequence: 3),
        Tampering(sql: "DELETE FROM api_token", sequence: 3),
        Tampering(
            sql: "INSERT INTO api_token SELECT 4, user_name, kind, label, repeat('e', 64), created_at, created_by, "
                + "NULL FROM api_token", sequence: 4),
    ]

    /// A register-wide entry.
    private static func entry(_ event: SystemEvent, _ data: [String: String]) throws -> EventEntry {
        let day = try #require(CivilDate(year: 2026, month: 3, day: 2))
        return EventEntry(
            caseNumber: nil, name: event.rawValue, on: day, recordedAt: Date(timeIntervalSince1970: 1_790_000_000),
            actor: "test-officer", workflowVersion: 0, stateAfter: nil, data: EventEntry.canonicalJSON(data))
    }

    /// Builds the register of ``tamperings``.
    private static func make(_ store: PostgresStore) async throws {
        let anna = try #require(UserName("anna"))
        let bob = try #require(UserName("bob"))
        for (name, role) in [(anna, UserRole.admin), (bob, .handler)] {
            let entry = try entry(.userAdded, ["user": name.rawValue, "role": role.rawValue])
            _ = try await store.changeUser(named: name) { _, _ in
                (UserRecord(name: name, role: role, passwordHash: "$2b$04$hash"), entry)
            }
        }
        let token = TokenRecord(
            user: bob, kind: .api, label: "ci", secretHash: String(repeating: "c", count: 64),
            createdAt: Date(timeIntervalSince1970: 1_790_000_000), createdBy: "test-officer")
        let id = try await store.addToken(
            token, entry: try entry(.tokenCreated, ["user": "bob", "label": "ci", "kind": "api"]))
        #expect(id == 3)
        let changed = try entry(.userRoleChanged, ["user": "bob", "role": "auditor"])
        _ = try await store.changeUser(named: bob) { current, _ in
            var next = try #require(current)
            next.role = .auditor
            next.sessionsGeneration += 1
            return (next, changed)
        }
    }

    @Test(.enabled(if: PostgresServer.isGiven), arguments: tamperings)
    func tamperingWithUsersOrTokensIsReportedNamingTheEvent(_ tampering: Tampering) async throws {
        try await PostgresServer.withScratchDatabase { location in
            let store = try await PostgresStore.open(
                location, password: PostgresServer.password(location), migrating: true)
            try await Self.make(store)
            let clean = try await store.verifyChain(replaying: nil, anchors: [], checkingIdentityKey: false)
            #expect(clean.isIntact, "\(clean.problems)")

            // When the owner changes users or tokens with the triggers off
            let result = try PostgresServer.psql(location, "SET session_replication_role = replica; " + tampering.sql)
            #expect(result.status == 0, "\(result.stderr)")

            // Then the verification reports a user mismatch at the event that recorded the row
            let report = try await store.verifyChain(replaying: nil, anchors: [], checkingIdentityKey: false)
            #expect(
                report.problems.contains { $0.kind == .userMismatch && $0.sequence == tampering.sequence },
                "\(report.problems)")
            await store.close()
        }
    }

    @Test(.enabled(if: PostgresServer.isGiven))
    func withTheTriggersOnUsersAndTokensChangeOnlyWithTheirEvents() async throws {
        try await PostgresServer.withScratchDatabase { location in
            let store = try await PostgresStore.open(
                location, password: PostgresServer.password(location), migrating: true)
            try await Self.make(store)
            for sql in [
                "UPDATE account SET role = 'admin' WHERE name = 'bob'", "DELETE FROM account",
                "TRUNCATE account CASCADE", "UPDATE api_token SET revoked_event_sequence = 4", "DELETE FROM api_token",
                "INSERT INTO account SELECT 'carl', role, disabled, password_hash, setup_code_hash, "
                    + "setup_code_expires_at, sessions_generation, 4 FROM account WHERE name = 'anna'",
            ] {
                let result = try PostgresServer.psql(location, sql)
                #expect(result.status != 0, "\(sql) was allowed")
            }
            let report = try await store.verifyChain(replaying: nil, anchors: [], checkingIdentityKey: false)
            #expect(report.isIntact, "\(report.problems)")
            await store.close()
        }
    }
}
