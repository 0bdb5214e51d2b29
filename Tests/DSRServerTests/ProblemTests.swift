import DSRCases
import DSRCore
import DSRServer
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// Each kind of failure answers its problem document: the status, the stable type, no personal data, and nothing
/// changed in the register.
struct ProblemTests {
    /// A problem document as the tests read it.
    struct Document: Decodable {
        var type: String
        var status: Int
        var title: String
        var detail: String
        var field: String?
        var allowed: [String]?
    }

    /// One failing request and what it must answer.
    struct Failure: Sendable, CustomTestStringConvertible {
        var method: HTTPRequest.Method
        var uri: String
        var body: String?
        var status: HTTPResponse.Status
        var type: String
        var field: String? = nil
        /// The body's `Content-Type`, when not `application/json`.
        var contentType: String? = nil

        var testDescription: String { contentType.map { "\(type) (\($0))" } ?? type }
    }

    /// A request for each kind of failure.
    static let failures: [Failure] = [
        Failure(
            method: .get, uri: "/api/v1/requests/2026-0999", status: .notFound,
            type: "urn:dsr:problem:store-error.unknown-case"),
        Failure(
            method: .get, uri: "/api/v1/requests/not-a-case", status: .unprocessableContent,
            type: "urn:dsr:problem:input-error.unknown-value", field: "case"),
        Failure(
            method: .post, uri: "/api/v1/requests", body: #"{"kind":"wish","name":"Matti Virtanen"}"#,
            status: .unprocessableContent, type: "urn:dsr:problem:input-error.unknown-value", field: "kind"),
        Failure(
            method: .post, uri: "/api/v1/requests",
            body: #"{"kind":"access","name":"Matti Virtanen","received":"2026-31-01"}"#,
            status: .unprocessableContent, type: "urn:dsr:problem:input-error.invalid-date", field: "received"),
        Failure(
            method: .post, uri: "/api/v1/requests",
            body: #"{"kind":"access","name":"Matti Virtanen","hetu":"131052-308U"}"#,
            status: .unprocessableContent, type: "urn:dsr:problem:input-error.invalid-identity-code", field: "hetu"),
        Failure(
            method: .post, uri: "/api/v1/requests", body: #"{"kind":"access","name":"Matti Virtanen","nmae":"x"}"#,
            status: .unprocessableContent, type: "urn:dsr:problem:unknown-field"),
        Failure(
            method: .post, uri: "/api/v1/requests", body: #"{"kind":"access""#, status: .badRequest,
            type: "urn:dsr:problem:malformed-body"),
        Failure(
            method: .post, uri: "/api/v1/requests",
            body: #"{"kind":"access","name":"Matti Virtanen","kind":"erasure"}"#, status: .badRequest,
            type: "urn:dsr:problem:duplicate-field"),
        Failure(
            method: .post, uri: "/api/v1/requests/CASE/events",
            body: #"{"event":"extend","reason":"r","\u0065vent":"acknowledge"}"#, status: .badRequest,
            type: "urn:dsr:problem:duplicate-field"),
        Failure(
            method: .post, uri: "/api/v1/requests", body: #"{"kind":"access","name":"Matti Virtanen"}"#,
            status: .unsupportedMediaType, type: "urn:dsr:problem:unsupported-media-type", contentType: "text/plain"),
        Failure(
            method: .post, uri: "/api/v1/requests", body: #"{"kind":"access","name":"Matti Virtanen"}"#,
            status: .unsupportedMediaType, type: "urn:dsr:problem:unsupported-media-type",
            contentType: "application/x-www-form-urlencoded"),
        Failure(
            method: .post, uri: "/api/v1/requests", body: #"{"kind":"access"}"#, status: .badRequest,
            type: "urn:dsr:problem:malformed-body", field: "name"),
        Failure(
            method: .post, uri: "/api/v1/requests", body: #"{"kind":"access","name":42}"#, status: .badRequest,
            type: "urn:dsr:problem:malformed-body", field: "name"),
        Failure(
            method: .post, uri: "/api/v1/requests/CASE/events", body: #"{"event":"receive-identity"}"#,
            status: .conflict,
            type: "urn:dsr:problem:transition-error.not-allowed"),
        Failure(
            method: .post, uri: "/api/v1/requests/CASE/events", body: #"{"event":"fly"}"#,
            status: .unprocessableContent, type: "urn:dsr:problem:transition-error.unknown-event"),
        Failure(
            method: .post, uri: "/api/v1/requests/CASE/events",
            body: #"{"event":"refuse","reason":"r","grounds":["nope"]}"#,
            status: .unprocessableContent, type: "urn:dsr:problem:transition-error.unknown-ground"),
        Failure(
            method: .get, uri: "/api/v1/requests?sort=name", status: .badRequest,
            type: "urn:dsr:problem:unknown-parameter"),
        Failure(
            method: .get, uri: "/api/v1/requests?due-within=-1", status: .unprocessableContent,
            type: "urn:dsr:problem:input-error.unknown-value", field: "due-within"),
        Failure(
            method: .get, uri: "/api/v1/report?year=2026&from=2026-01-01", status: .badRequest,
            type: "urn:dsr:problem:conflicting-parameters"),
        Failure(
            method: .get, uri: "/api/v1/requests/CASE/letters/poem", status: .unprocessableContent,
            type: "urn:dsr:problem:input-error.unknown-value", field: "type"),
        Failure(
            method: .get, uri: "/api/v1/nothing", status: .notFound, type: "urn:dsr:problem:no-route"),
        Failure(
            method: .get, uri: "/api/v1/requests?kind=access&kind=erasure", status: .badRequest,
            type: "urn:dsr:problem:repeated-parameter"),
        Failure(
            method: .post, uri: "/api/v1/requests/CASE/events",
            body: #"{"event":"complete","recipients":["Matti Virtanen"],"noRecipients":true}"#,
            status: .unprocessableContent, type: "urn:dsr:problem:conflicting-fields", field: "noRecipients"),
        Failure(
            method: .post, uri: "/api/v1/requests/CASE/letters", body: #"{"type":"acknowledgement","format":"eml"}"#,
            status: .unprocessableContent, type: "urn:dsr:problem:input-error.unknown-value", field: "format"),
    ]

    /// A handler's headers for a failing request, with its body's content type.
    static func headers(_ failure: Failure) -> HTTPFields {
        var fields = ServerFixture.headers(.handler, json: failure.body != nil)
        if let contentType = failure.contentType { fields[.contentType] = contentType }
        return fields
    }

    @Test("each failure: its status and problem type, no personal data, nothing changed", arguments: failures)
    func failure(_ failure: Failure) async throws {
        let fixture = try await ServerFixture.make()
        let asOf = try ServerFixture.today().date
        let before = try await fixture.service.show(ShowCase(caseNumber: fixture.caseNumber, asOf: asOf)).events.count
        try await fixture.withClient { client in
            let response = try await client.execute(
                uri: failure.uri.replacingOccurrences(of: "CASE", with: fixture.caseNumber.description),
                method: failure.method, headers: Self.headers(failure),
                body: failure.body.map { ByteBuffer(string: $0) })
            #expect(response.status == failure.status)
            #expect(response.headers[.contentType] == "application/problem+json")
            SecurityHeaderTests.expectSecurityHeaders(response)
            let text = String(buffer: response.body)
            let document = try JSONDecoder().decode(Document.self, from: Data(text.utf8))
            #expect(document.type == failure.type, "\(text)")
            #expect(document.status == Int(failure.status.code))
            #expect(!document.detail.isEmpty)
            #expect(document.field == failure.field)
            for secret in ["Matti", "Virtanen", "131052", "Maija"] {
                #expect(!text.contains(secret))
            }
        }
        #expect(try await fixture.service.records(RequestQuery(includeClosed: true)).count == 1)
        #expect(
            try await fixture.service.show(ShowCase(caseNumber: fixture.caseNumber, asOf: asOf)).events.count == before)
    }

    @Test("a body over 1 MiB: 413 before decoding, nothing registered")
    func bodyTooLarge() async throws {
        let fixture = try await ServerFixture.make()
        let note = String(repeating: "a", count: 1024 * 1024)
        let body = #"{"kind":"access","name":"Matti Virtanen","note":""# + note + #""}"#
        try await fixture.withClient { client in
            let response = try await client.execute(
                uri: "/api/v1/requests", method: .post, headers: ServerFixture.headers(.handler, json: true),
                body: ByteBuffer(string: body))
            #expect(response.status == .contentTooLarge)
            #expect(String(buffer: response.body).contains("urn:dsr:problem:body-too-large"))
            SecurityHeaderTests.expectSecurityHeaders(response)
        }
        #expect(try await fixture.service.records(RequestQuery(includeClosed: true)).count == 1)
    }

    @Test("an auditor's large POST gets 403, not 413: the role is checked before the body is read")
    func forbiddenBeforeTheBodyLimit() async throws {
        let fixture = try await ServerFixture.make()
        let body = #"{"kind":"access","name":""# + String(repeating: "a", count: 2 * 1024 * 1024) + #""}"#
        try await fixture.withClient { client in
            let response = try await client.execute(
                uri: "/api/v1/requests", method: .post, headers: ServerFixture.headers(.auditor, json: true),
                body: ByteBuffer(string: body))
            #expect(response.status == .forbidden)
        }
        #expect(try await fixture.service.records(RequestQuery(includeClosed: true)).count == 1)
    }

    @Test("a caller without a valid token gets 401 before any body is read, however large")
    func unauthenticatedBodyIsNotRead() async throws {
        let fixture = try await ServerFixture.make()
        let body = #"{"kind":"access","name":""# + String(repeating: "a", count: 2 * 1024 * 1024) + #""}"#
        try await fixture.withClient { client in
            let response = try await client.execute(
                uri: "/api/v1/requests", method: .post, headers: ServerFixture.headers(nil, json: true),
                body: ByteBuffer(string: body))
            #expect(response.status == .unauthorized)
        }
    }

    @Test("a body just under the limit is read")
    func bodyUnderLimit() async throws {
        let fixture = try await ServerFixture.make()
        let padding = String(repeating: " ", count: 1024 * 1024 - 200)
        let body = #"{"kind":"access","name":"Matti Virtanen","received":"2026-03-01"}"# + padding
        try await fixture.withClient { client in
            let response = try await client.execute(
                uri: "/api/v1/requests", method: .post, headers: ServerFixture.headers(.handler, json: true),
                body: ByteBuffer(string: body))
            #expect(response.status == .created)
            #expect(response.headers[.location]?.hasPrefix("/api/v1/requests/2026-") == true)
        }
        #expect(try await fixture.service.records(RequestQuery(includeClosed: true)).count == 2)
    }

    @Test("an unexpected failure: 500 with no detail of it, the request id in the log")
    func unexpected() async throws {
        struct Broken: PrincipalResolving {
            struct Failure: Error {}
            func principal(bearerToken: String) async throws -> Principal? { throw Failure() }
        }
        let fixture = try await ServerFixture.make()
        let server = APIServer(service: fixture.service, resolver: Broken(), logger: try fixture.server.logger) {
            try ServerFixture.today()
        }
        try await Application(router: server.router()).test(.router) { client in
            let response = try await client.execute(
                uri: "/api/v1/grounds", method: .get, headers: ServerFixture.headers(.admin))
            #expect(response.status == .internalServerError)
            let text = String(buffer: response.body)
            #expect(text.contains("urn:dsr:problem:unexpected"))
            #expect(!text.contains("Failure") && !text.contains("Broken"))
            SecurityHeaderTests.expectSecurityHeaders(response)
        }
        #expect(fixture.log.all.contains { $0.contains(#""message":"request failed""#) })
    }

    @Test("domain error types are named by their type and case")
    func slugs() {
        #expect(
            Problem(domain: StoreError.unknownCase(CaseNumber(year: 2026, sequence: 1))).type
                == "urn:dsr:problem:store-error.unknown-case")
        let storage = Problem(domain: StoreError.cannotOpen(path: "/srv/dsr/dsr.sqlite", reason: "denied"))
        #expect(storage.status == .internalServerError)
        #expect(!storage.detail.contains("/srv"))
        #expect(Problem(domain: CheckpointIncompleteSample.error).status == .serviceUnavailable)
    }

    @Test(
        "the top-level field count skips nested objects, arrays and escaped quotes",
        arguments: [
            (#"{"a":1,"b":"x"}"#, 2),
            (#"{ "a" : { "a" : 1, "b" : [ {"c":2} ] } , "b" : "q\":\"" }"#, 2),
            (#"{"a":"b:c","a":1}"#, 2),
            (#"{}"#, 0),
        ])
    func topLevelKeys(json: String, count: Int) {
        #expect(StrictJSON.topLevelKeyCount(Data(json.utf8)) == count)
    }
}

/// A temporary failure, to check its status.
enum CheckpointIncompleteSample {
    /// An error of the temporary-failure category.
    static var error: any LocalizedErrorWithCategory { Sample() }

    /// The sample error.
    struct Sample: LocalizedErrorWithCategory {
        var category: ErrorCategory { .temporaryFailure }
        var errorDescription: String? { "busy" }
    }
}
