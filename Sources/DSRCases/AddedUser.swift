import DSRCore
import Foundation

/// A user just added: the account and, for ``AddUser/Credential/setupCode``, the setup code, which is shown this once
/// and kept only as its SHA-256.
public struct AddedUser: Sendable, Equatable {
    /// The account.
    public var account: UserAccount
    /// The one-time setup code, or `nil` if a password was given.
    public var setupCode: String?
    /// When the setup code expires.
    public var setupCodeExpiresAt: Date?

    /// Creates the result.
    public init(account: UserAccount, setupCode: String? = nil, setupCodeExpiresAt: Date? = nil) {
        self.account = account
        self.setupCode = setupCode
        self.setupCodeExpiresAt = setupCodeExpiresAt
    }
}
