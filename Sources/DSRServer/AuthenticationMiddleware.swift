import DSRCore
import Foundation
import HTTPTypes
import Hummingbird

/// Authenticates every request of the routes it guards by its bearer token (`Authorization: Bearer TOKEN`),
/// through ``PrincipalResolving``, and puts the principal in the context; no token or an unknown one is 401.
///
/// The token is never logged or repeated; only the principal's name is, as the actor of the changes it makes.
public struct AuthenticationMiddleware: RouterMiddleware {
    /// Resolves tokens to principals.
    public let resolver: any PrincipalResolving

    /// Creates the middleware over a resolver.
    public init(resolver: any PrincipalResolving) {
        self.resolver = resolver
    }

    /// Resolves the token and passes the request on with the principal, or answers 401.
    public func handle(
        _ request: Request, context: APIContext, next: (Request, APIContext) async throws -> Response
    ) async throws -> Response {
        guard let token = Self.bearerToken(in: request.headers),
            let principal = try await resolver.principal(bearerToken: token)
        else { throw Problem.unauthenticated }
        var context = context
        context.principal = principal
        return try await next(request, context)
    }

    /// The token of an `Authorization: Bearer TOKEN` header (the scheme in any case), or `nil`.
    static func bearerToken(in headers: HTTPFields) -> String? {
        guard let value = headers[.authorization] else { return nil }
        let parts = value.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let token: String
        if parts[1].utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII (every token dsr issues): only spaces and tabs are white space, trimmed without Foundation.
            var trimmed = parts[1]
            while let first = trimmed.first, first == " " || first == "\t" { trimmed.removeFirst() }
            while let last = trimmed.last, last == " " || last == "\t" { trimmed.removeLast() }
            token = String(trimmed)
        } else {
            token = parts[1].trimmingCharacters(in: .whitespaces)
        }
        return token.isEmpty ? nil : token
    }
}
