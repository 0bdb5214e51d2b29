import DSRCore
import Testing

/// Deadlines against the table computed independently by scripts/gen-calendar-fixtures.py, and the worked examples
/// of legal-facts §§ 1.3 and 1.5.
struct DeadlineCalculatorTests {
    let calculator = DeadlineCalculator()

    @Test func everyRowOfTheIndependentDeadlineTableMatches() throws {
        // Given every received date of nine whole years, with and without extension and pauses
        let (header, rows) = try Fixture(name: "deadlines.csv").csv()
        #expect(
            header == [
                "received", "extended", "paused_days", "one_month_end", "unrolled", "deadline", "safe_date",
                "extension_notice_by",
            ])
        #expect(rows.count > 9_000)
        var mismatches: [String] = []
        var extendedRows = 0
        var pausedRows = 0
        var eveRows = 0
        for row in rows {
            try #require(row.count == 8, "bad row \(row)")
            let received = try CivilDate.fixture(row[0])
            let extended = row[1] == "1"
            let paused = try #require(Int(row[2]))
            let oneMonthEnd = try CivilDate.fixture(row[3])
            let unrolled = try CivilDate.fixture(row[4])
            let deadline = try CivilDate.fixture(row[5])
            let safeDate = try CivilDate.fixture(row[6])
            let noticeBy = try CivilDate.fixture(row[7])
            if extended { extendedRows += 1 }
            if paused > 0 { pausedRows += 1 }
            if safeDate != deadline { eveRows += 1 }
            // When the calculator computes the deadline
            let result = calculator.deadline(received: received, extended: extended, pausedDays: paused)
            // Then every step agrees with the independent computation
            var problems: [String] = []
            if result.oneMonthEnd != oneMonthEnd { problems.append("oneMonthEnd \(result.oneMonthEnd)") }
            if result.unrolled != unrolled { problems.append("unrolled \(result.unrolled)") }
            if result.date != deadline { problems.append("date \(result.date)") }
            if result.safeDate != safeDate { problems.append("safeDate \(result.safeDate)") }
            if result.rolledOverEve != (safeDate != deadline) {
                problems.append("rolledOverEve \(result.rolledOverEve)")
            }
            if result.extensionNoticeBy != noticeBy { problems.append("extensionNoticeBy \(result.extensionNoticeBy)") }
            if result.pausedDays != paused { problems.append("pausedDays \(result.pausedDays)") }
            if (result.extendedEnd != nil) != extended {
                problems.append("extendedEnd \(String(describing: result.extendedEnd))")
            }
            if let extendedEnd = result.extendedEnd, extendedEnd.adding(days: paused) != unrolled {
                problems.append("extendedEnd \(extendedEnd)")
            }
            if result.skipped.map(\.date) != Array(dates(from: unrolled, before: deadline)) {
                problems.append("skipped \(result.skipped.map(\.date))")
            }
            if !problems.isEmpty {
                mismatches.append("\(row.joined(separator: ",")): \(problems.joined(separator: "; "))")
            }
        }
        #expect(extendedRows > 3_000)
        #expect(pausedRows > 3_000)
        #expect(eveRows > 0)
        #expect(
            mismatches.isEmpty,
            "\(mismatches.count) mismatches, first: \(mismatches.prefix(10).joined(separator: "\n"))")
    }

    /// The dates from `start` up to but not including `end`.
    private func dates(from start: CivilDate, before end: CivilDate) -> [CivilDate] {
        (0..<max(0, start.days(until: end))).map { start.adding(days: $0) }
    }

    /// One-month deadlines of EDPB Guidelines 01/2022 (Ex. 32, 33) and legal-facts § 1.5.
    @Test(arguments: [
        // received, deadline
        ((2025, 3, 5), (2025, 4, 7)),  // 5 April 2025 is a Saturday → Monday 7 April
        ((2023, 3, 5), (2023, 4, 5)),  // EDPB Ex. 32 pattern: 5 March → 5 April (a Wednesday in 2023)
        ((2025, 8, 31), (2025, 9, 30)),  // EDPB Ex. 33: 31 August → 30 September
        ((2025, 1, 31), (2025, 2, 28)),  // month-end clamp
        ((2024, 1, 31), (2024, 2, 29)),  // leap year
        ((2100, 1, 31), (2100, 3, 1)),  // 2100 is not a leap year: 28 Feb 2100 is a Sunday → Monday 1 March
        ((2025, 11, 6), (2025, 12, 8)),  // Independence Day on a Saturday → Monday 8 December
        ((2025, 5, 20), (2025, 6, 23)),  // Midsummer Eve Friday 20 June → Monday 23 June
        ((2025, 11, 24), (2025, 12, 29)),  // Christmas Eve, Christmas, St Stephen's, weekend → Monday 29 December
        ((2025, 12, 31), (2026, 2, 2)),  // year boundary: 31 January 2026 is a Saturday
    ])
    func oneMonthDeadline(received: (Int, Int, Int), expected: (Int, Int, Int)) {
        let result = calculator.deadline(received: date(received.0, received.1, received.2))
        #expect(result.date == date(expected.0, expected.1, expected.2))
    }

    @Test func edpbExamplesUnrolled() {
        // EDPB Ex. 32 and 33 count the month before any weekend roll-over.
        #expect(calculator.deadline(received: date(2025, 3, 5)).oneMonthEnd == date(2025, 4, 5))
        #expect(calculator.deadline(received: date(2025, 8, 31)).oneMonthEnd == date(2025, 9, 30))
    }

    @Test func midsummerEveRollsOverButTheSafeDateIsTheEve() {
        let result = calculator.deadline(received: date(2025, 5, 20))
        #expect(result.date == date(2025, 6, 23))
        #expect(result.date.weekday == .monday)
        #expect(result.rolledOverEve)
        #expect(result.safeDate == date(2025, 6, 20))
        #expect(
            result.skipped.map(\.reason) == [
                .holiday(.midsummerEve), .holiday(.midsummerDay), .weekend(.sunday),
            ])
    }

    @Test func christmasEveRollsOverButTheSafeDateIsTheEve() {
        let result = calculator.deadline(received: date(2025, 11, 24))
        #expect(result.date == date(2025, 12, 29))
        #expect(result.rolledOverEve)
        #expect(result.safeDate == date(2025, 12, 24))
    }

    @Test func independenceDayOnSaturdayIsNoEve() {
        let result = calculator.deadline(received: date(2025, 11, 6))
        #expect(result.date == date(2025, 12, 8))
        #expect(!result.rolledOverEve)
        #expect(result.safeDate == result.date)
        #expect(result.skipped.map(\.reason) == [.holiday(.independenceDay), .weekend(.sunday)])
    }

    @Test(arguments: [2022, 2023])
    func christmasEveOnAWeekendChangesNothingForTheSafeDate(year: Int) {
        // Given a deadline that falls on Christmas Eve when it is a Saturday (2022) or a Sunday (2023)
        let result = calculator.deadline(received: date(year, 11, 24))
        // Then the deadline is 27 December whether or not the eve counts, and there is no eve warning
        #expect(result.date == date(year, 12, 27))
        #expect(result.safeDate == date(year, 12, 27))
        #expect(!result.rolledOverEve)
    }

    @Test func extensionAddsTwoMonthsToTheClampedFirstMonth() {
        // 31 January 2025 → 28 February 2025 → 28 April 2025 (not 30 April: the earlier reading, legal-facts § 1.5).
        let result = calculator.deadline(received: date(2025, 1, 31), extended: true)
        #expect(result.oneMonthEnd == date(2025, 2, 28))
        #expect(result.extendedEnd == date(2025, 4, 28))
        #expect(result.date == date(2025, 4, 28))
        #expect(result.extensionNoticeBy == date(2025, 2, 28))
    }

    @Test func extensionRollsForwardOnlyAtTheEnd() {
        // 5 March 2025: the first month ends on Saturday 5 April; the extension counts from 5 April, not 7 April.
        let result = calculator.deadline(received: date(2025, 3, 5), extended: true)
        #expect(result.extendedEnd == date(2025, 6, 5))
        #expect(result.date == date(2025, 6, 5))
        #expect(result.extensionNoticeBy == date(2025, 4, 7))
    }

    @Test func pausesAddTheirCalendarDaysBeforeTheRollForward() {
        // Paused 10 → 17 March 2025: 7 days. 5 April + 7 = Saturday 12 April → Monday 14 April.
        let pauses = [ClockPause(start: date(2025, 3, 10), end: date(2025, 3, 17))]
        let result = calculator.deadline(received: date(2025, 3, 5), pauses: pauses)
        #expect(pauses[0].days == 7)
        #expect(result.pausedDays == 7)
        #expect(result.unrolled == date(2025, 4, 12))
        #expect(result.date == date(2025, 4, 14))
        // The extension notice is due within one month of receipt: the pause does not widen it (Art. 12(3)).
        #expect(result.extensionNoticeBy == date(2025, 4, 7))
    }

    @Test func severalPausesAddUpAndOpenPausesDoNotCountYet() {
        let pauses = [
            ClockPause(start: date(2025, 3, 6), end: date(2025, 3, 8)),  // 2 days
            ClockPause(start: date(2025, 3, 10), end: date(2025, 3, 11)),  // 1 day
            ClockPause(start: date(2025, 3, 20)),  // still open
        ]
        #expect(pauses[2].isOpen)
        #expect(pauses[2].days == 0)
        let result = calculator.deadline(received: date(2025, 3, 5), pauses: pauses)
        #expect(result.pausedDays == 3)
        #expect(result.unrolled == date(2025, 4, 8))
        #expect(result.date == date(2025, 4, 8))
        #expect(result == calculator.deadline(received: date(2025, 3, 5), extended: false, pausedDays: 3))
    }

    @Test func aPauseEndingTheDayItBeganAddsNothing() {
        let result = calculator.deadline(
            received: date(2025, 3, 5), pauses: [ClockPause(start: date(2025, 3, 7), end: date(2025, 3, 7))])
        #expect(result.pausedDays == 0)
        #expect(result.date == date(2025, 4, 7))
    }

    @Test func pausedDaysNeverShortenTheDeadline() {
        let result = calculator.deadline(received: date(2025, 3, 5), extended: false, pausedDays: -10)
        #expect(result.pausedDays == 0)
        #expect(result.date == date(2025, 4, 7))
        #expect(ClockPause(start: date(2025, 3, 7), end: date(2025, 3, 1)).days == 0)
    }

    @Test func pausesAndExtensionTogether() {
        // 31 January 2025, extended, paused 5 days: 28 April + 5 = 3 May (Saturday) → Monday 5 May.
        let result = calculator.deadline(received: date(2025, 1, 31), extended: true, pausedDays: 5)
        #expect(result.unrolled == date(2025, 5, 3))
        #expect(result.date == date(2025, 5, 5))
        // The extension notice is due within one month of receipt, whatever the pauses: 28 February.
        #expect(result.extensionNoticeBy == date(2025, 2, 28))
    }
}
