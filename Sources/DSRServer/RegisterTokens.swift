import DSRCases
import DSRCore

/// The register's own API tokens (`dsr token create --user NAME --label LABEL`) as the server's principals.
///
/// The service checks each bearer token: the secret's SHA-256 is compared with the stored one in constant time, and a
/// token that is unknown, revoked, a calendar token, or whose user is disabled gives no principal (401). A role change
/// or a disabled user takes effect on the next request, since nothing is cached here.
public struct RegisterTokens: PrincipalResolving {
    /// The register's use cases.
    public let service: CaseService

    /// Creates the resolver over a register's service.
    public init(service: CaseService) {
        self.service = service
    }

    /// The principal an API token acts as, or `nil`.
    public func principal(bearerToken: String) async throws -> Principal? {
        try await service.authenticate(TokenSignIn(token: bearerToken, kind: .api))
    }
}
