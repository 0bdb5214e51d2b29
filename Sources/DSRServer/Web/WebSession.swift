import DSRCore
import Foundation

/// A signed-in browser session, kept on the server only (the browser holds its random id in a cookie).
public struct WebSession: Sendable, Equatable {
    /// The session's random id (256 bits, hexadecimal): the cookie's value.
    public var id: String
    /// Who signed in, with the role they had then.
    public var principal: Principal
    /// The user's sessions generation at sign-in; a session of an older generation has ended (password or role
    /// changed, user disabled).
    public var generation: Int64
    /// The session's CSRF token (256 bits, hexadecimal), sent with every form and checked on every POST.
    public var csrfToken: String
    /// When the session last served a request.
    public var lastSeen: Date
}
