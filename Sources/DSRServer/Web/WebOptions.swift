import DSRCases
import Foundation

/// How the browser interface signs users in and keeps their sessions: `dsr serve --insecure-cookies` and
/// `--trusted-proxy`, and the password hashing (tests pass a low bcrypt cost).
public struct WebOptions: Sendable {
    /// Whether the session cookie carries `Secure` (sent over HTTPS only); off only for a server on loopback
    /// (`--insecure-cookies`), where there is no TLS.
    public var secureCookies: Bool
    /// The address of the reverse proxy whose `X-Forwarded-For` is believed (`--trusted-proxy`); `nil`: the peer's
    /// own address is the client's, and `X-Forwarded-For` is ignored.
    public var trustedProxy: String?
    /// The hashing of the register's passwords.
    public var hashing: PasswordHashing
    /// How long a session lasts without a request: 30 minutes.
    public var idleTimeout: TimeInterval

    /// Creates the options: secure cookies, no trusted proxy, production bcrypt, 30 minutes' idle expiry.
    public init(
        secureCookies: Bool = true, trustedProxy: String? = nil, hashing: PasswordHashing = .standard,
        idleTimeout: TimeInterval = 30 * 60
    ) {
        self.secureCookies = secureCookies
        self.trustedProxy = trustedProxy
        self.hashing = hashing
        self.idleTimeout = idleTimeout
    }
}
