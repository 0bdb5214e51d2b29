import HTTPTypes
import Hummingbird

/// Adds the security headers to every response, errors included: a Content-Security-Policy that allows no script
/// at all and no framing (`frame-ancestors 'none'`), `X-Content-Type-Options: nosniff`, `Referrer-Policy:
/// no-referrer`, and `Cache-Control: no-store`, since the API's answers carry personal data. A header the route set
/// itself is kept (the browser interface's pages set a policy that allows their own style sheet, script and forms).
public struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The policy: nothing may load but the document's own inline styles (letters in HTML use them) and inline
    /// images; no script, no framing, no form targets, no base URI.
    public static var contentSecurityPolicy: String {
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; "
            + "form-action 'none'"
    }

    /// Creates the middleware.
    public init() {}

    /// Passes the request on and sets the headers on its response.
    public func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response = try await next(request, context)
        for (name, value) in Self.headers where response.headers[name] == nil { response.headers[name] = value }
        return response
    }

    /// The headers and their values (`X-Frame-Options` for browsers that do not read `frame-ancestors`).
    static var headers: [(HTTPField.Name, String)] {
        [
            ("Content-Security-Policy", contentSecurityPolicy), ("X-Content-Type-Options", "nosniff"),
            ("X-Frame-Options", "DENY"), ("Referrer-Policy", "no-referrer"), ("Cache-Control", "no-store"),
        ].compactMap { name, value in HTTPField.Name(name).map { ($0, value) } }
    }
}
