import DSRCore
import Testing

/// Date-times with a zone are converted to the calendar day in Europe/Helsinki.
struct CivilDateZoneTests {
    @Test(arguments: [
        ("2026-11-05T23:30:00Z", "2026-11-06"),  // winter, UTC+2: 01:30 on the 6th
        ("2026-11-05T21:59:59Z", "2026-11-05"),  // 23:59:59 in Helsinki
        ("2026-11-05T22:00Z", "2026-11-06"),  // midnight in Helsinki
        ("2026-07-05T20:59Z", "2026-07-05"),  // summer, UTC+3: 23:59
        ("2026-07-05T21:00Z", "2026-07-06"),  // summer midnight
        ("2026-03-29T00:59Z", "2026-03-29"),  // 02:59 just before the switch to summer time (last Sunday of March)
        ("2026-10-24T21:30Z", "2026-10-25"),  // 00:30 summer time on the night of the switch back
        ("2026-12-31T22:30:00.123+00:00", "2027-01-01"),  // year boundary, fraction of a second
        ("2026-11-05T01:00-0500", "2026-11-05"),  // 06:00 UTC, 08:00 in Helsinki
        ("2026-11-05T23:30", "2026-11-05"),  // no zone: Helsinki time, the date is kept
        ("2026-11-05 23:30:00+02:00", "2026-11-05"),
    ])
    func zoneConvertsToHelsinkiDay(text: String, expected: String) throws {
        let date = try #require(CivilDate(parsing: text))
        #expect(date.description == expected)
    }

    @Test(arguments: [
        "2026-11-05T10:00+1", "2026-11-05T10:00+25:00", "2026-11-05T10:00Q", "2026-11-05T10:00.", "2026-11-05T24:00Z",
    ])
    func malformedZonesAreRefused(text: String) {
        #expect(CivilDate(parsing: text) == nil)
    }
}
