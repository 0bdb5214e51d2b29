import DSRCore

/// The tool's wording of refused changes to users and tokens: what went wrong and which command helps. No message
/// repeats a user's name, a password, a token or a setup code.
extension UserError: CommandLineWorded {
    /// The message for a user error.
    var commandLineMessage: String {
        switch self {
        case .unknownUser:
            "no user has that name; list the users with 'dsr user list'. Nothing was changed."
        case .duplicateUser:
            "a user with that name exists already; see 'dsr user list'. Nothing was changed."
        case .userDisabled:
            "the user is disabled; nothing was changed. Add a user under another name if they need access again."
        case .sameRole(_, let role):
            "the user's role is \(role.rawValue) already; nothing was changed."
        case .lastAdministrator:
            "the user is the last enabled admin; add another with 'dsr user add NAME --role admin' first. "
                + "Nothing was changed."
        case .unknownToken(let id):
            "no token has id \(id); list the tokens with 'dsr token list'. Nothing was changed."
        case .tokenRevoked:
            domainMessage
        case .setupCodeNotAccepted:
            "the setup code is not valid (wrong, used, or older than 24 hours); an admin can set the password with "
                + "'dsr user password NAME --password-stdin'. Nothing was changed."
        case .notPermitted:
            domainMessage
        }
    }
}
