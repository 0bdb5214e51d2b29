import DSRCases
import DSRCore
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// The HTTP server of `dsr serve`: the JSON API under `/api/v1` over the service layer, authenticated by bearer
/// token, with one log line per request.
///
/// ``router()`` builds the routes (the tests drive it in process); ``run(host:port:)`` serves them until SIGTERM or
/// SIGINT, when in-flight requests are answered and the server stops (swift-service-lifecycle's graceful shutdown).
public struct APIServer: Sendable {
    /// The register's use cases.
    public let service: CaseService
    /// Resolves bearer tokens to principals.
    public let resolver: any PrincipalResolving
    /// The moment a request is served at.
    public let today: @Sendable () throws -> Today
    /// Where request lines and the server's own messages go.
    public let logger: Logger
    /// How the browser interface signs users in and keeps their sessions (`--insecure-cookies`, `--trusted-proxy`).
    public var web = WebOptions()

    /// Creates the server over a service, a token resolver and a clock.
    public init(
        service: CaseService, resolver: any PrincipalResolving, logger: Logger,
        today: @escaping @Sendable () throws -> Today
    ) {
        self.service = service
        self.resolver = resolver
        self.logger = logger
        self.today = today
    }

    /// The routes: the OpenAPI document (public), and the API, whose every route needs a bearer token, the
    /// reading ones any role, the changing ones a handler's or an admin's.
    public func router() -> Router<APIContext> {
        let routes = APIRoutes(service: service, today: today)
        let router = Router(context: APIContext.self)
        router.add(middleware: RequestLogMiddleware(logger: logger))
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: ProblemMiddleware(logger: logger))
        router.get("/api/v1/openapi.yaml") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: Self.openAPIDocument)))
        }
        // Authentication first, so that a caller without a valid token never has a body read at all.
        let api = router.group("/api/v1").add(middleware: AuthenticationMiddleware(resolver: resolver))
            .add(middleware: BodyLimitMiddleware())
        let read = api.group().add(middleware: RoleMiddleware(.read))
        let change = api.group().add(middleware: RoleMiddleware(.change))
        read.get("requests", use: routes.list)
        change.post("requests", use: routes.register)
        read.get("requests/{case}", use: routes.show)
        change.post("requests/{case}/events", use: routes.record)
        read.get("requests/{case}/letters/{type}", use: routes.letter)
        change.post("requests/{case}/letters", use: routes.issueLetter)
        read.get("grounds", use: routes.grounds)
        read.get("report", use: routes.report)
        read.get("audit/verify", use: routes.verifyAudit)
        WebRoutes(service: service, options: web, today: today).add(to: router)
        return router
    }

    /// The OpenAPI 3.1 document of the API (docs/openapi.yaml, compiled into the binary).
    public static var openAPIDocument: String { EmbeddedResources.files["openapi.yaml"] ?? "" }

    /// Serves the API on `host:port` until SIGTERM or SIGINT, then drains in-flight requests and returns.
    public func run(host: String, port: Int) async throws {
        let application = Application(
            router: router(),
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            logger: logger)
        try await application.runService()  // graceful shutdown on SIGTERM and SIGINT, the default
    }
}
