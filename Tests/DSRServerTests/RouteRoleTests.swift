import DSRCases
import DSRCore
import DSRServer
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// Every API route against every role: without a token 401, with an unknown token 401, a role the route does not
/// serve 403 (an auditor changing anything, a handler or an auditor managing users, a handler reading the access log),
/// and each role allowed by the route served (2xx), with the security headers on every answer.
struct RouteRoleTests {
    /// One call of a route, as a test argument.
    struct Call: Sendable, CustomTestStringConvertible {
        /// The method.
        var method: HTTPRequest.Method
        /// The path and query, with `CASE` standing for the registered case.
        var uri: String
        /// The JSON body, if any.
        var body: String?
        /// Whether the route changes the register (auditors refused).
        var changes: Bool
        /// The status a permitted role gets.
        var success: HTTPResponse.Status
        /// The roles the route serves.
        var allowed: Set<UserRole>

        var testDescription: String { "\(method) \(uri)" }

        /// A call; by default every role may read and admins and handlers may change.
        init(
            method: HTTPRequest.Method, uri: String, body: String? = nil, changes: Bool, success: HTTPResponse.Status,
            allowed: Set<UserRole>? = nil
        ) {
            self.method = method
            self.uri = uri
            self.body = body
            self.changes = changes
            self.success = success
            self.allowed = allowed ?? (changes ? [.admin, .handler] : Set(UserRole.allCases))
        }
    }

    /// One call of each route of the API.
    static let calls: [Call] = [
        Call(method: .get, uri: "/api/v1/requests?overdue=true", changes: false, success: .ok),
        Call(
            method: .post, uri: "/api/v1/requests",
            body: #"{"kind":"access","name":"Matti Virtanen","received":"2026-03-01"}"#, changes: true,
            success: .created),
        Call(method: .get, uri: "/api/v1/requests/CASE", changes: false, success: .ok),
        Call(
            method: .post, uri: "/api/v1/requests/CASE/events", body: #"{"event":"acknowledge","on":"2026-02-03"}"#,
            changes: true, success: .ok),
        Call(
            method: .get, uri: "/api/v1/requests/CASE/letters/acknowledgement?format=text", changes: false,
            success: .ok),
        Call(
            method: .post, uri: "/api/v1/requests/CASE/letters", body: #"{"type":"acknowledgement","format":"text"}"#,
            changes: true, success: .created),
        Call(method: .get, uri: "/api/v1/grounds", changes: false, success: .ok),
        Call(method: .get, uri: "/api/v1/report?year=2026", changes: false, success: .ok),
        Call(method: .get, uri: "/api/v1/audit/verify", changes: false, success: .ok, allowed: [.admin, .auditor]),
        Call(
            method: .patch, uri: "/api/v1/requests/CASE", body: #"{"phone":"040 123 4567"}"#, changes: true,
            success: .ok),
        Call(
            method: .post, uri: "/api/v1/requests/CASE/notes", body: #"{"text":"soitettu"}"#, changes: true,
            success: .created),
        Call(
            method: .post, uri: "/api/v1/requests/CASE/attachments?fileName=kirje.txt", body: "kirjeen teksti",
            changes: true, success: .created),
        Call(method: .get, uri: "/api/v1/requests/CASE/attachments", changes: false, success: .ok),
        Call(method: .get, uri: "/api/v1/requests/CASE/attachments/1", changes: false, success: .ok),
        Call(method: .get, uri: "/api/v1/users", changes: false, success: .ok, allowed: [.admin]),
        Call(
            method: .post, uri: "/api/v1/users", body: #"{"name":"ville","role":"handler"}"#, changes: true,
            success: .created, allowed: [.admin]),
        Call(method: .post, uri: "/api/v1/users/vera/disable", changes: true, success: .ok, allowed: [.admin]),
        Call(
            method: .put, uri: "/api/v1/users/vera/role", body: #"{"role":"auditor"}"#, changes: true, success: .ok,
            allowed: [.admin]),
        Call(method: .get, uri: "/api/v1/profile", changes: false, success: .ok, allowed: [.admin]),
        Call(
            method: .put, uri: "/api/v1/profile", body: #"{"phone":"09 123 456"}"#, changes: true, success: .ok,
            allowed: [.admin]),
        Call(
            method: .get, uri: "/api/v1/case-views?case=CASE", changes: false, success: .ok,
            allowed: [.admin, .auditor]),
        Call(method: .get, uri: "/api/v1/audit/export", changes: false, success: .ok, allowed: [.admin, .auditor]),
    ]

    /// Sends a call as `role` (no token for `nil`, `token` to override it).
    static func send(
        _ call: Call, as role: UserRole?, token: String? = nil, fixture: ServerFixture, client: any TestClientProtocol
    ) async throws -> TestResponse {
        var headers = ServerFixture.headers(role, json: call.body != nil)
        if let token { headers[.authorization] = "Bearer \(token)" }
        return try await client.execute(
            uri: call.uri.replacingOccurrences(of: "CASE", with: fixture.caseNumber.description), method: call.method,
            headers: headers, body: call.body.map { ByteBuffer(string: $0) })
    }

    @Test("no token: 401 problem, nothing changed", arguments: calls)
    func unauthenticated(call: Call) async throws {
        let fixture = try await ServerFixture.make()
        let before = try await fixture.service.show(
            ShowCase(caseNumber: fixture.caseNumber, asOf: try ServerFixture.today().date))
        try await fixture.withClient { client in
            for token in [nil, "not-a-token"] {
                let response = try await Self.send(call, as: nil, token: token, fixture: fixture, client: client)
                #expect(response.status == .unauthorized)
                #expect(response.headers[.contentType] == "application/problem+json")
                #expect(response.headers[.wwwAuthenticate] == #"Bearer realm="dsr""#)
                SecurityHeaderTests.expectSecurityHeaders(response)
                #expect(String(buffer: response.body).contains("urn:dsr:problem:unauthenticated"))
            }
        }
        let after = try await fixture.service.show(
            ShowCase(caseNumber: fixture.caseNumber, asOf: try ServerFixture.today().date))
        #expect(after.events.count == before.events.count)
        #expect(try await fixture.service.records(RequestQuery(includeClosed: true)).count == 1)
    }

    @Test("each role: served where allowed, 403 where not", arguments: calls, UserRole.allCases)
    func role(call: Call, role: UserRole) async throws {
        let fixture = try await ServerFixture.make()
        try await fixture.withClient { client in
            let response = try await Self.send(call, as: role, fixture: fixture, client: client)
            SecurityHeaderTests.expectSecurityHeaders(response)
            if !call.allowed.contains(role) {
                #expect(response.status == .forbidden)
                #expect(response.headers[.contentType] == "application/problem+json")
                #expect(String(buffer: response.body).contains("urn:dsr:problem:forbidden"))
            } else {
                #expect(response.status == call.success, "\(String(buffer: response.body))")
            }
        }
        if call.changes && !call.allowed.contains(role) {
            #expect(try await fixture.service.records(RequestQuery(includeClosed: true)).count == 1)
            let detail = try await fixture.service.show(
                ShowCase(caseNumber: fixture.caseNumber, asOf: try ServerFixture.today().date))
            #expect(detail.events.allSatisfy { $0.actor == "setup" })
            #expect(try await fixture.service.listUsers().map(\.name.rawValue) == ["vera"])
            #expect(try await fixture.service.controllerProfile()?.version == 1)
        }
    }

    @Test("a change records the principal's name as the actor")
    func actorIsThePrincipal() async throws {
        let fixture = try await ServerFixture.make()
        try await fixture.withClient { client in
            let response = try await Self.send(Self.calls[3], as: .handler, fixture: fixture, client: client)
            #expect(response.status == .ok)
        }
        let detail = try await fixture.service.show(
            ShowCase(caseNumber: fixture.caseNumber, asOf: try ServerFixture.today().date))
        #expect(detail.events.last?.actor == ServerFixture.user(.handler))
        #expect(detail.events.last?.name == "acknowledge")
    }

    @Test("the OpenAPI document is served without a token")
    func openAPIIsPublic() async throws {
        let fixture = try await ServerFixture.make()
        try await fixture.withClient { client in
            let response = try await client.execute(uri: "/api/v1/openapi.yaml", method: .get)
            #expect(response.status == .ok)
            #expect(String(buffer: response.body).hasPrefix("openapi: 3.1.0"))
            SecurityHeaderTests.expectSecurityHeaders(response)
        }
    }
}
