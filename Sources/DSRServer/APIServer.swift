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
    /// The largest attachment the API takes (`DSR_MAX_ATTACHMENT_MB`; 25 MB unless set).
    public var attachmentLimit = AttachmentLimit.standard
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
        let routes = APIRoutes(service: service, today: today, attachmentLimit: attachmentLimit)
        let router = Router(context: APIContext.self)
        router.add(middleware: RequestLogMiddleware(logger: logger))
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: ProblemMiddleware(logger: logger))
        router.get("/api/v1/openapi.yaml") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: Self.openAPIDocument)))
        }
        // Authentication, then the role, then the body limit: a caller without a valid token, or whose role may not
        // do what the route does, never has a body read at all (401 or 403, never 413).
        let api = router.group("/api/v1").add(middleware: AuthenticationMiddleware(resolver: resolver))
        // The routes that need `access`, with the 1 MiB body limit after the role check.
        func limited(_ access: RoleMiddleware.Access) -> RouterGroup<APIContext> {
            api.group().add(middleware: RoleMiddleware(access)).add(middleware: BodyLimitMiddleware())
        }
        let read = limited(.read)
        let change = limited(.change)
        read.get("requests", use: routes.list)
        change.post("requests", use: routes.register)
        read.get("requests/{case}", use: routes.show)
        change.post("requests/{case}/events", use: routes.record)
        read.get("requests/{case}/letters/{type}", use: routes.letter)
        change.post("requests/{case}/letters", use: routes.issueLetter)
        read.get("grounds", use: routes.grounds)
        read.get("report", use: routes.report)
        change.patch("requests/{case}", use: routes.setFields)
        change.post("requests/{case}/notes", use: routes.addNote)
        read.get("requests/{case}/attachments", use: routes.attachments)
        read.get("requests/{case}/attachments/{id}", use: routes.attachment)
        let administer = limited(.administer)
        administer.get("users", use: routes.listUsers)
        administer.post("users", use: routes.addUser)
        administer.post("users/{name}/disable", use: routes.disableUser)
        administer.put("users/{name}/role", use: routes.changeRole)
        administer.get("profile", use: routes.profile)
        administer.put("profile", use: routes.changeProfile)
        let oversee = limited(.oversee)
        oversee.get("audit/verify", use: routes.verifyAudit)
        oversee.get("case-views", use: routes.caseViews)
        oversee.get("audit/export", use: routes.auditExport)
        // Attachments to the attachment limit (not the 1 MiB of the other routes), authenticated all the same.
        api.group().add(middleware: RoleMiddleware(.change)).post("requests/{case}/attachments", use: routes.attach)
        // The calendar subscription: its calendar token comes in the query (read by the route), not as a bearer.
        router.get("/api/v1/calendar.ics", use: routes.calendar)
        WebRoutes(service: service, options: web, today: today).add(to: router)
        return router
    }

    /// How long a connection may stay idle (no request, or a request that stopped arriving) before it is closed.
    public static let idleTimeout = TimeAmount.seconds(30)

    /// The OpenAPI 3.1 document of the API (docs/openapi.yaml, compiled into the binary).
    public static var openAPIDocument: String { EmbeddedResources.files["openapi.yaml"] ?? "" }

    /// Serves the API on `host:port` until SIGTERM or SIGINT, then drains in-flight requests and returns.
    public func run(host: String, port: Int) async throws {
        let application = Application(
            router: router(),
            // A connection idle for 30 s is closed, so that slow or stalled clients cannot hold connections for good
            server: .http1(configuration: .init(idleTimeout: Self.idleTimeout)),
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            logger: logger)
        try await application.runService()  // graceful shutdown on SIGTERM and SIGINT, the default
    }
}
