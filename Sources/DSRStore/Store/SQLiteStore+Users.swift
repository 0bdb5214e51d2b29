import DSRCore
import Foundation
import GRDB

extension SQLiteStore {
    /// The columns of `account` that ``userRecord(_:)`` reads, in this order.
    static let accountColumns = """
        name, role, disabled, passwordHash, setupCodeHash, setupCodeExpiresAt, sessionsGeneration
        """

    /// The user with this name, secrets included, or `nil`.
    public func user(named name: UserName) throws(StoreError) -> UserRecord? {
        let operation = "read a user"
        let row = try readStatement(operation) { db in
            try Row.fetchOne(
                db.cachedStatement(sql: "SELECT \(Self.accountColumns) FROM account WHERE name = ?"),
                arguments: [name.rawValue])
        }
        return try row.map { row throws(StoreError) in try Self.userRecord(row, operation: operation) }
    }

    /// Every user, by name.
    public func users() throws(StoreError) -> [UserRecord] {
        let operation = "list the users"
        let rows = try read(operation) { db in
            try Row.fetchAll(db, sql: "SELECT \(Self.accountColumns) FROM account ORDER BY name")
        }
        var users: [UserRecord] = []
        for row in rows { users.append(try Self.userRecord(row, operation: operation)) }
        return users
    }

    /// Changes one user atomically (``UserStorage/changeUser(named:_:)``).
    public func changeUser(
        named name: UserName, _ change: (UserRecord?, Int) throws -> (UserRecord, EventEntry)
    ) throws -> UserRecord {
        let operation = "change a user"
        return try write(operation) { db in
            let current = try Row.fetchOne(
                db, sql: "SELECT \(Self.accountColumns) FROM account WHERE name = ?", arguments: [name.rawValue]
            ).map { row throws(StoreError) in try Self.userRecord(row, operation: operation) }
            let administrators =
                try Int.fetchOne(
                    db,
                    sql:
                        "SELECT COUNT(*) FROM account WHERE role = 'admin' AND disabled = 0 AND passwordHash IS NOT NULL"
                ) ?? 0
            let (record, entry) = try callerStep { try change(current, administrators) }
            guard record.name == name, let event = UserEventRule.userStateEvent(of: entry, naming: name) else {
                throw StoreError.failed(operation: operation, reason: "the entry is not a user event naming the user")
            }
            if event == .userAdded, current != nil { throw CallerFailure(error: UserError.duplicateUser(name)) }
            if event != .userAdded, current == nil { throw CallerFailure(error: UserError.unknownUser(name)) }
            let sequence = try EventRow.append(entry, stateJSON: record.stateJSON, operation: operation, in: db)
            let arguments: StatementArguments = [
                record.role.rawValue, record.isDisabled ? 1 : 0, record.passwordHash, record.setupCodeHash,
                record.setupCodeExpiresAt, record.sessionsGeneration, sequence, name.rawValue,
            ]
            if event == .userAdded {
                try db.execute(
                    sql: """
                        INSERT INTO account (role, disabled, passwordHash, setupCodeHash, setupCodeExpiresAt,
                            sessionsGeneration, lastEventSequence, name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: arguments)
            } else {
                try db.execute(
                    sql: """
                        UPDATE account SET role = ?, disabled = ?, passwordHash = ?, setupCodeHash = ?,
                            setupCodeExpiresAt = ?, sessionsGeneration = ?, lastEventSequence = ? WHERE name = ?
                        """, arguments: arguments)
            }
            return record
        }
    }

    /// Stores a new token with its `token-created` event (``UserStorage/addToken(_:entry:)``).
    public func addToken(_ token: TokenRecord, entry: EventEntry) throws -> Int64 {
        let operation = "create a token"
        return try write(operation) { db in
            guard
                let disabled = try Int.fetchOne(
                    db, sql: "SELECT disabled FROM account WHERE name = ?", arguments: [token.user.rawValue])
            else { throw CallerFailure(error: UserError.unknownUser(token.user)) }
            if disabled != 0 { throw CallerFailure(error: UserError.userDisabled(token.user)) }
            guard UserEventRule.isTokenCreated(entry, for: token.user) else {
                throw StoreError.failed(operation: operation, reason: "the entry is not a token-created event")
            }
            guard let createdAt = UTCTimestamp.string(from: entry.recordedAt) else {
                throw StoreError.failed(operation: operation, reason: "the time to record is out of range")
            }
            let sequence = try EventRow.append(entry, stateJSON: token.stateJSON, operation: operation, in: db)
            try db.execute(
                sql: """
                    INSERT INTO apiToken (id, user, kind, label, secretHash, createdAt, createdBy)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    sequence, token.user.rawValue, token.kind.rawValue, token.label, token.secretHash, createdAt,
                    entry.actor,
                ])
            return sequence
        }
    }

    /// Marks a token revoked with its `token-revoked` event (``UserStorage/revokeToken(id:entry:)``).
    public func revokeToken(id: Int64, entry: EventEntry) throws {
        let operation = "revoke a token"
        try write(operation) { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT revokedEventSequence FROM apiToken WHERE id = ?", arguments: [id])
            else { throw CallerFailure(error: UserError.unknownToken(id)) }
            if Int64.fromDatabaseValue(row[0]) != nil { throw CallerFailure(error: UserError.tokenRevoked(id)) }
            guard UserEventRule.isTokenRevoked(entry, id: id) else {
                throw StoreError.failed(operation: operation, reason: "the entry is not a token-revoked event")
            }
            let sequence = try EventRow.append(entry, stateJSON: nil, operation: operation, in: db)
            try db.execute(
                sql: "UPDATE apiToken SET revokedEventSequence = ? WHERE id = ?", arguments: [sequence, id])
        }
    }

    /// The columns ``tokenRecord(_:operation:)`` reads, from `apiToken` (`t`) and the revoking event (`r`).
    static let tokenQuery = """
        SELECT t.id, t.user, t.kind, t.label, t.secretHash, t.createdAt, t.createdBy, r.recordedAt
        FROM apiToken t LEFT JOIN event r ON r.sequence = t.revokedEventSequence
        """

    /// The token with this id, or `nil`.
    public func token(id: Int64) throws(StoreError) -> TokenRecord? {
        let operation = "read a token"
        let row = try readStatement(operation) { db in
            try Row.fetchOne(db.cachedStatement(sql: "\(Self.tokenQuery) WHERE t.id = ?"), arguments: [id])
        }
        return try row.map { row throws(StoreError) in try Self.tokenRecord(row, operation: operation) }
    }

    /// Every token, by id.
    public func tokens() throws(StoreError) -> [TokenRecord] {
        let operation = "list the tokens"
        let rows = try read(operation) { db in try Row.fetchAll(db, sql: "\(Self.tokenQuery) ORDER BY t.id") }
        var tokens: [TokenRecord] = []
        for row in rows { tokens.append(try Self.tokenRecord(row, operation: operation)) }
        return tokens
    }

    /// Appends a view of a case to the access log, in a transaction of its own.
    /// - Throws: ``StoreError/unknownCase(_:)`` if there is no such case; ``StoreError`` if it cannot be written.
    public func recordCaseView(_ view: CaseView) throws {
        let outcomes = try recordCaseViews([view])
        try outcomes.first?.get()
    }

    /// Appends views of cases to the access log in one transaction, in the order given, and returns each view's
    /// outcome: a view of an unknown case, or one whose time cannot be recorded, fails alone and the others are
    /// written. Used by ``CaseViewGroupCommit``.
    ///
    /// Each entry extends the log's keyed chain (``AccessLogChain``; without a key, it is written without a mac) at
    /// the position after the head's, and the head is rewritten once per transaction, sealed: the writes of the
    /// register are serialised by SQLite's write lock, so the head read inside the transaction is the newest.
    /// - Throws: ``StoreError`` if the transaction fails (then none of them is written); the error of reading the
    ///   register's key (a key file missing although the register recorded one, or another register's key).
    func recordCaseViews(_ views: [CaseView]) throws -> [Result<Void, any Error>] {
        let operation = views.count == 1 ? "record a view of case \(views[0].caseNumber)" : "record views of cases"
        let chain = try accessLogKeys.chain { try registerKey().key }
        return try write(operation) { db in
            // The rows of the access log are no request count's business (RequestCountCache).
            let changesBefore = db.totalChangesCount
            defer { requestCounts.noteUncountedChanges(db.totalChangesCount - changesBefore) }
            let exists = try db.cachedStatement(
                sql: "SELECT EXISTS (SELECT 1 FROM request WHERE caseYear = ? AND caseSequence = ?)")
            let insert = try db.cachedStatement(
                sql: """
                    INSERT INTO caseView (position, caseYear, caseSequence, actor, viewedAt, mac)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """)
            guard let head = try Row.fetchOne(db.cachedStatement(sql: "SELECT position, mac FROM caseViewHead")),
                var position = Int64.fromDatabaseValue(head[0])
            else { throw StoreError.unreadable(operation: operation, what: "the head of the access log") }
            var mac = String.fromDatabaseValue(head[1])
            var outcomes: [Result<Void, any Error>] = []
            outcomes.reserveCapacity(views.count)
            for view in views {
                let caseArguments: StatementArguments = [view.caseNumber.year, view.caseNumber.sequence]
                guard try Bool.fetchOne(exists, arguments: caseArguments) == true else {
                    outcomes.append(.failure(StoreError.unknownCase(view.caseNumber)))
                    continue
                }
                guard let viewedAt = UTCTimestamp.string(from: view.viewedAt) else {
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
                try insert.execute(arguments: [position] + caseArguments + [view.actor, viewedAt, mac])
                outcomes.append(.success(()))
            }
            if outcomes.contains(where: { (try? $0.get()) != nil }) {
                try db.execute(
                    sql: "UPDATE caseViewHead SET position = ?, mac = ?, seal = ?",
                    arguments: [position, mac, mac.flatMap { chain?.seal(position: position, mac: $0) }])
            }
            return outcomes
        }
    }

    /// The access log, oldest first (``UserStorage/caseViews(of:after:limit:)``).
    public func caseViews(of caseNumber: CaseNumber?, after: Int64, limit: Int) throws(StoreError) -> [CaseView] {
        let operation = "read the access log"
        let rows = try read(operation) { db in
            if let caseNumber {
                return try Row.fetchAll(
                    db,
                    sql: """
                        SELECT position, caseYear, caseSequence, actor, viewedAt FROM caseView
                        WHERE caseYear = ? AND caseSequence = ? AND position > ? ORDER BY position LIMIT ?
                        """, arguments: [caseNumber.year, caseNumber.sequence, after, max(0, limit)])
            }
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT position, caseYear, caseSequence, actor, viewedAt FROM caseView
                    WHERE position > ? ORDER BY position LIMIT ?
                    """, arguments: [after, max(0, limit)])
        }
        var views: [CaseView] = []
        for row in rows {
            guard let position = Int64.fromDatabaseValue(row[0]), let year = Int.fromDatabaseValue(row[1]),
                let sequence = Int.fromDatabaseValue(row[2]), let actor = String.fromDatabaseValue(row[3]),
                let viewedAt = String.fromDatabaseValue(row[4]).flatMap(UTCTimestamp.date(from:))
            else { throw .unreadable(operation: operation, what: "an entry of the access log") }
            views.append(
                CaseView(
                    position: position, caseNumber: CaseNumber(year: year, sequence: sequence), actor: actor,
                    viewedAt: viewedAt))
        }
        return views
    }

    /// A user read from the columns ``accountColumns``.
    static func userRecord(_ row: Row, operation: String) throws(StoreError) -> UserRecord {
        guard let name = String.fromDatabaseValue(row[0]).flatMap(UserName.init),
            let role = String.fromDatabaseValue(row[1]).flatMap(UserRole.init(rawValue:)),
            let disabled = Int.fromDatabaseValue(row[2]),
            let generation = Int64.fromDatabaseValue(row[6])
        else { throw .unreadable(operation: operation, what: "a user's row") }
        return UserRecord(
            name: name, role: role, isDisabled: disabled != 0, passwordHash: String.fromDatabaseValue(row[3]),
            setupCodeHash: String.fromDatabaseValue(row[4]), setupCodeExpiresAt: Int64.fromDatabaseValue(row[5]),
            sessionsGeneration: generation)
    }

    /// A token read from the columns of ``tokenQuery``.
    static func tokenRecord(_ row: Row, operation: String) throws(StoreError) -> TokenRecord {
        guard let id = Int64.fromDatabaseValue(row[0]),
            let user = String.fromDatabaseValue(row[1]).flatMap(UserName.init),
            let kind = String.fromDatabaseValue(row[2]).flatMap(TokenKind.init(rawValue:)),
            let label = String.fromDatabaseValue(row[3]), let secretHash = String.fromDatabaseValue(row[4]),
            let createdAt = String.fromDatabaseValue(row[5]).flatMap(UTCTimestamp.date(from:)),
            let createdBy = String.fromDatabaseValue(row[6])
        else { throw .unreadable(operation: operation, what: "a token's row") }
        return TokenRecord(
            id: id, user: user, kind: kind, label: label, secretHash: secretHash, createdAt: createdAt,
            createdBy: createdBy, revokedAt: String.fromDatabaseValue(row[7]).flatMap(UTCTimestamp.date(from:)))
    }
}
