import DSRCases
import DSRCore
import DSRServer
import DSRStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Synchronization
import Testing

/// The browser interface over a fresh in-memory register (``ServerFixture``'s profile and access request) with three
/// users who sign in with a password (cheap bcrypt), and a clock the test moves.
struct WebFixture: Sendable {
    /// The register with its case.
    let base: ServerFixture
    /// The moment requests are served at; tests move it.
    let clock: Clock
    /// The options the server runs with.
    let options: WebOptions

    /// Every user's password.
    static let password = "correct horse battery"
    /// The cheap hashing of the tests.
    static var hashing: PasswordHashing {
        get throws { try #require(PasswordHashing(cost: 4)) }
    }

    /// A header's name.
    static func header(_ name: String) throws -> HTTPField.Name { try #require(HTTPField.Name(name)) }

    /// A clock the test moves.
    final class Clock: Sendable {
        /// The moment.
        private let moment: Mutex<Today>
        /// Starts at the fixture's fixed moment.
        init() throws { moment = Mutex(try ServerFixture.today()) }
        /// The moment now.
        var now: Today { moment.withLock { $0 } }
        /// Moves the clock on.
        func advance(seconds: TimeInterval) {
            moment.withLock { $0.now = $0.now.addingTimeInterval(seconds) }
        }
    }

    /// A fresh fixture; `trustedProxy` as `--trusted-proxy`.
    static func make(trustedProxy: String? = nil) async throws -> WebFixture {
        let base = try await ServerFixture.make()
        let today = try ServerFixture.today()
        for role in UserRole.allCases {
            _ = try await base.service.addUser(
                AddUser(
                    name: try #require(UserName(ServerFixture.user(role))), role: role,
                    credential: .password(password), hashing: try hashing), actor: "setup", today: today)
        }
        return WebFixture(
            base: base, clock: try Clock(),
            options: WebOptions(secureCookies: true, trustedProxy: trustedProxy, hashing: try hashing))
    }

    /// Runs `body` with a client of the server, driven in process.
    func withClient(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let clock = self.clock
        var server = APIServer(
            service: base.service, resolver: try base.resolver,
            logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        ) { clock.now }
        server.web = options
        let application = Application(router: server.router())
        try await application.test(.router, body)
    }

    /// The headers of a form post (with the session cookie, if any).
    static func formHeaders(cookie: String? = nil, extra: HTTPFields = [:]) -> HTTPFields {
        var fields = extra
        fields[.contentType] = "application/x-www-form-urlencoded"
        if let cookie { fields[.cookie] = cookie }
        return fields
    }

    /// Signs in, with the sign-in form's CSRF token and cookie from a fresh sign-in page, and returns the response.
    static func signIn(
        _ client: any TestClientProtocol, name: String, password: String = password, headers: HTTPFields = [:]
    ) async throws -> TestResponse {
        let form = try await get(client, "/sign-in", cookie: nil)
        let token = try csrfToken(in: form)
        let cookie = String(try #require(form.headers[.setCookie]?.split(separator: ";").first))
        return try await client.execute(
            uri: "/sign-in", method: .post, headers: formHeaders(cookie: cookie, extra: headers),
            body: ByteBuffer(
                string: "csrf=\(token)&name=\(name)&password=\(password.replacingOccurrences(of: " ", with: "+"))"))
    }

    /// A signed-in session of a role's user: its cookie (`dsr_session=ID`).
    static func session(_ client: any TestClientProtocol, _ role: UserRole) async throws -> String {
        let response = try await signIn(client, name: ServerFixture.user(role))
        #expect(response.status == .seeOther)
        let setCookie = try #require(response.headers[.setCookie])
        return String(try #require(setCookie.split(separator: ";").first))
    }

    /// GETs a page with a session cookie.
    static func get(_ client: any TestClientProtocol, _ uri: String, cookie: String?, headers: HTTPFields = [:])
        async throws -> TestResponse
    {
        var fields = headers
        if let cookie { fields[.cookie] = cookie }
        return try await client.execute(uri: uri, method: .get, headers: fields)
    }

    /// POSTs a form with a session cookie.
    static func post(_ client: any TestClientProtocol, _ uri: String, cookie: String?, form: String)
        async throws -> TestResponse
    {
        try await client.execute(
            uri: uri, method: .post, headers: formHeaders(cookie: cookie), body: ByteBuffer(string: form))
    }

    /// The CSRF token in a page's forms.
    static func csrfToken(in page: TestResponse) throws -> String {
        let html = String(buffer: page.body)
        let marker = #"name="csrf" value=""#
        let start = try #require(html.range(of: marker)).upperBound
        let end = try #require(html[start...].firstIndex(of: "\""))
        return String(html[start..<end])
    }

    /// The CSRF token of a session (read from its dashboard).
    static func csrfToken(_ client: any TestClientProtocol, cookie: String) async throws -> String {
        try csrfToken(in: try await get(client, "/", cookie: cookie))
    }
}
