import DSRCore
import Foundation

extension SQLiteStore: UserStorage {
    /// The user with this name (``user(named:)``), on the store's executor.
    public func user(named name: UserName) async throws -> UserRecord? {
        try await StoreExecutor.run { try self.user(named: name) }
    }

    /// Every user (``users()``), on the store's executor.
    public func users() async throws -> [UserRecord] {
        try await StoreExecutor.run { try self.users() }
    }

    /// Changes one user atomically (``changeUser(named:_:)``), on the store's executor.
    public func changeUser(
        named name: UserName, _ change: @escaping @Sendable (UserRecord?, Int) throws -> (UserRecord, EventEntry)
    ) async throws -> UserRecord {
        try await StoreExecutor.run { try self.changeUser(named: name, change) }
    }

    /// Stores a new token (``addToken(_:entry:)``), on the store's executor.
    public func addToken(_ token: TokenRecord, entry: EventEntry) async throws -> Int64 {
        try await StoreExecutor.run { try self.addToken(token, entry: entry) }
    }

    /// Revokes a token (``revokeToken(id:entry:)``), on the store's executor.
    public func revokeToken(id: Int64, entry: EventEntry) async throws {
        try await StoreExecutor.run { try self.revokeToken(id: id, entry: entry) }
    }

    /// The token with this id (``token(id:)``), on the store's executor.
    public func token(id: Int64) async throws -> TokenRecord? {
        try await StoreExecutor.run { try self.token(id: id) }
    }

    /// The token and its user in one call on the store's executor, the two reads one after the other: a signed-in
    /// request of `dsr serve` makes one hop to the store for them, not two.
    public func tokenAndUser(id: Int64) async throws -> (token: TokenRecord, user: UserRecord?)? {
        try await StoreExecutor.run { () throws -> (token: TokenRecord, user: UserRecord?)? in
            guard let token = try self.token(id: id) else { return nil }
            return (token, try self.user(named: token.user))
        }
    }

    /// Every token (``tokens()``), on the store's executor.
    public func tokens() async throws -> [TokenRecord] {
        try await StoreExecutor.run { try self.tokens() }
    }

    /// Appends to the access log through the store's group commit (``CaseViewGroupCommit``): views recorded at the
    /// same time share a transaction, and this returns once the one holding `view` committed.
    public func recordCaseView(_ view: CaseView) async throws {
        try await caseViewCommit.append(view) { views in try self.recordCaseViews(views) }
    }

    /// Reads the access log (``caseViews(of:after:limit:)``), on the store's executor.
    public func caseViews(of caseNumber: CaseNumber?, after: Int64, limit: Int) async throws -> [CaseView] {
        try await StoreExecutor.run { try self.caseViews(of: caseNumber, after: after, limit: limit) }
    }
}
