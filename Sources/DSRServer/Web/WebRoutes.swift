import DSRCases
import DSRCore
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// The browser interface: server-rendered pages over the service layer, signed in with a user's password, kept
/// by a server-side session (``WebSessions``), every form guarded by the session's CSRF token, the sign-in guarded
/// by ``SignInLimiter``.
///
/// The pages: sign-in, dashboard (`/`), case list (`/requests`), the registration form (`/requests/new`), the case
/// page (`/requests/{case}`) with the actions the workflow allows now and its assignment, the yearly report (`/report`), and for admins
/// the users (`/users`) and the controller profile with the notice import and its lint report (`/profile`). An
/// auditor is shown no form that changes anything, and a POST of one is 403.
struct WebRoutes: Sendable {
    /// The register's use cases.
    let service: CaseService
    /// Cookies, proxy and hashing.
    let options: WebOptions
    /// The moment a request is served at.
    let today: @Sendable () throws -> Today
    /// The signed-in sessions.
    let sessions: WebSessions
    /// The sign-in rate limit.
    let limiter: SignInLimiter
    /// The templates.
    let pages = WebPages.shared

    /// Creates the routes with empty session and rate-limit stores.
    init(service: CaseService, options: WebOptions, today: @escaping @Sendable () throws -> Today) {
        self.service = service
        self.options = options
        self.today = today
        sessions = WebSessions(idleTimeout: options.idleTimeout)
        limiter = SignInLimiter()
    }

    /// A handler of a signed-in page.
    typealias Handler = @Sendable (WebRoutes, Request, APIContext, WebRequestState) async throws -> Response

    /// Adds the pages to the router.
    func add(to router: Router<APIContext>) {
        router.get("/sign-in") { request, _ in self.signInPage(request) }
        router.post("/sign-in") { request, context in try await self.signIn(request, context: context) }
        router.get("/language/{code}") { _, context in self.chooseLanguage(context) }
        router.get("/static/{file}") { _, context in self.staticFile(context) }
        let pages = router.group().add(middleware: BodyLimitMiddleware<APIContext>())
            .add(middleware: WebSessionMiddleware(service: service, sessions: sessions, today: today))
        func get(_ path: RouterPath, _ handler: @escaping Handler) {
            pages.get(path) { request, context in try await self.guarded(request, context, handler) }
        }
        func post(_ path: RouterPath, changes: Bool = true, _ handler: @escaping Handler) {
            pages.post(path) { request, context in
                try await self.guarded(request, context) { routes, request, context, state in
                    if changes, !state.session.principal.role.maySignChanges {
                        return Self.errorPage(
                            status: .forbidden, message: WebText.texts(state.language)["forbidden"] ?? "",
                            language: state.language, session: state.session)
                    }
                    return try await handler(routes, request, context, state)
                }
            }
        }
        post("/sign-out", changes: false) { routes, _, _, state in await routes.signOut(state) }
        get("/") { routes, _, _, state in try await routes.dashboard(state) }
        get("/requests") { routes, request, _, state in try await routes.list(request, state: state) }
        get("/requests/new") { routes, _, _, state in routes.newRequest(state) }
        post("/requests") { routes, _, _, state in try await routes.register(state) }
        get("/requests/{case}") { routes, _, context, state in try await routes.casePage(context, state: state) }
        post("/requests/{case}/events") { routes, _, context, state in try await routes.record(context, state: state) }
        post("/requests/{case}/assignee") { routes, _, context, state in
            try await routes.assign(context, state: state)
        }
        post("/requests/{case}/notes") { routes, _, context, state in try await routes.addNote(context, state: state) }
        get("/requests/{case}/letters/{type}") { routes, request, context, state in
            try await routes.letter(request, context: context, state: state)
        }
        post("/requests/{case}/letters") { routes, _, context, state in
            try await routes.issueLetter(context, state: state)
        }
        get("/report") { routes, request, _, state in try await routes.reportPage(request, state: state) }
        get("/profile") { routes, _, _, state in try await routes.profilePage(state) }
        post("/profile") { routes, _, _, state in try await routes.changeProfile(state) }
        post("/profile/notice") { routes, _, _, state in try await routes.importNoticePage(state) }
        get("/users") { routes, _, _, state in try await routes.usersPage(state) }
        post("/users") { routes, _, _, state in try await routes.addUser(state) }
        post("/users/{name}/disable") { routes, _, context, state in try await routes.disableUser(context, state: state)
        }
        post("/users/{name}/role") { routes, _, context, state in try await routes.changeRole(context, state: state) }
    }

    /// Runs a page's handler and answers any error as an error page with the API's status for it (its message
    /// never holds personal data).
    func guarded(_ request: Request, _ context: APIContext, _ handler: Handler) async throws -> Response {
        guard let state = context.web else { return WebPages.redirect("/sign-in") }
        do {
            return try await handler(self, request, context, state)
        } catch {
            let problem = ProblemMiddleware<APIContext>.problem(for: error)
            return Self.errorPage(
                status: problem.status, message: problem.detail, language: state.language, session: state.session)
        }
    }

    /// An error page.
    static func errorPage(
        status: HTTPResponse.Status, message: String, language: Language, session: WebSession?
    ) -> Response {
        WebPages.shared.page(
            "error", title: WebText.texts(language)["error"] ?? "",
            values: ["message": message, "status": status.code],
            language: language, session: session, status: status)
    }

    /// The admin-only guard: `nil` for an admin, else the 403 page.
    func adminOnly(_ state: WebRequestState) -> Response? {
        guard !state.session.principal.role.mayAdminister else { return nil }
        return Self.errorPage(
            status: .forbidden, message: WebText.texts(state.language)["forbidden"] ?? "", language: state.language,
            session: state.session)
    }

    // MARK: Signing in

    /// `GET /sign-in`: the form, with a fresh CSRF token in a hidden field and in the `dsr_signin` cookie.
    func signInPage(_ request: Request) -> Response {
        let language = WebCookies.language(of: request.headers)
        return signInForm(language: language, values: [:])
    }

    /// The sign-in form with a fresh CSRF token (in the form and its cookie).
    func signInForm(
        language: Language, values: [String: Any], status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]
    ) -> Response {
        let token = WebSessions.randomHex()
        var values = values
        values["signInToken"] = token
        var fields = headers
        fields[.setCookie] = WebCookies.signInCookie(token, secure: options.secureCookies)
        return pages.page(
            "sign-in", title: WebText.texts(language)["signIn"] ?? "", values: values, language: language,
            session: nil, status: status, headers: fields)
    }

    /// `POST /sign-in`: checks the rate limit (before any hashing), then the password; a new session on success.
    func signIn(_ request: Request, context: APIContext) async throws -> Response {
        let language = WebCookies.language(of: request.headers)
        let texts = WebText.texts(language)
        var request = request
        let form = WebForm(urlencoded: String(buffer: try await request.collectBody(upTo: 16_384)))
        // The form's CSRF token must match its cookie: a sign-in forged from another site (which would sign the
        // victim in as the forger) has neither.
        guard let token = form.fields.first(where: { $0.name == "csrf" })?.value,
            let cookie = WebCookies.value(WebCookies.signIn, in: request.headers),
            WebSessions.constantTimeEqual(token, cookie)
        else {
            return signInForm(
                language: language,
                values: ["error": texts["signInExpired"] ?? ""], status: .forbidden)
        }
        let name = form["name"] ?? ""
        let password = form.fields.first(where: { $0.name == "password" })?.value ?? ""
        let address = ClientAddress.resolve(
            peer: context.peerAddress, headers: request.headers, trustedProxy: options.trustedProxy)
        let keys = [SignInLimiter.userKey(name), SignInLimiter.addressKey(address)]
        let moment = try today()
        if let wait = await limiter.check(keys, now: moment.now) {
            var headers: HTTPFields = [:]
            if let retryAfter = HTTPField.Name("Retry-After") { headers[retryAfter] = String(wait) }
            return signInForm(
                language: language, values: ["error": texts["tooMany"] ?? "", "name": name],
                status: .tooManyRequests, headers: headers)
        }
        guard
            let user = try await service.signIn(
                PasswordSignIn(name: name, password: password, hashing: options.hashing))
        else {
            await limiter.failed(keys, now: moment.now)
            return signInForm(
                language: language, values: ["error": texts["signInFailed"] ?? "", "name": name],
                status: .unauthorized)
        }
        await limiter.succeeded(SignInLimiter.userKey(name))
        let session = await sessions.start(user.principal, generation: user.sessionsGeneration, now: moment.now)
        return WebPages.redirect(
            "/", headers: [.setCookie: WebCookies.sessionCookie(session.id, secure: options.secureCookies)])
    }

    /// `POST /sign-out`: ends the session and clears its cookie.
    func signOut(_ state: WebRequestState) async -> Response {
        await sessions.end(id: state.session.id)
        return WebPages.redirect(
            "/sign-in", headers: [.setCookie: WebCookies.clearedSession(secure: options.secureCookies)])
    }

    /// `GET /language/{fi|en}`: remembers the language in a cookie and goes to the dashboard.
    func chooseLanguage(_ context: APIContext) -> Response {
        let language: Language = context.parameters.get("code") == "en" ? .en : .fi
        return WebPages.redirect(
            "/", headers: [.setCookie: WebCookies.languageCookie(language, secure: options.secureCookies)])
    }

    /// `GET /static/{file}`: the style sheet and the script, compiled into the binary.
    func staticFile(_ context: APIContext) -> Response {
        let name = context.parameters.get("file") ?? ""
        let types = ["style.css": "text/css; charset=utf-8", "app.js": "text/javascript; charset=utf-8"]
        guard let type = types[name], let text = EmbeddedResources.files["static/" + name] else {
            return Response(status: .notFound)
        }
        return Response(
            status: .ok, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
