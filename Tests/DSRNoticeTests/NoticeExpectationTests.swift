import DSRCore
import DSRNotice
import Foundation
import Testing

/// Every fixture parses and lints exactly as its `.expected.json` says.
///
/// Re-record after an intended change with `RECORD_NOTICE_EXPECTATIONS=1 swift test --filter NoticeExpectationTests`,
/// then review the diff of `Fixtures/notices/*.expected.json` line by line before committing.
struct NoticeExpectationTests {
    static let recording = ProcessInfo.processInfo.environment["RECORD_NOTICE_EXPECTATIONS"] == "1"

    @Test func everyFixtureHasAnExpectation() {
        // Given the fixture folder, when listing it, then each notice has its expectation file.
        let fixtures = NoticeFixtures.all
        #expect(fixtures.count >= 15)
        for name in fixtures where !Self.recording {
            #expect(FileManager.default.fileExists(atPath: NoticeFixtures.expectationURL(for: name).path), "\(name)")
        }
    }

    @Test(arguments: NoticeFixtures.all)
    func fixtureMatchesExpectation(_ name: String) throws {
        // Given a fixture, when it is parsed and linted,
        let notice = try NoticeFixtures.parse(name)
        let actual = NoticeExpectation(notice: notice, findings: NoticeLinter().lint(notice))
        let url = NoticeFixtures.expectationURL(for: name)
        if Self.recording {
            try actual.encoded().write(to: url)
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
