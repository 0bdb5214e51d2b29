import Crypto
import DSRCases
import DSRCore
import Foundation
import Testing

/// The users of a shared register through the service: passwords, roles, sessions generations, setup codes.
struct UserServiceTests {
    /// bcrypt at its lowest cost, so that the tests stay fast (production uses ``PasswordHashing/standard``).
    static func fast() throws -> PasswordHashing {
        try #require(PasswordHashing(cost: 4))
    }

    /// A password the rules accept.
    static let password = "correct horse battery"

    /// A user name.
    static func name(_ text: String) throws -> UserName {
        try #require(UserName(text))
    }

    /// Adds a user with ``password``.
    @discardableResult
    static func add(
        _ service: CaseService, _ name: String, _ role: UserRole, password: String = Self.password
    ) async throws -> AddedUser {
        try await service.addUser(
            AddUser(name: try Self.name(name), role: role, credential: .password(password), hashing: try fast()),
            actor: Fixture.actor, today: try Fixture.today())
    }

    /// Signs in.
    static func signIn(_ service: CaseService, _ name: String, _ password: String = Self.password) async throws
        -> SignedInUser?
    {
        try await service.signIn(PasswordSignIn(name: name, password: password, hashing: try fast()))
    }

    @Test func productionHashingIsBcryptAtCostTwelveOrMore() {
        #expect(PasswordHashing.productionCost >= 12)
        #expect(PasswordHashing.standard.cost >= 12)
        #expect(AddUser(name: UserName("a")!, role: .admin, credential: .setupCode).hashing.cost >= 12)
        #expect(SetPassword(name: UserName("a")!, password: "").hashing.cost >= 12)
        #expect(PasswordSignIn(name: "a", password: "").hashing.cost >= 12)
        // bcrypt's own range: anything else would trap inside the library
        #expect(PasswordHashing(cost: 3) == nil)
        #expect(PasswordHashing(cost: 32) == nil)
    }

    @Test func theRightPasswordSignsInAndAWrongOneOrAnUnknownNameDoesNot() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)
            let added = try await Self.add(service, "anna", .handler)
            #expect(added.setupCode == nil)
            #expect(added.account.hasPassword)

            let signedIn = try await Self.signIn(service, "anna")
            #expect(signedIn?.principal == Principal(name: try Self.name("anna"), role: .handler))
            #expect(signedIn?.sessionsGeneration == 1)
            #expect(
                try await service.authenticate(
                    PasswordSignIn(name: "anna", password: Self.password, hashing: try Self.fast()))?.role == .handler)
            #expect(try await Self.signIn(service, "anna", "correct horse batterY") == nil)
            #expect(try await Self.signIn(service, "anna", Self.password + "!") == nil)
            #expect(try await Self.signIn(service, "nobody") == nil)
            #expect(try await Self.signIn(service, "Not A Name") == nil)
        }
    }

    @Test func thePasswordIsKeptOnlyAsABcryptHashAndNeverInTheChain() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)
            try await Self.add(service, "anna", .admin)
            let record = try #require(try await storage.user(named: try Self.name("anna")))
            let hash = try #require(record.passwordHash)
            #expect(hash.hasPrefix("$2b$04$"))
            #expect(!hash.contains(Self.password))
            let events = try await Self.registerWideEvents(storage)
            #expect(events.map(\.name) == ["user-added"])
            #expect(events[0].data == #"{"credential":"password","role":"admin","user":"anna"}"#)
        }
    }

    /// The register-wide events but the key's, read through the audit trail.
    static func registerWideEvents(_ storage: any CaseStorage) async throws -> [AuditTrailEntry] {
        try await storage.auditTrailEntries(
            of: nil, includingPersonalData: true, after: 0, through: Int64.max, limit: 1000
        ).filter { $0.caseNumber == nil && $0.name != "identity-key" }
    }

    @Test(arguments: [
        ("elevenchars", InputError.tooShort(field: "password", minimum: 12)),
        (String(repeating: "ä", count: 37), InputError.tooManyBytes(field: "password", limit: 72)),
        (String(repeating: "a", count: 73), InputError.tooManyBytes(field: "password", limit: 72)),
        ("twelve chars\u{0}long", InputError.forbiddenCharacters(field: "password")),
    ])
    func aPasswordOutsideTheRulesIsRefusedAndNothingIsStored(password: String, expected: InputError) async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)
            await #expect(throws: expected) { try await Self.add(service, "anna", .handler, password: password) }
            #expect(try await service.listUsers().isEmpty)
        }
    }

    @Test func aPasswordOfExactly72BytesOrTwelveCharactersIsAccepted() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)
            let longest = String(repeating: "ä", count: 36)  // 72 bytes, 36 characters
            try await Self.add(service, "anna", .handler, password: longest)
            #expect(try await Self.signIn(service, "anna", longest) != nil)
            // bcrypt would ignore everything after byte 72: such a password never signs in
            #expect(try await Self.signIn(service, "anna", longest + "x") == nil)
            try await Self.add(service, "bob", .handler, password: "twelve chars")
            #expect(try await Self.signIn(service, "bob", "twelve chars") != nil)
        }
    }

    @Test func aRoleChangeRaisesTheSessionsGenerationAndTheNewRoleApplies() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)
            try await Self.add(service, "admin", .admin)
            try await Self.add(service, "anna", .handler)
            let anna = try Self.name("anna")
            let before = try #require(try await service.sessionState(of: anna))

            let account = try await service.changeUserRole(
                ChangeUserRole(name: anna, role: .auditor), actor: Fixture.actor, today: try Fixture.today())

            #expect(account.role == .auditor)
            let after = try #require(try await service.sessionState(of: anna))
            #expect(after.sessionsGeneration == before.sessionsGeneration + 1)
            #expect(after.principal.role == .auditor)
            #expect(try await Self.signIn(service, "anna")?.principal.role == .auditor)
            // The same role again is refused
            await #expect(throws: UserError.sameRole(anna, .auditor)) {
                _ = try await service.changeUserRole(
                    ChangeUserRole(name: anna, role: .auditor), actor: Fixture.actor, today: try Fixture.today())
            }
        }
    }

    @Test func aDisabledUserCannotSignInAndTheirTokensStop() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)
            let today = try Fixture.today()
            try await Self.add(service, "admin", .admin)
            try await Self.add(service, "anna", .handler)
            let anna = try Self.name("anna")
            let token = try await service.createToken(
                CreateToken(user: anna, label: "ci"), actor: Fixture.actor, today: today)
            #expect(try await service.authenticate(TokenSignIn(token: token.token)) != nil)

            let account = try await service.disableUser(DisableUser(name: anna), actor: Fixture.actor, today: today)

            #expect(account.isDisabled)
            #expect(account.sessionsGeneration == 2)
            #expect(try await Self.signIn(service, "anna") == nil)
            #expect(try await service.sessionState(of: anna) == nil)
            #expect(try await service.authenticate(TokenSignIn(token: token.token)) == nil)
            await #expect(throws: UserError.userDisabled(anna)) {
                _ = try await service.disableUser(DisableUser(name: anna), actor: Fixture.actor, today: today)
            }
            await #expect(throws: UserError.userDisabled(anna)) {
                _ = try await service.createToken(
                    CreateToken(user: anna, label: "again"), actor: Fixture.actor, today: today)
            }
        }
    }

    @Test func theLastEnabledAdminCannotBeDisabledOrDemoted() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)
            let today = try Fixture.today()
            try await Self.add(service, "root", .admin)
            let root = try Self.name("root")
            await #expect(throws: UserError.lastAdministrator(root)) {
                _ = try await service.disableUser(DisableUser(name: root), actor: Fixture.actor, today: today)
            }
            await #expect(throws: UserError.lastAdministrator(root)) {
                _ = try await service.changeUserRole(
                    ChangeUserRole(name: root, role: .handler), actor: Fixture.actor, today: today)
            }
            // An admin whose setup code is pending cannot sign in yet, so does not stand in for the last one
            let pending = try Self.name("pending")
            _ = try await service.addUser(
                AddUser(name: pending, role: .admin, credential: .setupCode), actor: Fixture.actor, today: today)
            await #expect(throws: UserError.lastAdministrator(root)) {
                _ = try await service.changeUserRole(
                    ChangeUserRole(name: root, role: .handler), actor: Fixture.actor, today: today)
            }
            // and may itself be disabled while root remains
            #expect(
                try await service.disableUser(DisableUser(name: pending), actor: Fixture.actor, today: today)
                    .isDisabled)
            // With a second admin who can sign in, the first may go
            try await Self.add(service, "second", .admin)
            #expect(
                try await service.disableUser(DisableUser(name: root), actor: Fixture.actor, today: today).isDisabled)
        }
    }

    @Test func aNewPasswordRaisesTheGenerationAndTheOldOneStopsWorking() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)
            try await Self.add(service, "anna", .handler)
            let anna = try Self.name("anna")
            let account = try await service.setPassword(
                SetPassword(name: anna, password: "another long password", hashing: try Self.fast()),
                actor: Fixture.actor, today: try Fixture.today())
            #expect(account.sessionsGeneration == 2)
            #expect(try await Self.signIn(service, "anna") == nil)
            #expect(try await Self.signIn(service, "anna", "another long password")?.sessionsGeneration == 2)
            await #expect(throws: UserError.unknownUser(try Self.name("nobody"))) {
                _ = try await service.setPassword(
                    SetPassword(name: try Self.name("nobody"), password: Self.password, hashing: try Self.fast()),
                    actor: Fixture.actor, today: try Fixture.today())
            }
        }
    }

    @Test func aSetupCodeIsShownOnceKeptHashedRedeemedOnceAndExpiresAfter24Hours() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)
            let today = try Fixture.today()
            let bob = try Self.name("bob")
            let added = try await service.addUser(
                AddUser(name: bob, role: .handler, credential: .setupCode, hashing: try Self.fast()),
                actor: Fixture.actor, today: today)
            let code = try #require(added.setupCode)
            #expect(code.count == 32)
            #expect(added.setupCodeExpiresAt == today.now.addingTimeInterval(24 * 3600))
            #expect(!added.account.hasPassword)
            // Only the code's SHA-256 is kept, and nobody signs in without a password
            let record = try #require(try await storage.user(named: bob))
            #expect(record.setupCodeHash != nil && record.setupCodeHash != code)
            #expect(record.passwordHash == nil)
            #expect(try await Self.signIn(service, "bob", "") == nil)

            func redeem(_ code: String, at moment: Today) async throws -> UserAccount {
                try await service.setPassword(
                    SetPassword(name: bob, password: Self.password, setupCode: code, hashing: try Self.fast()),
                    actor: "bob", today: moment)
            }
            // A wrong code, and the right one a second after 24 hours, are refused
            await #expect(throws: UserError.setupCodeNotAccepted) {
                _ = try await redeem(String(code.reversed()), at: today)
            }
            let late = Today(date: today.date, now: today.now.addingTimeInterval(24 * 3600))
            await #expect(throws: UserError.setupCodeNotAccepted) { _ = try await redeem(code, at: late) }

            // The right code in time sets the password, once
            let account = try await redeem(code, at: Today(date: today.date, now: today.now.addingTimeInterval(60)))
            #expect(account.hasPassword)
            #expect(try await Self.signIn(service, "bob") != nil)
            await #expect(throws: UserError.setupCodeNotAccepted) { _ = try await redeem(code, at: today) }
        }
    }

    @Test func aTokenIsShownOnceKeptAsItsSHA256AndOpensOnlyItsKind() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)
            let today = try Fixture.today()
            try await Self.add(service, "anna", .auditor)
            let anna = try Self.name("anna")

            let api = try await service.createToken(
                CreateToken(user: anna, label: "ci"), actor: Fixture.actor, today: today)
            let calendar = try await service.createToken(
                CreateToken(user: anna, label: "phone", kind: .calendar), actor: Fixture.actor, today: today)

            // The token is dsr_<id>_<43 characters of base64url>, and only the secret's SHA-256 is stored
            let parts = api.token.split(separator: "_", maxSplits: 2).map(String.init)
            #expect(parts.count == 3 && parts[0] == "dsr" && parts[1] == String(api.summary.id))
            #expect(parts[2].count == 43)
            let stored = try #require(try await storage.token(id: api.summary.id))
            #expect(stored.secretHash == Self.sha256Hex(parts[2]))
            #expect(!stored.secretHash.contains(parts[2]))
            #expect(api.token != calendar.token)
            // The listing holds no secret
            let listed = try JSONEncoder().encode(try await service.listTokens())
            #expect(!String(decoding: listed, as: UTF8.self).contains(parts[2]))
            #expect(try await service.listTokens().map(\.kind) == [.api, .calendar])

            // Each token opens its own entry point only, and a wrong secret or a made-up token opens nothing
            let principal = Principal(name: anna, role: .auditor)
            #expect(try await service.authenticate(TokenSignIn(token: api.token)) == principal)
            #expect(try await service.authenticate(TokenSignIn(token: api.token, kind: .calendar)) == nil)
            #expect(try await service.authenticate(TokenSignIn(token: calendar.token, kind: .calendar)) == principal)
            #expect(try await service.authenticate(TokenSignIn(token: calendar.token)) == nil)
            var wrong = api.token
            wrong.removeLast()
            wrong.append(api.token.last == "A" ? "B" : "A")
            #expect(try await service.authenticate(TokenSignIn(token: wrong)) == nil)
            #expect(try await service.authenticate(TokenSignIn(token: "dsr_99_" + parts[2])) == nil)
            #expect(try await service.authenticate(TokenSignIn(token: "")) == nil)

            // A revoked token opens nothing
            let revoked = try await service.revokeToken(
                RevokeToken(id: api.summary.id), actor: Fixture.actor, today: today)
            #expect(revoked.revokedAt == today.now)
            #expect(try await service.authenticate(TokenSignIn(token: api.token)) == nil)
        }
    }

    /// The lowercase hexadecimal SHA-256 of a text, computed here independently of the code under test.
    static func sha256Hex(_ text: String) -> String {
        SHA256.hash(data: Array(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    @Test func aTokenLabelIsChecked() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)
            let today = try Fixture.today()
            try await Self.add(service, "anna", .handler)
            let anna = try Self.name("anna")
            for (label, error) in [
                (" ", InputError.empty(field: "label")),
                (String(repeating: "x", count: 101), InputError.tooLong(field: "label", limit: 100)),
                ("a\u{1B}[31m", InputError.forbiddenCharacters(field: "label")),
            ] {
                await #expect(throws: error) {
                    _ = try await service.createToken(
                        CreateToken(user: anna, label: label), actor: Fixture.actor, today: today)
                }
            }
            #expect(try await service.listTokens().isEmpty)
            await #expect(throws: UserError.unknownUser(try Self.name("nobody"))) {
                _ = try await service.createToken(
                    CreateToken(user: try Self.name("nobody"), label: "ci"), actor: Fixture.actor, today: today)
            }
        }
    }

    @Test func userAndTokenEventsVerifyInTheChain() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)
            let today = try Fixture.today()
            try await Self.add(service, "root", .admin)
            try await Self.add(service, "anna", .handler)
            let anna = try Self.name("anna")
            _ = try await service.changeUserRole(
                ChangeUserRole(name: anna, role: .auditor), actor: Fixture.actor, today: today)
            let token = try await service.createToken(
                CreateToken(user: anna, label: "ci"), actor: Fixture.actor, today: today)
            _ = try await service.revokeToken(RevokeToken(id: token.summary.id), actor: Fixture.actor, today: today)
            _ = try await service.disableUser(DisableUser(name: anna), actor: Fixture.actor, today: today)

            let report = try await service.verifyAudit(VerifyAudit(checkIdentityKey: false))
            #expect(report.problems.isEmpty, "\(report.problems)")
            #expect(
                try await Self.registerWideEvents(storage).map(\.name) == [
                    "user-added", "user-added", "user-role-changed", "token-created", "token-revoked", "user-disabled",
                ])
        }
    }

    @Test func everyViewIsLoggedAndOnlyAdminsAndAuditorsReadTheLog() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)
            let today = try Fixture.today()
            let registered = try await service.register(
                RegisterRequest(draft: Fixture.draft(received: try Fixture.day(2026, 2, 2))), actor: Fixture.actor,
                today: today)
            let caseNumber = registered.record.caseNumber
            try await service.recordCaseView(RecordCaseView(caseNumber: caseNumber), actor: "anna", today: today)

            let entry = CaseView(position: 1, caseNumber: caseNumber, actor: "anna", viewedAt: today.now)
            #expect(try await service.caseViews(ListCaseViews()) == [entry])
            for role in [UserRole.admin, .auditor] {
                let requester = Principal(name: try Self.name("reader"), role: role)
                #expect(try await service.caseViews(ListCaseViews(requester: requester)) == [entry])
            }
            let handler = Principal(name: try Self.name("anna"), role: .handler)
            await #expect(throws: UserError.notPermitted(.handler)) {
                _ = try await service.caseViews(ListCaseViews(requester: handler))
            }
            // The log is not in the hash chain: the chain still verifies, with no event for the view
            let report = try await service.verifyAudit(VerifyAudit(checkIdentityKey: false))
            #expect(report.problems.isEmpty)
            #expect(report.eventsChecked == 1)
        }
    }

    @Test func addingANameTwiceIsRefused() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let service = try Fixture.service(storage)
            try await Self.add(service, "anna", .handler)
            await #expect(throws: UserError.duplicateUser(try Self.name("anna"))) {
                try await Self.add(service, "anna", .admin)
            }
            #expect(try await service.listUsers().map(\.role) == [.handler])
        }
    }

    @Test func userErrorMessagesNeverNameTheUser() throws {
        let name = try Self.name("maija.meikalainen")
        let errors: [UserError] = [
            .unknownUser(name), .duplicateUser(name), .userDisabled(name), .sameRole(name, .admin),
            .lastAdministrator(name), .unknownToken(3), .tokenRevoked(3), .setupCodeNotAccepted,
            .notPermitted(.handler),
        ]
        for error in errors {
            let message = try #require(error.errorDescription)
            #expect(!message.contains("maija"), "\(message)")
        }
        #expect(UserError.unknownUser(name).category == .notFound)
        #expect(UserError.unknownToken(3).category == .notFound)
        #expect(UserError.duplicateUser(name).category == .ruleViolation)
    }

    @Test func theCheckWithoutAUserVerifiesAgainstAHashOfItsOwnCost() throws {
        // A dummy at another cost (or hashed anew for each check) would make an unknown name slower or faster than
        // a known one; one real hash per cost, kept, makes it one verification at the same cost
        for cost: UInt8 in [4, 5] {
            let dummy = PasswordHashing.dummyHash(cost: cost)
            #expect(dummy.hasPrefix("$2b$0\(cost)$"), "\(dummy.prefix(7))")
            #expect(PasswordHashing.dummyHash(cost: cost) == dummy)
        }
        #expect(PasswordHashing.dummyHash(cost: 4) != PasswordHashing.dummyHash(cost: 5))
    }

    @Test func theCheckWithoutAUserTakesTheTimeOfARealOne() async throws {
        // A made-up name must cost a bcrypt verification too, or the answer's timing tells which names exist
        let hashing = try #require(PasswordHashing(cost: 10))
        let hash = await hashing.hash(Self.password)
        let clock = ContinuousClock()
        var real: [Duration] = []
        var nothing: [Duration] = []
        // The fastest of three each, so that other tests running meanwhile do not decide the outcome
        for _ in 1...3 {
            real.append(await clock.measure { _ = await hashing.verify("wrong password", hash: hash) })
            nothing.append(await clock.measure { _ = await hashing.verifyNothing("wrong password") })
        }
        let fastestReal = try #require(real.min())
        let fastestNothing = try #require(nothing.min())
        #expect(fastestNothing > fastestReal / 3, "real \(real), without a user \(nothing)")
    }
}
