import Foundation

/// Where a shared register keeps its users, their tokens and the access log, as the service layer sees it.
///
/// Every change to a user or a token is stored with its register-wide event (``SystemEvent/userAdded`` …) in one
/// transaction, chained like every event; the event's data names the user, role, label or token id, never a password,
/// hash, token or setup code, and its state hash commits to the stored row (``UserRecord/stateJSON``,
/// ``TokenRecord/stateJSON``). The access log (``CaseView``) is append-only and not in the event chain; a store keeps
/// it under a keyed chain of its own, which `dsr audit verify` checks (docs/storage.md, "The access log").
public protocol UserStorage: Sendable {
    /// The user with this name, secrets included, or `nil`.
    func user(named name: UserName) async throws -> UserRecord?

    /// Every user, by name.
    func users() async throws -> [UserRecord]

    /// Changes one user atomically: reads the user's current state (`nil` if there is no such user) and the number of
    /// enabled admins who have a password (an admin whose setup code is still pending cannot sign in yet), lets `change` compute the new state and its event (or throw), and stores both in one
    /// transaction. `user-added` inserts the user; the other user events replace its state.
    /// - Returns: The state stored.
    /// - Throws: whatever `change` throws; ``UserError/duplicateUser(_:)`` if a `user-added` names an existing user;
    ///   ``StoreError`` (including an entry that is not a user event naming this user).
    func changeUser(
        named name: UserName,
        _ change:
            @escaping @Sendable (_ current: UserRecord?, _ administratorsWhoCanSignIn: Int) throws -> (
                UserRecord, EventEntry
            )
    ) async throws -> UserRecord

    /// Stores a new token with its `token-created` event and returns its id (the event's sequence number).
    /// - Throws: ``UserError/unknownUser(_:)``, ``UserError/userDisabled(_:)``; ``StoreError``.
    func addToken(_ token: TokenRecord, entry: EventEntry) async throws -> Int64

    /// Marks a token revoked with its `token-revoked` event.
    /// - Throws: ``UserError/unknownToken(_:)``, ``UserError/tokenRevoked(_:)``; ``StoreError``.
    func revokeToken(id: Int64, entry: EventEntry) async throws

    /// The token with this id, with its secret's hash, or `nil`.
    func token(id: Int64) async throws -> TokenRecord?

    /// Every token, revoked ones included, by id.
    func tokens() async throws -> [TokenRecord]

    /// The token with this id and the user it acts for (`nil` if no such user), or `nil` if there is no such token:
    /// what a signed-in request checks, which a store may read in one call (the default reads the two in turn).
    func tokenAndUser(id: Int64) async throws -> (token: TokenRecord, user: UserRecord?)?

    /// Appends a view of a case's personal data to the access log.
    /// - Throws: ``StoreError/unknownCase(_:)`` for a case that does not exist; ``StoreError``.
    func recordCaseView(_ view: CaseView) async throws

    /// The access log, oldest first: of one case, or of every case; at most `limit` entries whose position is after
    /// `after` (0 for the start; the last position of a page for the next).
    func caseViews(of caseNumber: CaseNumber?, after: Int64, limit: Int) async throws -> [CaseView]
}

extension UserStorage {
    /// The token and its user, read by ``token(id:)`` and then ``user(named:)``.
    public func tokenAndUser(id: Int64) async throws -> (token: TokenRecord, user: UserRecord?)? {
        guard let token = try await token(id: id) else { return nil }
        return (token, try await user(named: token.user))
    }
}
