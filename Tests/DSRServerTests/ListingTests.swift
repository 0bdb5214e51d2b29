import DSRCases
import DSRCore
import DSRServer
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// `GET /api/v1/requests`: pages with a link to the next, filters, search; and the letter's media types.
struct ListingTests {
    /// A page as the tests read it.
    struct Page: Decodable {
        struct Entry: Decodable {
            var `case`: String
            var name: String?
            var kind: String
        }
        var requests: [Entry]
        var page: Int
        var perPage: Int
        var total: Int
        var next: String?
    }

    /// Registers `count` more requests through the API, as a handler.
    static func register(_ count: Int, kind: String, client: any TestClientProtocol) async throws {
        for index in 0..<count {
            let body = #"{"kind":"\#(kind)","name":"Person \#(index)","received":"2026-03-01"}"#
            let response = try await client.execute(
                uri: "/api/v1/requests", method: .post, headers: ServerFixture.headers(.handler, json: true),
                body: ByteBuffer(string: body))
            #expect(response.status == .created)
        }
    }

    /// Gets a page.
    static func page(_ uri: String, client: any TestClientProtocol) async throws -> Page {
        let response = try await client.execute(uri: uri, method: .get, headers: ServerFixture.headers(.auditor))
        #expect(response.status == .ok, "\(String(buffer: response.body))")
        return try JSONDecoder().decode(Page.self, from: Data(String(buffer: response.body).utf8))
    }

    @Test("pages of per-page requests, each linking to the next, keeping the filters")
    func paging() async throws {
        let fixture = try await ServerFixture.make()
        try await fixture.withClient { client in
            try await Self.register(4, kind: "erasure", client: client)
            let first = try await Self.page("/api/v1/requests?kind=erasure&per-page=3", client: client)
            #expect(first.total == 4)
            #expect(first.requests.count == 3)
            #expect(first.requests.allSatisfy { $0.kind == "erasure" })
            let next = try #require(first.next)
            #expect(next == "/api/v1/requests?kind=erasure&per-page=3&page=2")
            let second = try await Self.page(next, client: client)
            #expect(second.page == 2)
            #expect(second.requests.count == 1)
            #expect(second.next == nil)
            let all = Set((first.requests + second.requests).map(\.case))
            #expect(all.count == 4)
            let unfiltered = try await Self.page("/api/v1/requests", client: client)
            #expect(unfiltered.total == 5)
            #expect(unfiltered.perPage == 50)
        }
    }

    @Test("q searches, names included; overdue filters by the deadline")
    func searchAndOverdue() async throws {
        let fixture = try await ServerFixture.make()
        try await fixture.withClient { client in
            try await Self.register(2, kind: "access", client: client)
            let found = try await Self.page("/api/v1/requests?q=Person%201", client: client)
            #expect(found.requests.map(\.name) == ["Person 1"])
            // The fixture's request was received on 2 February 2026: due 2 March, today; not overdue yet.
            let overdue = try await Self.page("/api/v1/requests?overdue=true", client: client)
            #expect(overdue.total == 0)
            let dueSoon = try await Self.page("/api/v1/requests?due-within=0", client: client)
            #expect(dueSoon.requests.map(\.case) == [fixture.caseNumber.description])
        }
    }

    @Test("a letter is served in the format asked for, with its media type")
    func letterFormats() async throws {
        let fixture = try await ServerFixture.make()
        try await fixture.withClient { client in
            for (format, type) in [
                ("pdf", "application/pdf"), ("html", "text/html; charset=utf-8"), ("text", "text/plain; charset=utf-8"),
            ] {
                let response = try await client.execute(
                    uri: "/api/v1/requests/\(fixture.caseNumber)/letters/acknowledgement?format=\(format)&language=en",
                    method: .get, headers: ServerFixture.headers(.auditor))
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == type)
            }
            let pdf = try await client.execute(
                uri: "/api/v1/requests/\(fixture.caseNumber)/letters/acknowledgement", method: .get,
                headers: ServerFixture.headers(.auditor))
            #expect(String(buffer: pdf.body).hasPrefix("%PDF-"))
        }
    }
}
