import DSRCore
import Foundation
import Testing

/// docs/deadlines.md cannot go stale: its worked examples and its sample explanation are checked against dsr.
struct DeadlineDocsTests {
    /// The ISO dates in a table cell, for example `**Mon 2025-04-07**` → 2025-04-07.
    static func isoDate(in cell: Substring) throws -> CivilDate {
        let token = try #require(
            cell.split(whereSeparator: { $0 == " " || $0 == "*" }).first { $0.count == 10 && $0.contains("-") },
            "no date in '\(cell)'")
        return try CivilDate.fixture(String(token))
    }

    @Test func workedExamplesAgreeWithTheCalculator() throws {
        let page = try WorkflowDocsTests.document("docs/deadlines.md")
        let rows = page.split(separator: "\n").filter {
            $0.hasPrefix("| ") && $0.contains(" | no | ") || $0.contains(" | yes | ")
        }
        #expect(rows.count >= 15)
        let calculator = DeadlineCalculator()
        for row in rows {
            let cells = row.split(separator: "|", omittingEmptySubsequences: false).dropFirst().map {
                $0.trimmingCharacters(in: .whitespaces)[...]
            }
            try #require(cells.count >= 8, "\(row)")
            let received = try Self.isoDate(in: cells[0])
            let extended = cells[1] == "yes"
            let paused = try #require(Int(cells[2]))
            let deadline = calculator.deadline(received: received, extended: extended, pausedDays: paused)
            #expect(deadline.oneMonthEnd == (try Self.isoDate(in: cells[3])), "\(row)")
            #expect(deadline.unrolled == (try Self.isoDate(in: cells[4])), "\(row)")
            #expect(deadline.date == (try Self.isoDate(in: cells[5])), "\(row)")
            #expect(deadline.safeDate == (try Self.isoDate(in: cells[6])), "\(row)")
            #expect(deadline.extensionNoticeBy == (try Self.isoDate(in: cells[7])), "\(row)")
            // The weekday written before each date is right.
            for cell in cells[0...7] where cell.contains("-") {
                let weekday = try Self.isoDate(in: cell).weekday.name(in: .en).prefix(3)
                #expect(cell.contains("\(weekday) "), "\(cell)")
            }
        }
    }

    @Test func sampleExplanationIsWhatDsrPrints() throws {
        let page = try WorkflowDocsTests.document("docs/deadlines.md")
        let deadline = DeadlineCalculator().deadline(received: date(2025, 11, 24))
        let block = (["```text", deadline.date.description] + deadline.explanation(in: .en) + ["```"]).joined(
            separator: "\n")
        #expect(page.contains(block + "\n"))
    }

    @Test func internalTargetExampleIsRight() throws {
        let page = try WorkflowDocsTests.document("docs/deadlines.md")
        // "For 24 November 2025 with a five-day target: … internal target Wednesday 17 December 2025."
        #expect(page.contains("internal target Wednesday 17 December 2025"))
        let deadline = DeadlineCalculator().deadline(received: date(2025, 11, 24))
        let target = FinnishCalendar().workingDays(5, before: deadline.date)
        #expect(target == date(2025, 12, 17))
        #expect(target.weekday == .wednesday)
    }
}
