import DSRCore
import DSRStore
import Foundation
import Testing

/// `dsr audit verify` over a shared register's users and tokens: every row must be what its events committed to,
/// and rows changed, deleted or put back behind dsr's back are found.
struct UserAuditTests {
    /// A register-wide entry of a user or token event.
    static func entry(_ event: SystemEvent, _ data: [String: String]) throws -> EventEntry {
        EventEntry(
            caseNumber: nil, name: event.rawValue, on: try Fixture.day(2026, 3, 2),
            recordedAt: Date(timeIntervalSince1970: 1_772_452_800), actor: "tester", workflowVersion: 0,
            stateAfter: nil, data: EventEntry.canonicalJSON(data))
    }

    /// A register with two users (one admin with a password, one handler with a setup code, then made an auditor)
    /// and two tokens, one revoked: events 1–6.
    static func register() throws -> SQLiteStore {
        let store = try SQLiteStore.inMemory()
        let anna = try #require(UserName("anna"))
        let bob = try #require(UserName("bob"))
        let admin = UserRecord(name: anna, role: .admin, passwordHash: "$2b$12$" + String(repeating: "a", count: 53))
        _ = try store.changeUser(named: anna) { _, _ in
            (admin, try Self.entry(.userAdded, ["user": "anna", "role": "admin"]))
        }
        var handler = UserRecord(
            name: bob, role: .handler, setupCodeHash: String(repeating: "c", count: 64),
            setupCodeExpiresAt: 1_772_539_200)
        _ = try store.changeUser(named: bob) { _, _ in
            (handler, try Self.entry(.userAdded, ["user": "bob", "role": "handler"]))
        }
        handler.role = .auditor
        handler.sessionsGeneration = 2
        _ = try store.changeUser(named: bob) { [handler] _, _ in
            (handler, try Self.entry(.userRoleChanged, ["user": "bob", "role": "auditor"]))
        }
        for (user, label) in [(anna, "ci"), (bob, "phone")] {
            let token = TokenRecord(
                user: user, kind: .api, label: label, secretHash: String(repeating: "d", count: 63) + label.prefix(1),
                createdAt: Date(timeIntervalSince1970: 1_772_452_800), createdBy: "tester")
            _ = try store.addToken(
                token,
                entry: try Self.entry(.tokenCreated, ["user": user.rawValue, "label": label, "kind": "api"]))
        }
        try store.revokeToken(id: 4, entry: try Self.entry(.tokenRevoked, ["token": "4"]))
        return store
    }

    @Test func usersAndTokensVerify() throws {
        let store = try Self.register()
        let report = try store.verifyChain(replaying: try WorkflowCatalog.builtIn())
        #expect(report.isIntact, "\(report.problems)")
        #expect(report.eventsChecked == 6)
    }

    @Test(arguments: [
        // A password hash swapped for one the intruder knows the password of
        (
            "UPDATE account SET passwordHash = '$2b$04$known' WHERE name = 'anna'", 1,
            "is not the state this event recorded"
        ),
        ("UPDATE account SET role = 'admin' WHERE name = 'bob'", 3, "is not the state this event recorded"),
        ("UPDATE account SET disabled = 1 WHERE name = 'anna'", 1, "is not the state this event recorded"),
        ("UPDATE account SET sessionsGeneration = 1 WHERE name = 'bob'", 3, "is not the state this event recorded"),
        ("UPDATE account SET setupCodeExpiresAt = 4102444800 WHERE name = 'bob'", 3, "is not the state"),
        // An older state put back, with the event that recorded it
        (
            "UPDATE account SET role = 'handler', sessionsGeneration = 1, lastEventSequence = 2 WHERE name = 'bob'", 2,
            "a later event of that user exists"
        ),
        ("DELETE FROM account WHERE name = 'bob'", 2, "added a user who is no longer stored"),
        (
            "INSERT INTO account VALUES ('eve', 'admin', 0, '$2b$04$x', NULL, NULL, 1, 1)", 1,
            "not an event of that user"
        ),
        ("UPDATE apiToken SET secretHash = 'ee' WHERE id = 4", 4, "its hash was changed"),
        ("UPDATE apiToken SET user = 'anna' WHERE id = 5", 5, "does not agree with the token-created event"),
        ("UPDATE apiToken SET revokedEventSequence = NULL WHERE id = 4", 4, "un-revoked behind dsr's back"),
        ("UPDATE apiToken SET revokedEventSequence = 3 WHERE id = 5", 5, "names a revocation"),
        ("DELETE FROM apiToken WHERE id = 5", 5, "created a token that is no longer stored"),
    ])
    func aChangedUserOrTokenRowIsFound(sql: String, sequence: Int64, detail: String) throws {
        let store = try Self.register()
        try store.tamperForTesting(sql)
        let problems = try store.verifyChain(replaying: try WorkflowCatalog.builtIn()).problems
        let found = problems.filter { $0.kind == .userMismatch }
        #expect(found.count >= 1, "\(problems)")
        #expect(found.first?.sequence == sequence, "\(problems)")
        #expect(found.first?.detail.contains(detail) == true, "\(problems)")
    }

    @Test func aChangedUserEventBreaksTheChain() throws {
        let store = try Self.register()
        try store.tamperForTesting(
            #"UPDATE event SET data = '{"role":"admin","user":"bob"}' WHERE sequence = 3"#)
        let problems = try store.verifyChain(replaying: try WorkflowCatalog.builtIn()).problems
        #expect(problems.contains { $0.kind == .hashMismatch && $0.sequence == 3 }, "\(problems)")
    }

    @Test(arguments: [
        ("UPDATE account SET role = 'admin' WHERE name = 'bob'", "a user changes only together with a new event"),
        ("DELETE FROM account", "users cannot be deleted"),
        ("UPDATE apiToken SET revokedEventSequence = NULL", "a token changes only when it is revoked"),
        ("DELETE FROM apiToken", "tokens cannot be deleted"),
        ("INSERT INTO caseView (caseYear, caseSequence, actor, viewedAt) VALUES (2026, 1, 'x', 'y')", "FOREIGN KEY"),
    ])
    func directChangesAreRefusedBySQLite(sql: String, expected: String) throws {
        let store = try Self.register()
        let error = try #require(throws: StoreError.self) { try store.executeForTesting(sql) }
        #expect(error.errorDescription?.contains(expected) == true, "\(error)")
        #expect(try store.verifyChain().isIntact)
    }
}
