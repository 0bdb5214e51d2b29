import DSRCore
import Foundation

/// The browser interface's state of one request: the signed-in session and, for a POST, the form it sent.
public struct WebRequestState: Sendable {
    /// The session the request belongs to.
    public var session: WebSession
    /// The form of a POST (its CSRF token already checked); empty for a GET.
    public var form: WebForm
    /// The language pages are shown in.
    public var language: Language
}
