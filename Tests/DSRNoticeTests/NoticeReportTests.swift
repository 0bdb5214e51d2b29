import DSRCore
import DSRNotice
import Foundation
import Testing

/// The text and JSON renderings the CLI prints.
struct NoticeReportTests {
    @Test func findingsReportInFinnishAndEnglish() throws {
        // Given seed 004's findings, when rendered,
        let findings = try NoticeLinter().lint(try NoticeFixtures.parse(NoticeFixtures.seeds[4]))
        let finnish = findings.textReport(language: .fi)
        let english = findings.textReport(language: .en)
        // then each finding shows its severity, code, line, message, quote and fix, with a summary.
        #expect(finnish.contains("VIRHE [repealed-law] rivi 90\n"))
        #expect(finnish.contains("  \"henkilötietolain 6 luvun 26 §\"\n"))
        #expect(finnish.contains("  Korjaus: Viittaa tilalle: GDPR 15 artikla (oikeus saada pääsy tietoihin).\n"))
        #expect(english.contains("ERROR [outdated-authority-address] line 98\n"))
        #expect(english.contains("WARNING [missing-right-portability]\n"))
        #expect(english.hasSuffix("8 errors, 5 warnings, 3 notes\n"))
        #expect(finnish.hasSuffix("8 virhettä, 5 varoitusta, 3 huomiota\n"))
        #expect(findings.textReport(language: .sv).contains("FEL [repealed-law] rad 90\n"))
    }

    @Test func noFindingsSaysSo() {
        #expect([LintFinding]().textReport(language: .fi) == "Ei huomautettavaa.\n")
        #expect([LintFinding]().textReport(language: .en) == "No findings.\n")
    }

    @Test func findingsRoundTripThroughJSON() throws {
        // Given findings, when encoded and decoded, then they are equal and use the stable field names.
        let findings = try NoticeLinter().lint(try NoticeFixtures.parse(NoticeFixtures.seeds[0]))
        let data = try JSONEncoder().encode(findings)
        #expect(try JSONDecoder().decode([LintFinding].self, from: data) == findings)
        let object = try JSONSerialization.jsonObject(with: data) as? [[String: Any]]
        let first = try #require(object?.first)
        #expect(Set(first.keys) == ["rule", "severity", "line", "quote", "message", "fix"])
        #expect(first["severity"] as? String == "warning")
    }

    @Test func profileReportListsFieldsLinesAndMissing() throws {
        // Given the notice with two controllers, when its profile is rendered in English,
        let report = try NoticeFixtures.parse("016_two_controllers.txt").textReport(language: .en)
        // then the fields appear with their lines, the second controller separately, and the missing fields last.
        #expect(
            report.hasPrefix(
                "Format: numbered-text (utf-8)\n\nController 1\nController (line 7):\n    Tapahtumatoimisto Lumo Oy\n"))
        #expect(report.contains("Controller 2\nController (line 12):\n    Messukeskus Pohjola Oy\n"))
        #expect(report.contains("Data categories (line 28):\n    Nimi\n    sähköpostiosoite\n"))
        #expect(
            report.hasSuffix(
                "\nMissing: Phone, Data protection officer, Sources, Transfers outside the EU/EEA, "
                    + "Automated decision-making\n"))
    }

    @Test func parsedNoticeRoundTripsThroughJSON() throws {
        let notice = try NoticeFixtures.parse(NoticeFixtures.seeds[4])
        let decoded = try JSONDecoder().decode(ParsedNotice.self, from: JSONEncoder().encode(notice))
        #expect(decoded == notice)
    }
}
