import DSRCore
import Foundation
import Testing

@testable import DSRServer

/// The request list's JSON, written by hand, is byte for byte what `JSONEncoder` (`.sortedKeys`,
/// `.withoutEscapingSlashes`) writes for the same values: the API's shape does not change with the writer.
struct RequestSummaryJSONTests {
    /// What `JSONEncoder` writes, as the API wrote it before.
    static func encoded(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// A summary with every member set, its texts holding what JSON must escape (and a slash, which it need not).
    static func full() throws -> RequestSummary {
        let text = #"""
            {"case":"2026-0042","name":"Matti \"M\" Meikäläinen \\ a/b\n\t\r\b\f\u0001\u001f 😀 \u2028 \u007f",
             "kind":"access","state":"closed","clock":"stopped","received":"2026-01-02","deadline":"2026-02-02",
             "daysLeft":-3,"overdue":true,"extended":true,"channel":"email","language":"sv","closed":"2026-02-01",
             "outcome":"refused","unsentAnswer":"2026-0042/L3","assignee":"handler/1"}
            """#
        return try JSONDecoder().decode(RequestSummary.self, from: Data(text.utf8))
    }

    /// A summary with only the members that are always there.
    static func sparse() throws -> RequestSummary {
        let text = """
            {"case":"2027-0001","kind":"erasure","state":"received","clock":"running","received":"2027-01-01",
             "deadline":"2027-02-01","overdue":false,"extended":false,"channel":"letter","language":"fi"}
            """
        return try JSONDecoder().decode(RequestSummary.self, from: Data(text.utf8))
    }

    @Test("a summary with every member set, and one with none of the optional ones, as JSONEncoder writes them")
    func summaries() throws {
        for summary in [try Self.full(), try Self.sparse()] {
            let expected = try Self.encoded(summary)
            let written = CanonicalJSON.encode(RequestSummaryJSON(summary: summary))
            #expect(written == expected)
        }
    }

    @Test("a page with a next link, the last page, and an empty one, as JSONEncoder writes them")
    func pages() throws {
        let pages = [
            RequestPage(
                requests: [try Self.full(), try Self.sparse()], page: 1, perPage: 2, total: 5,
                next: "/api/v1/requests?overdue=true&q=M%C3%A4&per-page=2&page=2"),
            RequestPage(requests: [try Self.sparse()], page: 3, perPage: 2, total: 5, next: nil),
            RequestPage(requests: [], page: 1, perPage: 50, total: 0, next: nil),
        ]
        for page in pages {
            let expected = try Self.encoded(page)
            let written = CanonicalJSON.encode(page)
            #expect(written == expected)
        }
    }
}
