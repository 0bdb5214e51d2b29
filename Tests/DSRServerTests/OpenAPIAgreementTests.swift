import DSRServer
import Foundation
import Hummingbird
import Testing
import Yams

/// The OpenAPI document and the router agree: every documented path and method is routed, and every route is
/// documented; the document served is docs/openapi.yaml as committed.
struct OpenAPIAgreementTests {
    /// The methods an OpenAPI path item can hold.
    static let methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    /// `METHOD /path` for each operation of the document.
    static func documentedOperations(_ text: String) throws -> Set<String> {
        let document = try #require(try Yams.load(yaml: text) as? [String: Any])
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: Any])
        var operations: Set<String> = []
        for (path, item) in paths {
            let item = try #require(item as? [String: Any])
            for method in methods where item[method] != nil {
                operations.insert("\(method.uppercased()) \(path)")
            }
        }
        return operations
    }

    @Test("every documented operation is routed and every route documented")
    func agreement() async throws {
        let fixture = try await ServerFixture.make()
        let router = try fixture.server.router()
        let routed = Set(
            router.routes.map { route in
                let path = route.path.description
                return "\(route.method.rawValue) \(path.hasPrefix("/") ? path : "/" + path)"
            }
        )
        .filter { $0.contains(" /api/") }  // the API only: the browser interface's pages are not in the document
        let documented = try Self.documentedOperations(APIServer.openAPIDocument)
        #expect(!routed.isEmpty)
        #expect(routed.subtracting(documented).sorted() == [], "routes missing from docs/openapi.yaml")
        #expect(documented.subtracting(routed).sorted() == [], "documented operations without a route")
    }

    @Test("the embedded document is docs/openapi.yaml")
    func embeddedIsTheCommittedFile() throws {
        let file = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/openapi.yaml")
        #expect(try String(contentsOf: file, encoding: .utf8) == APIServer.openAPIDocument)
    }
}
