import DSRCore

/// Finds who is calling the API from the bearer token of a request (`Authorization: Bearer TOKEN`).
///
/// The server authenticates every API request through this seam and records the principal's name as the actor of
/// every change. The register's user service satisfies it (tokens stored as SHA-256, users and roles in the hash
/// chain); tests give a fixed table.
public protocol PrincipalResolving: Sendable {
    /// The principal a bearer token belongs to, or `nil` when the token is unknown, revoked or its user disabled.
    ///
    /// - Parameter bearerToken: the token as sent, without the `Bearer ` prefix; never logged.
    func principal(bearerToken: String) async throws -> Principal?
}
