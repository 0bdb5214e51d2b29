import DSRCore
import DSRServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Testing

/// One log line per request: method, route template, status, duration and request id; never the raw path's case
/// number, the query string, the token or personal data.
struct RequestLogTests {
    @Test("a request's line names its route template, not its path or query")
    func line() async throws {
        let fixture = try await ServerFixture.make()
        try await fixture.withClient { client in
            _ = try await client.execute(
                uri: "/api/v1/requests/\(fixture.caseNumber)?secret=Maija", method: .get,
                headers: ServerFixture.headers(.auditor))
            _ = try await client.execute(
                uri: "/api/v1/requests?q=Meik%C3%A4l%C3%A4inen", method: .get, headers: ServerFixture.headers(.auditor))
        }
        let lines = fixture.log.all.filter { $0.contains(#""message":"request""#) }
        #expect(lines.count == 2)
        let first = try #require(lines.first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: String])
        #expect(object["method"] == "GET")
        #expect(object["route"] == "/api/v1/requests/{case}")
        #expect(object["status"] == "400")
        #expect(object["id"].map { !$0.isEmpty && $0 != "-" } == true)
        #expect(object["ms"] != nil)
        for line in lines {
            for secret in [fixture.caseNumber.description, "Maija", "Meik", "secret", "auditor-token", "q="] {
                #expect(!line.contains(secret), "\(line)")
            }
        }
    }

    @Test("text lines are one line each, the metadata sorted")
    func textFormat() {
        let lines = LogLines()
        let handler = ServerLogHandler(format: .text) { lines.append($0) }
        handler.log(
            event: .init(
                level: .info, message: "request", metadata: ["status": "200", "method": "GET"], source: "t",
                file: #fileID, function: #function, line: #line))
        let line = lines.all.first
        #expect(line?.hasSuffix(" info request method=GET status=200\n") == true)
    }
}
