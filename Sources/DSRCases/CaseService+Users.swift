import DSRCore
import Foundation

extension CaseService {
    /// Adds a user with a password, or with a one-time setup code (shown once in the result, kept as its SHA-256,
    /// valid 24 hours), and records `user-added` (the name and role only).
    /// - Throws: ``InputError`` for a password ``PasswordRules`` refuses, ``UserError/duplicateUser(_:)``; storage's
    ///   errors.
    public func addUser(_ command: AddUser, actor: String, today: Today) async throws -> AddedUser {
        if try await storage.user(named: command.name) != nil { throw UserError.duplicateUser(command.name) }
        var record = UserRecord(name: command.name, role: command.role)
        var setupCode: String?
        var expiresAt: Date?
        switch command.credential {
        case .password(let password):
            try PasswordRules.check(password)
            record.passwordHash = await command.hashing.hash(password)
        case .setupCode:
            let code = SecretToken.newSetupCode()
            let expiry = Int64(today.now.timeIntervalSince1970) + AddUser.setupCodeLifetime
            record.setupCodeHash = SecretToken.sha256Hex(code)
            record.setupCodeExpiresAt = expiry
            setupCode = code
            expiresAt = Date(timeIntervalSince1970: TimeInterval(expiry))
        }
        let credential = setupCode == nil ? "password" : "setup-code"
        let entry = userEntry(
            .userAdded, ["user": command.name.rawValue, "role": command.role.rawValue, "credential": credential],
            actor: actor, today: today)
        let stored = try await storage.changeUser(named: command.name) { [record] current, _ in
            if current != nil { throw UserError.duplicateUser(command.name) }
            return (record, entry)
        }
        return AddedUser(account: stored.account, setupCode: setupCode, setupCodeExpiresAt: expiresAt)
    }

    /// Every user, by name, without secrets.
    public func listUsers() async throws -> [UserAccount] {
        try await storage.users().map(\.account)
    }

    /// Disables a user and records `user-disabled`: they can no longer sign in, their sessions end (the sessions
    /// generation rises), their tokens stop working and a pending setup code is void.
    /// - Throws: ``UserError/unknownUser(_:)``, ``UserError/userDisabled(_:)``, ``UserError/lastAdministrator(_:)``.
    public func disableUser(_ command: DisableUser, actor: String, today: Today) async throws -> UserAccount {
        let name = command.name
        let entry = userEntry(.userDisabled, ["user": name.rawValue], actor: actor, today: today)
        return try await storage.changeUser(named: name) { current, administrators in
            guard var record = current else { throw UserError.unknownUser(name) }
            if record.isDisabled { throw UserError.userDisabled(name) }
            if Self.isLastAdministrator(record, administrators) { throw UserError.lastAdministrator(name) }
            record.isDisabled = true
            record.setupCodeHash = nil
            record.setupCodeExpiresAt = nil
            record.sessionsGeneration += 1
            return (record, entry)
        }.account
    }

    /// Gives a user another role and records `user-role-changed` (the old and new role); the user's sessions end.
    /// - Throws: ``UserError/unknownUser(_:)``, ``UserError/userDisabled(_:)``, ``UserError/sameRole(_:_:)``,
    ///   ``UserError/lastAdministrator(_:)``.
    public func changeUserRole(_ command: ChangeUserRole, actor: String, today: Today) async throws -> UserAccount {
        let name = command.name
        let role = command.role
        return try await storage.changeUser(named: name) { current, administrators in
            guard var record = current else { throw UserError.unknownUser(name) }
            if record.isDisabled { throw UserError.userDisabled(name) }
            if record.role == role { throw UserError.sameRole(name, role) }
            if Self.isLastAdministrator(record, administrators) { throw UserError.lastAdministrator(name) }
            let entry = userEntry(
                .userRoleChanged, ["user": name.rawValue, "role": role.rawValue, "previousRole": record.role.rawValue],
                actor: actor, today: today)
            record.role = role
            record.sessionsGeneration += 1
            return (record, entry)
        }.account
    }

    /// Sets a user's password and records `user-password-set` (the name only); the user's sessions end and a pending
    /// setup code is used up. With a setup code, it must be the user's, unused and less than 24 hours old.
    /// - Throws: ``InputError`` for a password ``PasswordRules`` refuses, ``UserError/unknownUser(_:)``,
    ///   ``UserError/userDisabled(_:)``, ``UserError/setupCodeNotAccepted``.
    public func setPassword(_ command: SetPassword, actor: String, today: Today) async throws -> UserAccount {
        let name = command.name
        try PasswordRules.check(command.password)
        guard let before = try await storage.user(named: name) else { throw UserError.unknownUser(name) }
        if before.isDisabled { throw UserError.userDisabled(name) }
        let code = command.setupCode
        let now = Int64(today.now.timeIntervalSince1970)
        if let code, !Self.accepts(code, of: before, at: now) { throw UserError.setupCodeNotAccepted }
        let hash = await command.hashing.hash(command.password)
        let entry = userEntry(
            .userPasswordSet, ["user": name.rawValue, "via": code == nil ? "admin" : "setup-code"], actor: actor,
            today: today)
        return try await storage.changeUser(named: name) { current, _ in
            guard var record = current else { throw UserError.unknownUser(name) }
            if record.isDisabled { throw UserError.userDisabled(name) }
            // Checked again inside the change: two redemptions of one code cannot both pass.
            if let code, !Self.accepts(code, of: record, at: now) { throw UserError.setupCodeNotAccepted }
            record.passwordHash = hash
            record.setupCodeHash = nil
            record.setupCodeExpiresAt = nil
            record.sessionsGeneration += 1
            return (record, entry)
        }.account
    }

    /// Whether disabling or demoting `record` would leave no enabled admin who can sign in: `administrators` counts
    /// the enabled admins with a password (``UserStorage/changeUser(named:_:)``), so an admin whose setup code is
    /// still pending (and may expire unused) does not stand in for the last one who can sign in.
    static func isLastAdministrator(_ record: UserRecord, _ administrators: Int) -> Bool {
        record.role == .admin && !record.isDisabled && record.passwordHash != nil && administrators <= 1
    }

    /// Whether `code` is the user's pending setup code and has not expired at `now` (seconds since 1970).
    static func accepts(_ code: String, of record: UserRecord, at now: Int64) -> Bool {
        guard let hash = record.setupCodeHash, let expiresAt = record.setupCodeExpiresAt else { return false }
        let matches = SecretToken.constantTimeEqual(SecretToken.sha256Hex(code), hash)
        return matches && now < expiresAt
    }

    /// Checks a name and password: the signed-in user with their sessions generation, or `nil` when the name is
    /// unknown, the user is disabled or has no password yet, or the password is wrong. The time spent is a bcrypt
    /// verification in every case, so it does not tell which names exist.
    public func signIn(_ command: PasswordSignIn) async throws -> SignedInUser? {
        guard let name = UserName(command.name), let record = try await storage.user(named: name),
            !record.isDisabled, let hash = record.passwordHash,
            command.password.utf8.count <= PasswordRules.maximumBytes
        else {
            _ = await command.hashing.verifyNothing(command.password)
            return nil
        }
        guard await command.hashing.verify(command.password, hash: hash) else { return nil }
        return SignedInUser(
            principal: Principal(name: record.name, role: record.role), sessionsGeneration: record.sessionsGeneration)
    }

    /// Checks a name and password (``signIn(_:)``) and returns the principal, or `nil`.
    public func authenticate(_ command: PasswordSignIn) async throws -> Principal? {
        try await signIn(command)?.principal
    }

    /// The user's role and sessions generation now, or `nil` if the user is unknown or disabled: a server checks a
    /// session against it on every request and ends the session when the generation differs.
    public func sessionState(of name: UserName) async throws -> SignedInUser? {
        guard let record = try await storage.user(named: name), !record.isDisabled else { return nil }
        return SignedInUser(
            principal: Principal(name: record.name, role: record.role), sessionsGeneration: record.sessionsGeneration)
    }

    /// A register-wide entry for a user or token event.
    func userEntry(_ event: SystemEvent, _ data: [String: String], actor: String, today: Today) -> EventEntry {
        EventEntry(
            caseNumber: nil, name: event.rawValue, on: today.date, recordedAt: today.now, actor: actor,
            workflowVersion: 0, stateAfter: nil, data: EventEntry.canonicalJSON(data))
    }
}
