import DSRCore
import Testing

@testable import dsr

/// `dsr audit verify`'s text output says what the chain does not cover.
struct AuditReportViewTests {
    @Test func purgedTagsTheChainDoesNotCoverAreSaidPlainly() {
        // Given an intact register without, then with, tags of cases an earlier dsr purged
        var report = ChainReport(
            eventsChecked: 3, requestsChecked: 1, profilesChecked: 0, lastSequence: 3,
            headHash: String(repeating: "0", count: 64), problems: [])
        #expect(!AuditReportView.text(report).contains("not covered"))
        report.purgedTagsNotCovered = 2

        // Then the output says how many are not covered, and the register is still intact
        let text = AuditReportView.text(report)
        #expect(text.contains("2 purged tag(s) are not covered by the chain"), "\(text)")
        #expect(text.contains("The register is intact."))
    }
}
