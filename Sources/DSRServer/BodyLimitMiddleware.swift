import HTTPTypes
import Hummingbird

/// Refuses request bodies over ``limit`` with 413 before any route decodes them: a declared `Content-Length` over the
/// limit is refused at once, and a body sent without one is collected only up to the limit.
///
/// Hummingbird's default limit is 2 MiB and applies only where a route decodes; this middleware applies to every
/// route of the API, so nothing reads an oversized body.
public struct BodyLimitMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The largest body accepted: 1 MiB.
    public static var limit: Int { 1024 * 1024 }

    /// Creates the middleware.
    public init() {}

    /// Checks the body's size, collects it (up to the limit) and passes the request on.
    public func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > Self.limit {
            throw Problem.bodyTooLarge(limit: Self.limit)
        }
        var request = request
        do {
            _ = try await request.collectBody(upTo: Self.limit)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw Problem.bodyTooLarge(limit: Self.limit)
        }
        return try await next(request, context)
    }
}
