import DSRCore
import Testing

/// Dates: construction, parsing of anything a user may type, arithmetic and weekdays.
struct CivilDateTests {
    @Test(arguments: [
        ("2024-02-29", 2024, 2, 29),
        ("2026-11-05", 2026, 11, 5),
        ("5.11.2026", 2026, 11, 5),
        ("05.11.2026", 2026, 11, 5),
        ("29.2.2024", 2024, 2, 29),
        ("31.12.2099", 2099, 12, 31),
        (" 2026-11-05 ", 2026, 11, 5),
        ("2026-11-05T14:30", 2026, 11, 5),
        ("2026-11-05T14:30:59", 2026, 11, 5),
        ("2026-11-05 14:30", 2026, 11, 5),
        ("2026-11-05T14:30:00Z", 2026, 11, 5),
        ("2026-11-05T14:30:00+02:00", 2026, 11, 5),
        ("2026-11-05T23:59:59.999+02:00", 2026, 11, 5),
        ("0001-01-01", 1, 1, 1),
        ("9999-12-31", 9999, 12, 31),
    ])
    func parsesValidInput(text: String, year: Int, month: Int, day: Int) throws {
        let parsed = try #require(CivilDate(parsing: text))
        #expect(parsed.year == year)
        #expect(parsed.month == month)
        #expect(parsed.day == day)
    }

    @Test(arguments: [
        "2026-02-30", "2026-13-01", "2026-00-10", "2026-01-00", "2026-04-31", "2023-02-29", "1900-02-29",
        "29.2.2023", "30.2.2024", "1.13.2026", "0.1.2026", "1.1.26", "1.1.", "..", ".", "1..2026", "1.1.2026.",
        "", " ", "abc", "today", "2026", "2026-11", "2026-11-5", "26-11-05", "2026/11/05", "11/05/2026",
        "+2026-11-05", "-2026-11-05", "2026-11-05T", "2026-11-05T25:00", "2026-11-05T14:60", "2026-11-05T1430",
        "2026-11-05T14", "2026-11-05 garbage", "2026-11-05T14:30:61", "2026-11-05Tab:cd", "0000-01-01",
        "99999999999999999999-01-01", "2026-99999999999999999999-01", "2026-01-99999999999999999999",
        "99999999999999999999.1.2026", "1.99999999999999999999.2026", "1.1.99999999999999999999",
        "9223372036854775807-01-01", "1.1.9223372036854775808", "٢٠٢٦-١١-٠٥", "２０２６-１１-０５", "2026-11-05\u{0}",
        "2026‐11‐05", "5. 11. 2026", "-1.-1.2026", "1e3.1.2026",
        String(repeating: "9", count: 10_000), String(repeating: "1.", count: 5_000) + "2026",
        String(repeating: "-", count: 1_000),
    ])
    func rejectsInvalidInputWithoutCrashing(text: String) {
        #expect(CivilDate(parsing: text) == nil, "\(text.prefix(40))")
    }

    @Test func theRegistersFormIsReadFromItsDigitsAndNothingElse() {
        func isoDigits(_ text: String) -> CivilDate? {
            Array(text.utf8).withUnsafeBufferPointer { CivilDate(isoDigits: $0) }
        }
        #expect(isoDigits("2026-11-05") == CivilDate(year: 2026, month: 11, day: 5))
        #expect(isoDigits("0001-01-01") == CivilDate(year: 1, month: 1, day: 1))
        for text in ["2026-02-30", "0000-01-01", "05.11.2026", "2026/11/05", "2026-11-5 ", "2026-1a-05", "2026-11-05Z"]
        {
            #expect(isoDigits(text) == nil, "\(text)")
        }
        // A Finnish day of ten bytes is not the register's form, but the general reading still takes it
        #expect(CivilDate(parsing: "05.11.2026") == CivilDate(year: 2026, month: 11, day: 5))
    }

    @Test func neverCrashesOnArbitraryInput() {
        // A deterministic pseudo-random generator over characters that matter to the parser.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let alphabet = Array("0123456789-.:T Z+/ä9")
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 59)
            var text = ""
            for index in 0..<length {
                let pick = Int((state >> UInt64(index * 3 % 58)) & 0x1F) % alphabet.count
                text.append(alphabet[pick])
            }
            if let date = CivilDate(parsing: text) {
                #expect(CivilDate(year: date.year, month: date.month, day: date.day) == date)
            }
        }
    }

    @Test func constructorRefusesImpossibleDates() {
        #expect(CivilDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2100, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2026, month: 0, day: 1) == nil)
        #expect(CivilDate(year: 2026, month: 1, day: 32) == nil)
        #expect(CivilDate(year: 0, month: 1, day: 1) == nil)
        #expect(CivilDate(year: 10_000, month: 1, day: 1) == nil)
        #expect(CivilDate(year: Int.max, month: Int.max, day: Int.max) == nil)
        #expect(CivilDate(year: Int.min, month: 1, day: 1) == nil)
    }

    @Test func everyDateRoundTripsThroughBothFormatsAndTheDayCount() throws {
        // Days 1900-01-01 … 2100-12-31 are consecutive, and each prints and parses back.
        var previous: CivilDate?
        for year in 1900...2100 {
            for month in 1...12 {
                for day in 1...31 {
                    guard let value = CivilDate(year: year, month: month, day: day) else {
                        #expect(day > 28)
                        continue
                    }
                    if let previous { #expect(previous.daysSinceEpoch + 1 == value.daysSinceEpoch, "\(value)") }
                    #expect(CivilDate(daysSinceEpoch: value.daysSinceEpoch) == value)
                    #expect(CivilDate(parsing: value.description) == value)
                    #expect(CivilDate(parsing: value.finnish) == value)
                    previous = value
                }
            }
        }
    }

    @Test func formats() {
        #expect(date(2026, 11, 5).description == "2026-11-05")
        #expect(date(2026, 11, 5).finnish == "5.11.2026")
        #expect(date(987, 1, 2).description == "0987-01-02")
        #expect(date(1, 1, 1).description == "0001-01-01")
        #expect(date(9999, 12, 31).description == "9999-12-31")
        // Every day of 1999–2001 as its digits: the year, month and day read back from the text.
        var day = date(1999, 1, 1)
        while day.year < 2002 {
            let text = day.description
            #expect(text.count == 10)
            #expect(text.split(separator: "-").compactMap { Int($0) } == [day.year, day.month, day.day])
            day = day.adding(days: 1)
        }
    }

    @Test func dayCountsAndWeekdaysAgreeWithKnownDates() {
        #expect(date(1970, 1, 1).daysSinceEpoch == 0)
        #expect(date(2000, 1, 1).daysSinceEpoch == 10_957)
        #expect(date(1, 1, 1).daysSinceEpoch == -719_162)
        #expect(date(9999, 12, 31).daysSinceEpoch == 2_932_896)
        #expect(date(1970, 1, 1).weekday == .thursday)
        #expect(date(1900, 1, 1).weekday == .monday)
        #expect(date(1, 1, 1).weekday == .monday)
        #expect(date(2025, 3, 5).weekday == .wednesday)
        #expect(date(2025, 12, 6).weekday == .saturday)
        #expect(date(2025, 12, 6).isWeekend)
        #expect(!date(2025, 12, 8).isWeekend)
    }

    @Test func arithmetic() {
        #expect(date(2025, 12, 31).adding(days: 1) == date(2026, 1, 1))
        #expect(date(2024, 3, 1).adding(days: -1) == date(2024, 2, 29))
        #expect(date(2025, 1, 1).days(until: date(2026, 1, 1)) == 365)
        #expect(date(2024, 1, 1).days(until: date(2025, 1, 1)) == 366)
        #expect(date(2025, 3, 5).days(until: date(2025, 3, 1)) == -4)
        #expect(date(2025, 1, 31).adding(months: 1) == date(2025, 2, 28))
        #expect(date(2024, 1, 31).adding(months: 1) == date(2024, 2, 29))
        #expect(date(2025, 12, 15).adding(months: 1) == date(2026, 1, 15))
        #expect(date(2025, 11, 30).adding(months: 3) == date(2026, 2, 28))
        #expect(date(2025, 8, 31).adding(months: 1) == date(2025, 9, 30))
        #expect(date(2025, 3, 31).adding(months: -1) == date(2025, 2, 28))
        #expect(date(2025, 1, 15).adding(months: -1) == date(2024, 12, 15))
        #expect(date(2025, 1, 15).adding(months: 0) == date(2025, 1, 15))
    }

    @Test func ordering() {
        #expect(date(2025, 12, 31) < date(2026, 1, 1))
        #expect(date(2026, 1, 2) > date(2026, 1, 1))
        #expect(date(2026, 2, 1) > date(2026, 1, 31))
        #expect(
            [date(2026, 3, 1), date(2025, 12, 1), date(2026, 1, 5)].sorted() == [
                date(2025, 12, 1), date(2026, 1, 5), date(2026, 3, 1),
            ])
    }

    @Test func leapYears() {
        #expect(CivilDate.isLeapYear(2024))
        #expect(CivilDate.isLeapYear(2000))
        #expect(!CivilDate.isLeapYear(2100))
        #expect(!CivilDate.isLeapYear(2025))
        #expect(CivilDate.daysIn(month: 2, year: 2024) == 29)
        #expect(CivilDate.daysIn(month: 2, year: 2100) == 28)
        #expect(
            (1...12).map { CivilDate.daysIn(month: $0, year: 2025) } == [
                31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
            ])
    }
}
