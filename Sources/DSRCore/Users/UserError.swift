import Foundation

/// A change to a register's users or tokens that cannot be made. Messages never repeat a user's name, a password, a
/// token or a setup code; the cases carry the data a front end needs.
public enum UserError: LocalizedErrorWithCategory, Sendable, Equatable {
    /// No user has this name (exit 66).
    case unknownUser(UserName)
    /// A user with this name exists already (exit 1).
    case duplicateUser(UserName)
    /// The user is disabled, so nothing more can be changed for them (exit 1).
    case userDisabled(UserName)
    /// The user has this role already (exit 1).
    case sameRole(UserName, UserRole)
    /// The change would leave the register without an enabled administrator (exit 1).
    case lastAdministrator(UserName)
    /// No token has this id (exit 66).
    case unknownToken(Int64)
    /// The token was revoked already (exit 1).
    case tokenRevoked(Int64)
    /// The setup code is wrong, used, expired, or the user has none (exit 1); which of these is not said.
    case setupCodeNotAccepted
    /// The role may not do this (exit 1): for example a handler reading the access log.
    case notPermitted(UserRole)

    /// Unknown users and tokens are "not found"; the rest are refusals.
    public var category: ErrorCategory {
        switch self {
        case .unknownUser, .unknownToken: .notFound
        case .duplicateUser, .userDisabled, .sameRole, .lastAdministrator, .tokenRevoked, .setupCodeNotAccepted,
            .notPermitted:
            .ruleViolation
        }
    }

    /// What was wrong, in domain words, without the user's name.
    public var errorDescription: String? {
        switch self {
        case .unknownUser: "no user has that name; nothing was changed."
        case .duplicateUser: "a user with that name exists already; nothing was changed."
        case .userDisabled: "the user is disabled; nothing was changed."
        case .sameRole(_, let role): "the user's role is \(role.rawValue) already; nothing was changed."
        case .lastAdministrator:
            "the user is the last enabled admin who can sign in; add another admin and let them set a password "
                + "first. Nothing was changed."
        case .unknownToken(let id): "no token has id \(id); nothing was changed."
        case .tokenRevoked(let id): "token \(id) was revoked already; nothing was changed."
        case .setupCodeNotAccepted:
            "the setup code is not valid (wrong, used, or older than 24 hours); ask an admin for a new one. "
                + "Nothing was changed."
        case .notPermitted(let role): "the \(role.rawValue) role may not do this; nothing was done."
        }
    }
}
