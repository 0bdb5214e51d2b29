import DSRCases
import DSRCore
import Foundation
import Testing

/// The contract every ``UserStorage`` must keep, run against every backend of ``StoreBackend/all`` that implements it.
struct UserStorageContract {
    /// The storage the suite needs: users, and requests to view.
    private typealias UserParts = any UserStorage & RequestEventStorage & AuditStorage

    /// A register-wide entry of a user or token event.
    static func entry(_ event: SystemEvent, _ data: [String: String]) throws -> EventEntry {
        let today = try Fixture.today()
        return EventEntry(
            caseNumber: nil, name: event.rawValue, on: today.date, recordedAt: today.now, actor: Fixture.actor,
            workflowVersion: 0, stateAfter: nil, data: EventEntry.canonicalJSON(data))
    }

    /// A user name.
    static func name(_ text: String) throws -> UserName {
        try #require(UserName(text))
    }

    /// Adds a user with the given state.
    static func add(_ record: UserRecord, to storage: any UserStorage) async throws {
        let entry = try entry(.userAdded, ["user": record.name.rawValue, "role": record.role.rawValue])
        _ = try await storage.changeUser(named: record.name) { _, _ in (record, entry) }
    }

    @Test(arguments: StoreBackend.all(for: .userStorage))
    func aUserIsAddedChangedAndReadBackWithItsSecrets(backend: StoreBackend) async throws {
        try await backend.withStorage(as: UserParts.self) { storage in
            let anna = try Self.name("anna")
            let bob = try Self.name("bob")
            #expect(try await storage.user(named: anna) == nil)

            // When two users are added, one with a password hash and one with a pending setup code
            let first = UserRecord(name: anna, role: .admin, passwordHash: "$2b$04$hash")
            let second = UserRecord(
                name: bob, role: .handler, setupCodeHash: String(repeating: "a", count: 64),
                setupCodeExpiresAt: 1_800_000_000)
            try await Self.add(second, to: storage)
            try await Self.add(first, to: storage)

            // Then both read back as stored, by name
            #expect(try await storage.user(named: anna) == first)
            #expect(try await storage.users() == [first, second])

            // When a user's role changes, the change sees the current state and the number of enabled admins
            let entry = try Self.entry(.userRoleChanged, ["user": "bob", "role": "auditor"])
            let seen = try await storage.changeUser(named: bob) { current, administrators in
                #expect(current == second)
                #expect(administrators == 1)
                var next = try #require(current)
                next.role = .auditor
                next.sessionsGeneration += 1
                return (next, entry)
            }

            // Then the new state is stored, and the register verifies with its user events
            #expect(seen.role == .auditor)
            #expect(try await storage.user(named: bob)?.sessionsGeneration == 2)
            let report = try await storage.verifyChain(replaying: nil, anchors: [], checkingIdentityKey: false)
            #expect(report.problems.isEmpty)
            #expect(report.eventsChecked == 3)
        }
    }

    @Test(arguments: StoreBackend.all(for: .userStorage))
    func onlyEnabledAdminsWithAPasswordAreCounted(backend: StoreBackend) async throws {
        try await backend.withStorage(as: UserParts.self) { storage in
            // An admin with a password, one whose setup code is pending, a disabled one and a handler
            try await Self.add(
                UserRecord(name: try Self.name("anna"), role: .admin, passwordHash: "$2b$04$a"), to: storage)
            try await Self.add(
                UserRecord(
                    name: try Self.name("bob"), role: .admin, setupCodeHash: String(repeating: "a", count: 64),
                    setupCodeExpiresAt: 1_800_000_000), to: storage)
            try await Self.add(
                UserRecord(name: try Self.name("carl"), role: .admin, isDisabled: true, passwordHash: "$2b$04$c"),
                to: storage)
            try await Self.add(
                UserRecord(name: try Self.name("dora"), role: .handler, passwordHash: "$2b$04$d"), to: storage)

            // Then a change sees one admin who can sign in
            let dora = try Self.name("dora")
            let entry = try Self.entry(.userRoleChanged, ["user": "dora", "role": "auditor"])
            _ = try await storage.changeUser(named: dora) { current, administrators in
                #expect(administrators == 1)
                var next = try #require(current)
                next.role = .auditor
                return (next, entry)
            }
        }
    }

    @Test(arguments: StoreBackend.all(for: .userStorage))
    func aSecondAddOfOneNameAndAChangeOfNobodyAreRefused(backend: StoreBackend) async throws {
        try await backend.withStorage(as: UserParts.self) { storage in
            let anna = try Self.name("anna")
            let record = UserRecord(name: anna, role: .handler, passwordHash: "$2b$04$hash")
            try await Self.add(record, to: storage)

            // A second user-added of the same name is a duplicate, even if the change ignores the current state
            await #expect(throws: UserError.duplicateUser(anna)) { try await Self.add(record, to: storage) }

            // A change of a user who does not exist is refused
            let carl = try Self.name("carl")
            let entry = try Self.entry(.userDisabled, ["user": "carl"])
            await #expect(throws: UserError.unknownUser(carl)) {
                _ = try await storage.changeUser(named: carl) { _, _ in
                    (UserRecord(name: carl, role: .handler, isDisabled: true), entry)
                }
            }

            // An error the change throws comes out unchanged, and nothing was stored
            await #expect(throws: UserError.lastAdministrator(anna)) {
                _ = try await storage.changeUser(named: anna) { _, _ in throw UserError.lastAdministrator(anna) }
            }
            #expect(try await storage.users() == [record])
        }
    }

    @Test(arguments: StoreBackend.all(for: .userStorage))
    func aTokenIsNumberedByItsEventKeptAsAHashAndRevokedOnce(backend: StoreBackend) async throws {
        try await backend.withStorage(as: UserParts.self) { storage in
            let anna = try Self.name("anna")
            try await Self.add(UserRecord(name: anna, role: .handler, passwordHash: "$2b$04$hash"), to: storage)
            let today = try Fixture.today()
            let token = TokenRecord(
                user: anna, kind: .calendar, label: "phone", secretHash: String(repeating: "b", count: 64),
                createdAt: today.now, createdBy: Fixture.actor)

            // When a token is added
            let id = try await storage.addToken(
                token, entry: try Self.entry(.tokenCreated, ["user": "anna", "label": "phone", "kind": "calendar"]))

            // Then its id is the sequence number of its event, and it reads back with its hash
            #expect(id == 2)
            var expected = token
            expected.id = id
            #expect(try await storage.token(id: id) == expected)
            #expect(try await storage.tokens() == [expected])
            // and with its user in one call, as the two reads give them
            let both = try await storage.tokenAndUser(id: id)
            #expect(both?.token == expected)
            #expect(both?.user == (try await storage.user(named: anna)))
            #expect(both?.user?.name == anna)

            // When it is revoked, it says when; a second revocation and an unknown id are refused
            try await storage.revokeToken(id: id, entry: try Self.entry(.tokenRevoked, ["token": String(id)]))
            #expect(try await storage.token(id: id)?.revokedAt == today.now)
            await #expect(throws: UserError.tokenRevoked(id)) {
                try await storage.revokeToken(id: id, entry: try Self.entry(.tokenRevoked, ["token": String(id)]))
            }
            await #expect(throws: UserError.unknownToken(99)) {
                try await storage.revokeToken(id: 99, entry: try Self.entry(.tokenRevoked, ["token": "99"]))
            }
            #expect(try await storage.token(id: 99) == nil)
            #expect(try await storage.tokenAndUser(id: 99) == nil)
        }
    }

    @Test(arguments: StoreBackend.all(for: .userStorage))
    func aTokenNeedsAnEnabledUser(backend: StoreBackend) async throws {
        try await backend.withStorage(as: UserParts.self) { storage in
            let anna = try Self.name("anna")
            let today = try Fixture.today()
            let token = TokenRecord(
                user: anna, kind: .api, label: "ci", secretHash: String(repeating: "c", count: 64),
                createdAt: today.now, createdBy: Fixture.actor)
            let entry = try Self.entry(.tokenCreated, ["user": "anna", "label": "ci", "kind": "api"])
            await #expect(throws: UserError.unknownUser(anna)) { _ = try await storage.addToken(token, entry: entry) }

            try await Self.add(UserRecord(name: anna, role: .handler, isDisabled: true), to: storage)
            await #expect(throws: UserError.userDisabled(anna)) { _ = try await storage.addToken(token, entry: entry) }
            #expect(try await storage.tokens().isEmpty)
        }
    }

    @Test(arguments: StoreBackend.all(for: .userStorage))
    func theAccessLogKeepsEveryViewInOrderPerCaseAndInPages(backend: StoreBackend) async throws {
        try await backend.withStorage(as: UserParts.self) { storage in
            let today = try Fixture.today()
            let workflow = try WorkflowCatalog.builtIn()[.access]
            var cases: [CaseNumber] = []
            for _ in 1...2 {
                let draft = Fixture.draft(received: try Fixture.day(2026, 2, 2))
                let registered = try await storage.insert(year: 2026) { caseNumber in
                    try RequestRules.registration(
                        of: draft, caseNumber: caseNumber, workflow: workflow, calculator: DeadlineCalculator(),
                        actor: Fixture.actor, now: today.now)
                }
                cases.append(registered.caseNumber)
            }

            // When three views are logged
            for (index, caseNumber) in [cases[0], cases[1], cases[0]].enumerated() {
                try await storage.recordCaseView(
                    CaseView(
                        caseNumber: caseNumber, actor: "user\(index)",
                        viewedAt: today.now.addingTimeInterval(Double(index))))
            }

            // Then they read back in order, numbered, per case and a page at a time
            let all = try await storage.caseViews(of: nil, after: 0, limit: 10)
            #expect(all.map(\.position) == [1, 2, 3])
            #expect(all.map(\.actor) == ["user0", "user1", "user2"])
            #expect(
                all.map(\.viewedAt) == [today.now, today.now.addingTimeInterval(1), today.now.addingTimeInterval(2)])
            #expect(try await storage.caseViews(of: cases[0], after: 0, limit: 10).map(\.position) == [1, 3])
            #expect(try await storage.caseViews(of: nil, after: 1, limit: 1).map(\.position) == [2])

            // And a view of a case that does not exist is refused
            let unknown = CaseNumber(year: 2026, sequence: 99)
            await #expect(throws: StoreError.unknownCase(unknown)) {
                try await storage.recordCaseView(CaseView(caseNumber: unknown, actor: "x", viewedAt: today.now))
            }
        }
    }
}
