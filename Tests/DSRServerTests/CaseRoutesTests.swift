import DSRCases
import DSRCore
import DSRServer
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// The routes of issue 18's second part: assignment (`PATCH`, `assigned=`), the access log of case views, the
/// calendar subscription, attachments to their own limit, and the audit export without personal data.
struct CaseRoutesTests {
    /// Sends a request as `role` with an optional JSON body.
    static func send(
        _ method: HTTPRequest.Method, _ uri: String, as role: UserRole?, body: String? = nil,
        client: any TestClientProtocol
    ) async throws -> TestResponse {
        try await client.execute(
            uri: uri, method: method, headers: ServerFixture.headers(role, json: body != nil),
            body: body.map { ByteBuffer(string: $0) })
    }

    /// The case numbers of a listing.
    static func cases(_ response: TestResponse) throws -> [String] {
        let page = try JSONDecoder().decode(ListingTests.Page.self, from: Data(String(buffer: response.body).utf8))
        return page.requests.map(\.case)
    }

    @Test("a handler assigns a case with PATCH and finds it with assigned=me; assigned=none the rest")
    func assignment() async throws {
        let fixture = try await ServerFixture.make()
        _ = try await fixture.service.addUser(
            AddUser(name: try #require(UserName("henri")), role: .handler, credential: .setupCode), actor: "setup",
            today: try ServerFixture.today())
        let mine = fixture.caseNumber.description
        try await fixture.withClient { client in
            try await ListingTests.register(2, kind: "access", client: client)
            let patched = try await Self.send(
                .patch, "/api/v1/requests/\(mine)", as: .handler, body: #"{"assignee":"henri"}"#, client: client)
            #expect(patched.status == .ok, "\(String(buffer: patched.body))")
            #expect(String(buffer: patched.body).contains(#""assignee":"henri""#))
            #expect(String(buffer: patched.body).contains(#""changed":["assignee"]"#))

            let me = try await Self.send(.get, "/api/v1/requests?assigned=me", as: .handler, client: client)
            #expect(try Self.cases(me) == [mine])
            let byName = try await Self.send(.get, "/api/v1/requests?assigned=henri", as: .auditor, client: client)
            #expect(try Self.cases(byName) == [mine])
            let none = try await Self.send(.get, "/api/v1/requests?assigned=none", as: .handler, client: client)
            #expect(try Self.cases(none).count == 2)
            #expect(!(try Self.cases(none)).contains(mine))

            // An unknown user is 404 and a disabled one 409, with nothing changed
            let unknown = try await Self.send(
                .patch, "/api/v1/requests/\(mine)", as: .handler, body: #"{"assignee":"nobody"}"#, client: client)
            #expect(unknown.status == .notFound)
            #expect(String(buffer: unknown.body).contains("urn:dsr:problem:user-error.unknown-user"))
            let bad = try await Self.send(
                .get, "/api/v1/requests?assigned=Not%20A%20Name", as: .handler, client: client)
            #expect(bad.status == .unprocessableContent)
        }
        let record = try await fixture.service.show(
            ShowCase(caseNumber: fixture.caseNumber, asOf: try ServerFixture.today().date)
        ).record
        #expect(record.assignee == "henri")
        #expect(try await fixture.service.verifyAudit(VerifyAudit(checkIdentityKey: false)).problems.isEmpty)
    }

    @Test("the list pages in storage: total, next and the last page's rows")
    func pagingInStorage() async throws {
        let fixture = try await ServerFixture.make()
        try await fixture.withClient { client in
            try await ListingTests.register(4, kind: "access", client: client)
            let third = try await ListingTests.page("/api/v1/requests?per-page=2&page=3", client: client)
            #expect(third.total == 5)
            #expect(third.requests.count == 1)
            #expect(third.next == nil)
            let second = try await ListingTests.page("/api/v1/requests?per-page=2&page=2", client: client)
            #expect(second.requests.count == 2)
            #expect(second.next == "/api/v1/requests?per-page=2&page=3")
            let beyond = try await ListingTests.page("/api/v1/requests?per-page=2&page=9", client: client)
            #expect(beyond.requests.isEmpty)
            #expect(beyond.total == 5)
        }
    }

    @Test("every view of a case's personal data is logged, and admins and auditors read the log")
    func caseViews() async throws {
        let fixture = try await ServerFixture.make()
        let number = fixture.caseNumber.description
        try await fixture.withClient { client in
            for uri in [
                "/api/v1/requests/\(number)", "/api/v1/requests/\(number)/attachments",
                "/api/v1/requests/\(number)/attachments/A1",
                "/api/v1/requests/\(number)/letters/acknowledgement?format=text",
            ] {
                let response = try await Self.send(.get, uri, as: .handler, client: client)
                #expect(response.status == .ok, "\(uri): \(String(buffer: response.body))")
            }
            // A list does not show personal data beyond names and is not a case view; an unknown case logs nothing
            _ = try await Self.send(.get, "/api/v1/requests", as: .handler, client: client)
            let missing = try await Self.send(.get, "/api/v1/requests/2026-9999", as: .handler, client: client)
            #expect(missing.status == .notFound)

            let log = try await Self.send(.get, "/api/v1/case-views?case=\(number)", as: .auditor, client: client)
            #expect(log.status == .ok)
            struct Line: Decodable {
                var position: Int64
                var `case`: String
                var actor: String
                var viewedAt: String
            }
            let lines = try JSONDecoder().decode([Line].self, from: Data(String(buffer: log.body).utf8))
            #expect(lines.count == 4)
            #expect(lines.allSatisfy { $0.case == number && $0.actor == ServerFixture.user(.handler) })
            #expect(lines.first?.viewedAt == "2026-03-02T12:00:00Z")
            let next = try await Self.send(
                .get, "/api/v1/case-views?after=\(lines[1].position)", as: .admin, client: client)
            #expect(try JSONDecoder().decode([Line].self, from: Data(String(buffer: next.body).utf8)).count == 2)
        }
    }

    @Test("the calendar takes a calendar token in the query only, shows no personal data and logs no query")
    func calendar() async throws {
        let fixture = try await ServerFixture.make()
        let today = try ServerFixture.today()
        let vera = try #require(UserName("vera"))
        let calendarToken = try await fixture.service.createToken(
            CreateToken(user: vera, label: "kalenteri", kind: .calendar), actor: "setup", today: today)
        let apiToken = try await fixture.service.createToken(
            CreateToken(user: vera, label: "ci"), actor: "setup", today: today)
        try await fixture.withClient { client in
            let served = try await client.execute(
                uri: "/api/v1/calendar.ics?token=\(calendarToken.token)", method: .get)
            #expect(served.status == .ok)
            #expect(served.headers[.contentType] == "text/calendar; charset=utf-8")
            let text = String(buffer: served.body)
            #expect(text.hasPrefix("BEGIN:VCALENDAR"))
            #expect(text.contains(fixture.caseNumber.description))
            #expect(!text.contains("Maija"))
            #expect(!text.contains("maija@example.fi"))
            SecurityHeaderTests.expectSecurityHeaders(served)

            // No token, an API token in the query, or the calendar token as a bearer elsewhere: 401
            for uri in ["/api/v1/calendar.ics", "/api/v1/calendar.ics?token=\(apiToken.token)"] {
                #expect(try await client.execute(uri: uri, method: .get).status == .unauthorized)
            }
            let asBearer = try await client.execute(
                uri: "/api/v1/requests", method: .get, headers: [.authorization: "Bearer \(calendarToken.token)"])
            #expect(asBearer.status == .unauthorized)
        }
        // Revoked, it opens nothing
        _ = try await fixture.service.revokeToken(
            RevokeToken(id: calendarToken.summary.id), actor: "setup", today: today)
        try await fixture.withClient { client in
            let revoked = try await client.execute(
                uri: "/api/v1/calendar.ics?token=\(calendarToken.token)", method: .get)
            #expect(revoked.status == .unauthorized)
        }
        #expect(fixture.log.all.contains { $0.contains("/api/v1/calendar.ics") })
        #expect(!fixture.log.all.contains { $0.contains(calendarToken.token) || $0.contains("token=") })
    }

    @Test("an attachment may exceed the 1 MiB of JSON bodies up to its own limit; above it 413 and nothing kept")
    func attachmentLimit() async throws {
        let fixture = try await ServerFixture.make()
        let number = fixture.caseNumber.description
        let big = String(repeating: "x", count: 2 << 20)
        try await fixture.withClient { client in
            let kept = try await Self.send(
                .post, "/api/v1/requests/\(number)/attachments?fileName=iso.txt", as: .handler, body: big,
                client: client)
            #expect(kept.status == .created, "\(String(buffer: kept.body))")
            #expect(kept.headers[.location] == "/api/v1/requests/\(number)/attachments/2")
            let read = try await Self.send(
                .get, "/api/v1/requests/\(number)/attachments/2", as: .auditor, client: client)
            #expect(read.body.readableBytes == big.utf8.count)

            // The JSON routes keep their 1 MiB
            let json = try await Self.send(
                .post, "/api/v1/requests/\(number)/notes", as: .handler, body: #"{"text":"\#(big)"}"#, client: client)
            #expect(json.status == .contentTooLarge)
        }
        var server = try fixture.server
        server.attachmentLimit = try AttachmentLimit(megabytes: 1)
        let application = Application(router: server.router())
        try await application.test(.router) { client in
            let refused = try await Self.send(
                .post, "/api/v1/requests/\(number)/attachments?fileName=iso.txt", as: .handler, body: big,
                client: client)
            #expect(refused.status == .contentTooLarge)
            #expect(refused.headers[.contentType] == "application/problem+json")
        }
        #expect(try await fixture.service.attachments(of: fixture.caseNumber).count == 2)
    }

    @Test("the audit export streams the chain without personal data, for admins and auditors")
    func auditExport() async throws {
        let fixture = try await ServerFixture.make()
        try await fixture.withClient { client in
            let response = try await Self.send(.get, "/api/v1/audit/export", as: .auditor, client: client)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/x-ndjson")
            let text = String(buffer: response.body)
            let lines = text.split(separator: "\n")
            #expect(lines.count >= 3)
            #expect(!text.contains("Maija"))
            #expect(!text.contains("maija@example.fi"))
            #expect(!text.contains("liite.txt"))
        }
    }
}
