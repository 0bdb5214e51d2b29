import DSRCore
import Testing

/// The Finnish calendar against holidays computed independently by scripts/gen-calendar-fixtures.py.
struct FinnishCalendarTests {
    let calendar = FinnishCalendar()

    /// The fixture's holidays by year, each year's list sorted by date and code.
    static func fixtureHolidays() throws -> [Int: [(date: CivilDate, code: String)]] {
        let (header, rows) = try Fixture(name: "holidays.csv").csv()
        #expect(header == ["date", "code"])
        var result: [Int: [(date: CivilDate, code: String)]] = [:]
        for row in rows {
            try #require(row.count == 2, "bad row \(row)")
            let day = try CivilDate.fixture(row[0])
            result[day.year, default: []].append((day, row[1]))
        }
        return result.mapValues { $0.sorted { ($0.date, $0.code) < ($1.date, $1.code) } }
    }

    @Test func everyHolidayFrom1990To2100MatchesTheIndependentTable() throws {
        // Given the holidays derived from the legal date rules in Python
        let expected = try Self.fixtureHolidays()
        #expect(expected.keys.sorted() == Array(1990...2100))
        var mismatches: [String] = []
        for year in 1990...2100 {
            // When the calendar lists the year's holidays
            let actual = calendar.holidays(in: year)
                .map { (date: $0.date, code: $0.holiday.rawValue) }
                .sorted { ($0.date, $0.code) < ($1.date, $1.code) }
            // Then they are the same dates with the same codes
            let want = expected[year, default: []]
            if actual.map(\.date) != want.map(\.date) || actual.map(\.code) != want.map(\.code) {
                mismatches.append(
                    "\(year): got \(actual.map { "\($0.date) \($0.code)" }), want \(want.map { "\($0.date) \($0.code)" })"
                )
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5).joined(separator: "\n"))")
    }

    @Test func everyDayFrom1990To2100IsClassifiedAsTheTableSays() throws {
        let table = try Self.fixtureHolidays()
        var codes: [CivilDate: Set<String>] = [:]
        for entry in table.values.joined() { codes[entry.date, default: []].insert(entry.code) }
        var day = date(1990, 1, 1)
        let end = date(2100, 12, 31)
        var mismatches: [String] = []
        var count = 0
        while day <= end {
            let holidayCodes = codes[day] ?? []
            let weekend = day.isWeekend
            let expectedWorking = holidayCodes.isEmpty && !weekend
            if calendar.isWorkingDay(day) != expectedWorking {
                mismatches.append("\(day): isWorkingDay \(calendar.isWorkingDay(day)), want \(expectedWorking)")
            }
            switch calendar.nonWorkingReason(for: day) {
            case .none:
                if !expectedWorking { mismatches.append("\(day): no reason given") }
            case .holiday(let holiday):
                if !holidayCodes.contains(holiday.rawValue) { mismatches.append("\(day): wrong holiday \(holiday)") }
            case .weekend(let weekday):
                if !holidayCodes.isEmpty || weekday != day.weekday { mismatches.append("\(day): wrong weekend reason") }
            }
            day = day.adding(days: 1)
            count += 1
        }
        #expect(count == 40_542)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10).joined(separator: "\n"))")
    }

    /// Easter Sundays known from the literature, including the earliest and latest possible dates.
    @Test(arguments: [
        (1818, 3, 22), (1943, 4, 25), (2000, 4, 23), (2008, 3, 23), (2011, 4, 24), (2024, 3, 31), (2025, 4, 20),
        (2026, 4, 5), (2027, 3, 28), (2038, 4, 25), (2285, 3, 22),
    ])
    func easterSunday(year: Int, month: Int, day: Int) {
        #expect(calendar.easterSunday(in: year) == date(year, month, day))
    }

    @Test func mayDayAndAscensionDayCanCoincide() {
        // 2008: Easter 23 March, so Ascension Day (Easter + 39) is 1 May.
        let onMayDay = calendar.holidays(in: 2008).filter { $0.date == date(2008, 5, 1) }.map(\.holiday)
        #expect(Set(onMayDay) == [.mayDay, .ascensionDay])
        #expect(calendar.holiday(on: date(2008, 5, 1)) != nil)
        #expect(!calendar.isWorkingDay(date(2008, 5, 1)))
    }

    @Test func holidaysOf2025AreThoseOfTheLegalFactSheet() {
        // legal-facts § 5.2, column 2025.
        let expected: [(Int, Int, FinnishHoliday)] = [
            (1, 1, .newYearsDay), (1, 6, .epiphany), (4, 18, .goodFriday), (4, 20, .easterSunday),
            (4, 21, .easterMonday), (5, 1, .mayDay), (5, 29, .ascensionDay), (6, 8, .whitSunday),
            (6, 20, .midsummerEve), (6, 21, .midsummerDay), (11, 1, .allSaintsDay), (12, 6, .independenceDay),
            (12, 24, .christmasEve), (12, 25, .christmasDay), (12, 26, .stStephensDay),
        ]
        let actual = calendar.holidays(in: 2025)
        #expect(actual.map(\.date) == expected.map { date(2025, $0.0, $0.1) })
        #expect(actual.map(\.holiday) == expected.map(\.2))
    }

    @Test func onlyTheTwoEvesAreMarkedAsEves() {
        #expect(Set(FinnishHoliday.allCases.filter(\.isEve)) == [.midsummerEve, .christmasEve])
    }

    @Test func everyHolidayAndWeekdayHasANameInEachLanguage() {
        for language in Language.allCases {
            for holiday in FinnishHoliday.allCases { #expect(!holiday.names[language].isEmpty) }
            let weekdayNames = Weekday.allCases.map { $0.name(in: language) }
            #expect(Set(weekdayNames).count == 7)
        }
    }

    @Test func rollForwardSkipsAndExplainsEachNonWorkingDay() {
        // Christmas 2025: Wed 24 (eve), Thu 25, Fri 26, Sat 27, Sun 28 → Mon 29.
        let rolled = calendar.rollForward(date(2025, 12, 24))
        #expect(rolled.date == date(2025, 12, 29))
        #expect(rolled.skipped.map(\.0) == (24...28).map { date(2025, 12, $0) })
        #expect(
            rolled.skipped.map(\.1) == [
                .holiday(.christmasEve), .holiday(.christmasDay), .holiday(.stStephensDay), .weekend(.saturday),
                .weekend(.sunday),
            ])
        // A working day stays.
        #expect(calendar.rollForward(date(2025, 12, 23)).date == date(2025, 12, 23))
        #expect(calendar.rollForward(date(2025, 12, 23)).skipped.isEmpty)
    }

    @Test func workingDaysBeforeCountsBackOverTheTableOfWorkingDays() throws {
        let table = try Self.fixtureHolidays()
        let holidays = Set(table.values.joined().map(\.date))
        func isWorking(_ day: CivilDate) -> Bool { !day.isWeekend && !holidays.contains(day) }
        var day = date(2025, 1, 1)
        while day.year == 2025 {
            for count in [1, 3, 5, 10] {
                var expected = day
                var remaining = count
                while remaining > 0 {
                    expected = expected.adding(days: -1)
                    if isWorking(expected) { remaining -= 1 }
                }
                #expect(calendar.workingDays(count, before: day) == expected, "\(count) before \(day)")
            }
            day = day.adding(days: 1)
        }
        // Zero working days before a date is the date itself.
        #expect(calendar.workingDays(0, before: date(2025, 12, 29)) == date(2025, 12, 29))
        #expect(calendar.workingDays(5, before: date(2025, 12, 29)) == date(2025, 12, 17))
    }

    @Test func holidayOnADayIsTheFirstOfTheYearsListOnThatDayForEveryDayFrom1800To2300() throws {
        // Given every day of 1800 … 2300, and the answer of the year's list (how holiday(on:) used to be computed)
        var day = try #require(CivilDate(year: 1800, month: 1, day: 1))
        let end = try #require(CivilDate(year: 2300, month: 12, day: 31))
        var listed: [(date: CivilDate, holiday: FinnishHoliday)] = []
        var mismatches: [String] = []
        var holidaysSeen = 0
        while day <= end {
            if listed.first?.date.year != day.year { listed = calendar.holidays(in: day.year) }
            let expected = listed.first { $0.date == day }?.holiday
            // When the calendar is asked for the day alone
            let actual = calendar.holiday(on: day)
            // Then it names the same holiday, or none
            if actual != expected {
                mismatches.append("\(day): \(String(describing: actual)), want \(String(describing: expected))")
            }
            if expected != nil { holidaysSeen += 1 }
            day = day.adding(days: 1)
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5).joined(separator: "\n"))")
        // 15 holidays a year, less the days two of them share (May Day and Ascension Day).
        #expect(holidaysSeen > 501 * 14 && holidaysSeen <= 501 * 15)
        // The loop met a shared day: in 2008, Easter on 23 March put Ascension Day on May Day.
        #expect(calendar.holidays(in: 2008).filter { $0.date == date(2008, 5, 1) }.count == 2)
    }
}
