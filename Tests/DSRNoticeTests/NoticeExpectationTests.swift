import DSRCore
import DSRNotice
import Foundation
import Testing

/// Every fixture parses and lints exactly as its `.expected.json` says.
///
/// Re-record after an intended change with `RECORD_NOTICE_EXPECTATIONS=1 swift test --filter NoticeExpectationTests`,
/// then review the diff of `Fixtures/notices/*.expected.json` line by line before committing. A recording run writes
/// the files and fails on purpose, so that it can never pass as a check; a missing expectation file fails without
/// the switch.
struct NoticeExpectationTests {
    static let recording = ProcessInfo.processInfo.environment["RECORD_NOTICE_EXPECTATIONS"] == "1"

    @Test func everyFixtureHasAnExpectation() {
        // Given the fixture folder, when listing it, then each notice has its expectation file.
        let fixtures = NoticeFixtures.all
        #expect(fixtures.count >= 15)
        for name in fixtures {
            #expect(FileManager.default.fileExists(atPath: NoticeFixtures.expectationURL(for: name).path), "\(name)")
        }
    }

    @Test(arguments: NoticeFixtures.all)
    func fixtureMatchesExpectation(_ name: String) throws {
        // Given a fixture, when it is parsed and linted,
        let notice = try NoticeFixtures.parse(name)
        let actual = NoticeExpectation(notice: notice, findings: try NoticeLinter().lint(notice))
        let url = NoticeFixtures.expectationURL(for: name)
        if Self.recording {
            try actual.encoded().write(to: url)
            Issue.record(
                "recorded \(url.lastPathComponent); review its diff and run again without RECORD_NOTICE_EXPECTATIONS")
            return
        }
        guard FileManager.default.fileExists(atPath: url.path) else {
            Issue.record("no expectation \(url.lastPathComponent); record it with RECORD_NOTICE_EXPECTATIONS=1")
            return
        }
        // then the profile, the missing fields and the findings are the recorded ones.
        let expected = try JSONDecoder().decode(NoticeExpectation.self, from: Data(contentsOf: url))
        #expect(actual.format == expected.format)
        #expect(actual.encoding == expected.encoding)
        #expect(actual.profile == expected.profile)
        #expect(actual.controllers == expected.controllers)
        #expect(actual.missing == expected.missing)
        #expect(actual.findings == expected.findings)
    }
}
