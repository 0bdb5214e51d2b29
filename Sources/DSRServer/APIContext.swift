import DSRCore
import Hummingbird

/// The request context of the API: Hummingbird's core storage and the principal the bearer token resolved to.
public struct APIContext: RequestContext {
    /// Hummingbird's own per-request values (logger, route template, path parameters).
    public var coreContext: CoreRequestContextStorage
    /// Who is calling, once ``AuthenticationMiddleware`` has resolved the bearer token; `nil` before.
    public var principal: Principal?
    /// The browser interface's state of the request (its session and form), once ``WebSessionMiddleware`` has read it.
    public var web: WebRequestState?
    /// The address of the peer that sent the request (a reverse proxy's, behind one), as text; `nil` if unknown.
    public var peerAddress: String?

    /// Creates the context of a new request.
    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        principal = nil
        web = nil
        peerAddress = source.channel.remoteAddress?.ipAddress
    }

    /// The largest request body accepted, in bytes (1 MiB), also enforced by ``BodyLimitMiddleware`` before any
    /// route reads the body.
    public var maxUploadSize: Int { BodyLimitMiddleware<APIContext>.limit }
}
