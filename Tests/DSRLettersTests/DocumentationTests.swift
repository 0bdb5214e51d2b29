import Foundation
import Testing

/// docs/letters.md shows the refusal certificates exactly as dsr writes them.
struct DocumentationTests {
    @Test(arguments: ["fi", "sv", "en"])
    func lettersPageShowsTheCurrentCertificate(language: String) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let page = try String(contentsOf: root.appendingPathComponent("docs/letters.md"), encoding: .utf8)
        let url = try #require(
            Bundle.module.url(
                forResource: "refusalRestrictedReasonsWithheld.\(language)",
                withExtension: "txt", subdirectory: "Snapshots"))
        let letter = try String(contentsOf: url, encoding: .utf8)
        #expect(
            page.contains("```text\n" + letter + "```\n"),
            "docs/letters.md is out of date: paste Snapshots/refusalRestrictedReasonsWithheld.\(language).txt")
    }
}
