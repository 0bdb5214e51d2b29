import Foundation

/// A user of a shared register as the register keeps them, secrets included: the row of the register's table of
/// users that the newest user event of this user recorded (its state hash commits to ``stateJSON``).
///
/// Only storage and the service see this type; front ends get ``UserAccount``, which holds no secret.
public struct UserRecord: Sendable, Equatable {
    /// The sign-in name.
    public var name: UserName
    /// The role.
    public var role: UserRole
    /// Whether the user is disabled (cannot sign in; tokens stop working).
    public var isDisabled: Bool
    /// The bcrypt hash of the password, or `nil` if none was set yet.
    public var passwordHash: String?
    /// The SHA-256 (lowercase hex) of a one-time setup code not yet redeemed, or `nil`.
    public var setupCodeHash: String?
    /// When the setup code expires, in whole seconds since 1970, or `nil`.
    public var setupCodeExpiresAt: Int64?
    /// The sessions generation: raised whenever the password or role changes or the user is disabled, so that a
    /// server ends sessions made under an older one.
    public var sessionsGeneration: Int64

    /// Creates a record.
    public init(
        name: UserName, role: UserRole, isDisabled: Bool = false, passwordHash: String? = nil,
        setupCodeHash: String? = nil, setupCodeExpiresAt: Int64? = nil, sessionsGeneration: Int64 = 1
    ) {
        self.name = name
        self.role = role
        self.isDisabled = isDisabled
        self.passwordHash = passwordHash
        self.setupCodeHash = setupCodeHash
        self.setupCodeExpiresAt = setupCodeExpiresAt
        self.sessionsGeneration = sessionsGeneration
    }

    /// The canonical JSON of the whole state, secrets included, whose SHA-256 the user's event records as its state
    /// hash: the chain commits to the password hash without holding it, so a hash swapped behind dsr's back is found
    /// by `audit verify`. The SHA-256 of a salted bcrypt hash reveals nothing about the password.
    public var stateJSON: String {
        CanonicalJSON.encode([
            "user": name.rawValue, "role": role.rawValue, "disabled": isDisabled ? "1" : "0",
            "passwordHash": passwordHash ?? "", "setupCodeHash": setupCodeHash ?? "",
            "setupCodeExpiresAt": setupCodeExpiresAt.map(String.init) ?? "",
            "sessionsGeneration": String(sessionsGeneration),
        ])
    }

    /// The account as front ends see it, without secrets.
    public var account: UserAccount {
        UserAccount(
            name: name, role: role, isDisabled: isDisabled, hasPassword: passwordHash != nil,
            sessionsGeneration: sessionsGeneration)
    }
}
