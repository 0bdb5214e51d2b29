import DSRCore
import Hummingbird

/// Lets a request through only when the authenticated principal's role allows what the routes below it do: reading
/// (every role) or changing the register (``UserRole/maySignChanges``: admins and handlers); otherwise 403.
///
/// It runs after ``AuthenticationMiddleware``; a request that reaches it without a principal is 401.
public struct RoleMiddleware: RouterMiddleware {
    /// What the guarded routes do.
    public enum Access: Sendable {
        /// They only read the register: every role.
        case read
        /// They change the register: admins and handlers, not auditors.
        case change
        /// They manage users and the controller profile: admins only.
        case administer
        /// They read the access log or the audit export: admins and auditors, not handlers.
        case oversee
    }

    /// What the guarded routes need.
    public let access: Access

    /// Creates the middleware for routes that need `access`.
    public init(_ access: Access) {
        self.access = access
    }

    /// Checks the principal's role and passes the request on, or answers 401/403.
    public func handle(
        _ request: Request, context: APIContext, next: (Request, APIContext) async throws -> Response
    ) async throws -> Response {
        guard let principal = context.principal else { throw Problem.unauthenticated }
        switch access {
        case .read:
            break
        case .change:
            guard principal.role.maySignChanges else { throw Problem.forbidden(role: principal.role.rawValue) }
        case .administer:
            guard principal.role == .admin else { throw Problem.forbidden(role: principal.role.rawValue) }
        case .oversee:
            guard principal.role != .handler else { throw Problem.forbidden(role: principal.role.rawValue) }
        }
        return try await next(request, context)
    }
}
