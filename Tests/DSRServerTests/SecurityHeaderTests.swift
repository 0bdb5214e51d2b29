import DSRCore
import DSRServer
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// The security headers, on answers and on errors alike.
struct SecurityHeaderTests {
    /// Checks the security headers of a response.
    static func expectSecurityHeaders(
        _ response: TestResponse, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let policy = response.headers[.contentSecurityPolicy] ?? ""
        #expect(policy.contains("frame-ancestors 'none'"), sourceLocation: sourceLocation)
        #expect(policy.contains("default-src 'none'"), sourceLocation: sourceLocation)
        #expect(!policy.contains("script-src"), sourceLocation: sourceLocation)
        #expect(response.headers[.xContentTypeOptions] == "nosniff", sourceLocation: sourceLocation)
        let referrer = HTTPFields.Element.Name("Referrer-Policy").flatMap { response.headers[$0] }
        #expect(referrer == "no-referrer", sourceLocation: sourceLocation)
        #expect(response.headers[.cacheControl] == "no-store", sourceLocation: sourceLocation)
    }

    @Test("a route that does not exist: 404 problem with the headers")
    func noRoute() async throws {
        let fixture = try await ServerFixture.make()
        try await fixture.withClient { client in
            let response = try await client.execute(
                uri: "/api/v1/nothing", method: .get, headers: ServerFixture.headers(.admin))
            #expect(response.status == .notFound)
            #expect(response.headers[.contentType] == "application/problem+json")
            Self.expectSecurityHeaders(response)
        }
    }
}
