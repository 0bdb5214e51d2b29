import DSRCore
import DSRStore
import Foundation
import PostgresNIO

extension PostgresStore: UserStorage {
    /// The columns of `account` that ``userRecord(_:operation:)`` reads, in this order.
    static let accountColumns = """
        name, role, disabled, password_hash, setup_code_hash, setup_code_expires_at, sessions_generation
        """

    /// The columns ``tokenRecord(_:operation:)`` reads, from `api_token` (`t`) and the revoking event (`r`).
    static let tokenQuery = """
        SELECT t.id, t.user_name, t.kind, t.label, t.secret_hash, t.created_at, t.created_by, r.recorded_at
        FROM api_token t LEFT JOIN event r ON r.sequence = t.revoked_event_sequence
        """

    /// The user with this name, secrets included, or `nil`.
    public func user(named name: UserName) async throws -> UserRecord? {
        let operation = "read a user"
        return try await read(operation) { connection in
            try await self.user(named: name, operation: operation, on: connection, locking: false)
        }
    }

    /// Every user, by name.
    public func users() async throws -> [UserRecord] {
        let operation = "list the users"
        return try await read(operation) { connection in
            let rows = try await connection.guardedQuery(
                PostgresQuery(unsafeSQL: "SELECT \(Self.accountColumns) FROM account ORDER BY name"), logger: logger)
            var users: [UserRecord] = []
            for try await row in rows {
                users.append(try Self.userRecord(row.makeRandomAccess(), operation: operation))
            }
            return users
        }
    }

    /// Changes one user atomically (``UserStorage/changeUser(named:_:)``): under the lock of the chain head, so the
    /// count of enabled admins cannot change before the change is stored.
    public func changeUser(
        named name: UserName,
        _ change: @escaping @Sendable (UserRecord?, Int) throws -> (UserRecord, EventEntry)
    ) async throws -> UserRecord {
        let operation = "change a user"
        return try await write(operation) { connection, chain in
            let current = try await self.user(named: name, operation: operation, on: connection, locking: true)
            var administrators = 0
            let counted = try await connection.guardedQuery(
                "SELECT count(*) FROM account WHERE role = 'admin' AND NOT disabled AND password_hash IS NOT NULL",
                logger: logger)
            for try await count in counted.decode(Int.self) { administrators = count }
            let (record, entry) = try change(current, administrators)
            guard record.name == name, let event = UserEventRule.userStateEvent(of: entry, naming: name) else {
                throw StoreError.failed(operation: operation, reason: "the entry is not a user event naming the user")
            }
            if event == .userAdded, current != nil { throw UserError.duplicateUser(name) }
            if event != .userAdded, current == nil { throw UserError.unknownUser(name) }
            let sequence = try await chain.append(
                entry, stateJSON: record.stateJSON, operation: operation, on: connection, logger: logger)
            let role = record.role.rawValue
            if event == .userAdded {
                try await connection.guardedQuery(
                    """
                    INSERT INTO account (name, role, disabled, password_hash, setup_code_hash, setup_code_expires_at,
                        sessions_generation, last_event_sequence)
                    VALUES (\(name.rawValue), \(role), \(record.isDisabled), \(record.passwordHash),
                        \(record.setupCodeHash), \(record.setupCodeExpiresAt), \(record.sessionsGeneration), \(sequence))
                    """, logger: logger)
            } else {
                try await connection.guardedQuery(
                    """
                    UPDATE account SET role = \(role), disabled = \(record.isDisabled),
                        password_hash = \(record.passwordHash), setup_code_hash = \(record.setupCodeHash),
                        setup_code_expires_at = \(record.setupCodeExpiresAt),
                        sessions_generation = \(record.sessionsGeneration), last_event_sequence = \(sequence)
                    WHERE name = \(name.rawValue)
                    """, logger: logger)
            }
            return record
        }
    }

    /// Stores a new token with its `token-created` event and returns its id (the event's sequence number).
    public func addToken(_ token: TokenRecord, entry: EventEntry) async throws -> Int64 {
        let operation = "create a token"
        guard UserEventRule.isTokenCreated(entry, for: token.user) else {
            throw StoreError.failed(operation: operation, reason: "the entry is not a token-created event")
        }
        guard let createdAt = ChainHashing.timestamp(entry.recordedAt) else {
            throw StoreError.failed(operation: operation, reason: "the time to record is out of range")
        }
        return try await write(operation) { connection, chain in
            let rows = try await connection.guardedQuery(
                "SELECT disabled FROM account WHERE name = \(token.user.rawValue) FOR UPDATE", logger: logger)
            var disabled: Bool?
            for try await value in rows.decode(Bool.self) { disabled = value }
            guard let disabled else { throw UserError.unknownUser(token.user) }
            if disabled { throw UserError.userDisabled(token.user) }
            let sequence = try await chain.append(
                entry, stateJSON: token.stateJSON, operation: operation, on: connection, logger: logger)
            try await connection.guardedQuery(
                """
                INSERT INTO api_token (id, user_name, kind, label, secret_hash, created_at, created_by)
                VALUES (\(sequence), \(token.user.rawValue), \(token.kind.rawValue), \(token.label),
                    \(token.secretHash), \(createdAt), \(entry.actor))
                """, logger: logger)
            return sequence
        }
    }

    /// Marks a token revoked with its `token-revoked` event.
    public func revokeToken(id: Int64, entry: EventEntry) async throws {
        let operation = "revoke a token"
        try await write(operation) { connection, chain in
            let rows = try await connection.guardedQuery(
                "SELECT revoked_event_sequence FROM api_token WHERE id = \(id) FOR UPDATE", logger: logger)
            var found: Int64??
            for try await revokedBy in rows.decode(Int64?.self) { found = .some(revokedBy) }
            guard let revokedBy = found else { throw UserError.unknownToken(id) }
            if revokedBy != nil { throw UserError.tokenRevoked(id) }
            guard UserEventRule.isTokenRevoked(entry, id: id) else {
                throw StoreError.failed(operation: operation, reason: "the entry is not a token-revoked event")
            }
            let sequence = try await chain.append(
                entry, stateJSON: nil, operation: operation, on: connection, logger: logger)
            try await connection.guardedQuery(
                "UPDATE api_token SET revoked_event_sequence = \(sequence) WHERE id = \(id)", logger: logger)
        }
    }

    /// The token with this id, with its secret's hash, or `nil`.
    public func token(id: Int64) async throws -> TokenRecord? {
        let operation = "read a token"
        return try await read(operation) { connection in
            var bindings = PostgresBindings()
            bindings.append(id)
            let rows = try await connection.guardedQuery(
                PostgresQuery(unsafeSQL: "\(Self.tokenQuery) WHERE t.id = $1", binds: bindings), logger: logger)
            for try await row in rows { return try Self.tokenRecord(row.makeRandomAccess(), operation: operation) }
            return nil
        }
    }

    /// Every token, revoked ones included, by id.
    public func tokens() async throws -> [TokenRecord] {
        let operation = "list the tokens"
        return try await read(operation) { connection in
            let rows = try await connection.guardedQuery(
                PostgresQuery(unsafeSQL: "\(Self.tokenQuery) ORDER BY t.id"), logger: logger)
            var tokens: [TokenRecord] = []
            for try await row in rows {
                tokens.append(try Self.tokenRecord(row.makeRandomAccess(), operation: operation))
            }
            return tokens
        }
    }

    /// Appends a view of a case's personal data to the access log, extending its keyed chain (``AccessLogChain``;
    /// without a key, the entry is written without a mac), through the store's batcher (``CaseViewBatcher``): views
    /// recorded at the same time share a transaction (``recordCaseViews(_:)``).
    public func recordCaseView(_ view: CaseView) async throws {
        try await caseViewBatcher.append(view) { views in try await self.recordCaseViews(views) }
    }

    /// Appends views of cases to the access log in one transaction, in the order given, and returns each view's
    /// outcome: a view of an unknown case, or one whose time cannot be recorded, fails alone and the others are
    /// written.
    ///
    /// The log's head row is locked (`SELECT … FOR UPDATE`; the access log's own lock, not the event chain's, so views
    /// never wait for registrations), each entry's mac computed from the one before, from the head's, and the entries
    /// and the sealed head written with two statements. Transactions of views are therefore one at a time: each
    /// process batches its views (``CaseViewBatcher``) so that they do not queue there one by one.
    /// - Throws: ``StoreError`` if the transaction fails (then none of them is written); the error of reading the
    ///   register's key (a key file missing although the register recorded one, or another register's key).
    func recordCaseViews(_ views: [CaseView]) async throws -> [Result<Void, any Error>] {
        let operation = views.count == 1 ? "record a view of case \(views[0].caseNumber)" : "record views of cases"
        let chain = try await accessLogKeys.chainAwaiting { try await self.registerKey().key }
        let times = views.map { ChainHashing.timestamp($0.viewedAt) }
        let cases = Array(Set(views.map(\.caseNumber)))
        return try await transaction(operation, "BEGIN ISOLATION LEVEL READ COMMITTED") { connection in
            let heads = try await connection.guardedQuery(
                "SELECT position, mac FROM case_view_head FOR UPDATE", logger: logger)
            var head: (position: Int64, mac: String?)?
            for try await (position, mac) in heads.decode((Int64, String?).self) { head = (position, mac) }
            guard var (position, mac) = head else {
                throw StoreError.unreadable(operation: operation, what: "the head of the access log")
            }
            var caseBindings = PostgresBindings(capacity: cases.count * 2)
            var casePairs: [String] = []
            for caseNumber in cases {
                caseBindings.append(caseNumber.year)
                caseBindings.append(caseNumber.sequence)
                casePairs.append("($\(caseBindings.count - 1), $\(caseBindings.count))")
            }
            let found = try await connection.guardedQuery(
                PostgresQuery(
                    unsafeSQL: "SELECT case_year, case_sequence FROM request WHERE (case_year, case_sequence) IN ("
                        + casePairs.joined(separator: ", ") + ")", binds: caseBindings), logger: logger)
            var existing: Set<CaseNumber> = []
            for try await (year, number) in found.decode((Int, Int).self) {
                existing.insert(CaseNumber(year: year, sequence: number))
            }
            var outcomes: [Result<Void, any Error>] = []
            var bindings = PostgresBindings(capacity: views.count * 6)
            var tuples: [String] = []
            for (view, viewedAt) in zip(views, times) {
                guard existing.contains(view.caseNumber) else {
                    outcomes.append(.failure(StoreError.unknownCase(view.caseNumber)))
                    continue
                }
                guard let viewedAt else {
                    outcomes.append(
                        .failure(
                            StoreError.failed(
                                operation: "record a view of case \(view.caseNumber)",
                                reason: "the time to record is out of range")))
                    continue
                }
                position += 1
                mac = chain?.mac(
                    previous: mac, position: position, caseYear: view.caseNumber.year,
                    caseSequence: view.caseNumber.sequence, actor: view.actor, viewedAt: viewedAt)
                bindings.append(position)
                bindings.append(view.caseNumber.year)
                bindings.append(view.caseNumber.sequence)
                bindings.append(view.actor)
                bindings.append(viewedAt)
                bindings.append(mac)
                let last = bindings.count
                tuples.append("(" + (last - 5...last).map { "$\($0)" }.joined(separator: ", ") + ")")
                outcomes.append(.success(()))
            }
            guard !tuples.isEmpty else { return outcomes }
            try await connection.guardedQuery(
                PostgresQuery(
                    unsafeSQL: """
                        INSERT INTO case_view (position, case_year, case_sequence, actor, viewed_at, mac)
                        OVERRIDING SYSTEM VALUE VALUES \(tuples.joined(separator: ", "))
                        """, binds: bindings), logger: logger)
            let seal = mac.flatMap { chain?.seal(position: position, mac: $0) }
            try await connection.guardedQuery(
                "UPDATE case_view_head SET position = \(position), mac = \(mac), seal = \(seal)", logger: logger)
            return outcomes
        }
    }

    /// The access log, oldest first (``UserStorage/caseViews(of:after:limit:)``).
    public func caseViews(of caseNumber: CaseNumber?, after: Int64, limit: Int) async throws -> [CaseView] {
        let operation = "read the access log"
        var bindings = PostgresBindings()
        bindings.append(after)
        bindings.append(max(0, limit))
        var sql = "SELECT position, case_year, case_sequence, actor, viewed_at FROM case_view WHERE position > $1"
        if let caseNumber {
            bindings.append(caseNumber.year)
            bindings.append(caseNumber.sequence)
            sql += " AND case_year = $3 AND case_sequence = $4"
        }
        sql += " ORDER BY position LIMIT $2"
        let query = PostgresQuery(unsafeSQL: sql, binds: bindings)
        return try await read(operation) { connection in
            var views: [CaseView] = []
            let rows = try await connection.guardedQuery(query, logger: logger)
            for try await row in rows {
                let cells = row.makeRandomAccess()
                guard let position = Self.cell(cells, 0, as: Int64.self), let year = Self.cell(cells, 1, as: Int.self),
                    let sequence = Self.cell(cells, 2, as: Int.self), let actor = Self.cell(cells, 3, as: String.self),
                    let viewedAt = Self.cell(cells, 4, as: String.self).flatMap(ChainHashing.date(fromTimestamp:))
                else { throw StoreError.unreadable(operation: operation, what: "an entry of the access log") }
                views.append(
                    CaseView(
                        position: position, caseNumber: CaseNumber(year: year, sequence: sequence), actor: actor,
                        viewedAt: viewedAt))
            }
            return views
        }
    }

    /// The user with this name on `connection`, its row locked for the transaction if `locking`.
    private func user(named name: UserName, operation: String, on connection: PostgresConnection, locking: Bool)
        async throws -> UserRecord?
    {
        var bindings = PostgresBindings()
        bindings.append(name.rawValue)
        let sql = "SELECT \(Self.accountColumns) FROM account WHERE name = $1" + (locking ? " FOR UPDATE" : "")
        let rows = try await connection.guardedQuery(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger)
        for try await row in rows { return try Self.userRecord(row.makeRandomAccess(), operation: operation) }
        return nil
    }

    /// A user read from the columns ``accountColumns``.
    static func userRecord(_ cells: PostgresRandomAccessRow, operation: String) throws -> UserRecord {
        guard let name = cell(cells, 0, as: String.self).flatMap(UserName.init),
            let role = cell(cells, 1, as: String.self).flatMap(UserRole.init(rawValue:)),
            let disabled = cell(cells, 2, as: Bool.self),
            let passwordHash = cell(cells, 3, as: String?.self),
            let setupCodeHash = cell(cells, 4, as: String?.self),
            let setupCodeExpiresAt = cell(cells, 5, as: Int64?.self),
            let generation = cell(cells, 6, as: Int64.self)
        else { throw StoreError.unreadable(operation: operation, what: "a user's row") }
        return UserRecord(
            name: name, role: role, isDisabled: disabled, passwordHash: passwordHash, setupCodeHash: setupCodeHash,
            setupCodeExpiresAt: setupCodeExpiresAt, sessionsGeneration: generation)
    }

    /// A token read from the columns of ``tokenQuery``.
    static func tokenRecord(_ cells: PostgresRandomAccessRow, operation: String) throws -> TokenRecord {
        guard let id = cell(cells, 0, as: Int64.self),
            let user = cell(cells, 1, as: String.self).flatMap(UserName.init),
            let kind = cell(cells, 2, as: String.self).flatMap(TokenKind.init(rawValue:)),
            let label = cell(cells, 3, as: String.self), let secretHash = cell(cells, 4, as: String.self),
            let createdAt = cell(cells, 5, as: String.self).flatMap(ChainHashing.date(fromTimestamp:)),
            let createdBy = cell(cells, 6, as: String.self),
            let revoked = cell(cells, 7, as: String?.self)
        else { throw StoreError.unreadable(operation: operation, what: "a token's row") }
        return TokenRecord(
            id: id, user: user, kind: kind, label: label, secretHash: secretHash, createdAt: createdAt,
            createdBy: createdBy, revokedAt: revoked.flatMap(ChainHashing.date(fromTimestamp:)))
    }
}
