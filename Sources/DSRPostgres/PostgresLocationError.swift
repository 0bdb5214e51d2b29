import DSRCore
import Foundation

/// A PostgreSQL register location (`postgresql://USER@HOST:PORT/DB?…`) that cannot be used as given. Messages name
/// the part that is wrong, never the value given (a URL may hold a password or a person's login name).
public enum PostgresLocationError: LocalizedErrorWithCategory, Sendable, Equatable {
    /// The URL holds a password (`USER:PASSWORD@` or `password=`): passwords never come from the command line or
    /// the environment's location, where other users and shell histories see them.
    case passwordInLocation
    /// The URL cannot be read: `part` says which part (`host`, `port`, `database name`, `query`).
    case malformed(part: String)
    /// A query parameter this dsr does not know or accept.
    case unsupportedParameter(name: String)
    /// `sslmode` has a value other than those listed.
    case unsupportedTLSMode(accepted: [String])

    /// Every one of these is a usage error (exit 64): the location must be written differently.
    public var category: ErrorCategory { .usage }

    /// What is wrong, in the register's words.
    public var errorDescription: String? {
        switch self {
        case .passwordInLocation:
            "the PostgreSQL location holds a password; it was refused and nothing was opened. Give the URL without it "
                + "(postgresql://USER@HOST:PORT/DB) and put the password in PGPASSWORD, ~/.pgpass or the file "
                + "named by passfile=."
        case .malformed(let part):
            "the PostgreSQL location cannot be read (its \(part)); write it as postgresql://USER@HOST:PORT/DB, "
                + "with ?host=/run/postgresql for a Unix socket."
        case .unsupportedParameter(let name):
            "the PostgreSQL location has the parameter \(name), which dsr does not accept; it accepts host, port, "
                + "user, dbname, passfile, sslmode and application_name."
        case .unsupportedTLSMode(let accepted):
            "the PostgreSQL location's sslmode must be one of \(accepted.joined(separator: ", "))."
        }
    }
}
