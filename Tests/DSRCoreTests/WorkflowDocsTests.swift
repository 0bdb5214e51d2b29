import DSRCore
import Foundation
import Testing

/// docs/workflows.md cannot go stale: it must show the current diagram of every built-in workflow.
struct WorkflowDocsTests {
    /// The package root, found from this file's path (Tests/DSRCoreTests/WorkflowDocsTests.swift).
    static func packageRoot(filePath: String = #filePath) -> URL {
        URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    static func document(_ relativePath: String) throws -> String {
        let url = packageRoot().appendingPathComponent(relativePath)
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test(arguments: RequestKind.allCases)
    func workflowsPageShowsTheCurrentDiagram(kind: RequestKind) throws {
        let page = try Self.document("docs/workflows.md")
        let diagram = try WorkflowCatalog.builtIn()[kind].mermaid()
        #expect(
            page.contains("```mermaid\n\(diagram)```\n"),
            "docs/workflows.md lacks the current diagram of \(kind.rawValue); paste the output of 'dsr workflow graph \(kind.rawValue)'"
        )
    }

    @Test func workflowsPageHasExactlySixDiagramsAndEveryRule() throws {
        let page = try Self.document("docs/workflows.md")
        #expect(page.components(separatedBy: "```mermaid\n").count - 1 == RequestKind.allCases.count)
        for rule in [
            "unique-names", "one-initial-state", "known-state", "final-outcome", "reachable", "can-finish", "clock",
            "refusal-grounds", "refusal-letter", "direct-marketing", "one-per-kind",
        ] {
            #expect(page.contains("| `\(rule)` |"), "docs/workflows.md does not explain rule \(rule)")
        }
        for command in ["dsr workflow check DIR", "dsr workflow show KIND", "dsr workflow graph KIND"] {
            #expect(page.contains(command))
        }
    }

    @Test func workflowsPageListsEveryEventAndGroundOfEachWorkflow() throws {
        let page = try Self.document("docs/workflows.md")
        let catalog = try WorkflowCatalog.builtIn()
        for kind in RequestKind.allCases {
            for event in catalog[kind].events { #expect(page.contains("`\(event.id)`"), "\(kind) \(event.id)") }
            for state in catalog[kind].states { #expect(page.contains("`\(state.id)`"), "\(kind) \(state.id)") }
            for ground in catalog[kind].events.flatMap(\.grounds) {
                #expect(page.contains("`\(ground.code)`"), "\(kind) \(ground.code)")
            }
        }
    }
}
