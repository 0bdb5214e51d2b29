import DSRCore
import Foundation
import Testing

/// `dsr calendar`: reminders counted back over weekends and Finnish holidays, and cancelled events of requests
/// answered or closed in the last 90 days (issue 15).
struct ICalendarWriterTests {
    static let stamp = Date(timeIntervalSince1970: 1_750_000_000)
    static let today = date(2025, 6, 15)

    static func open(_ sequence: Int, deadline: CivilDate) -> RequestRecord {
        PeriodReportTests.record(sequence, .access, .email, received: deadline.adding(days: -31), deadline: deadline)
    }

    static func closed(_ sequence: Int, on day: CivilDate) -> RequestRecord {
        PeriodReportTests.record(
            sequence, .access, .email, received: day.adding(days: -10), deadline: day.adding(days: 21),
            state: "completed", clock: .stopped, closedOn: day, outcome: .completed)
    }

    /// The lines of the event with the UID, unfolded.
    static func event(_ uid: String, in text: String) -> [String]? {
        let lines = text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
        guard let start = lines.firstIndex(of: "UID:\(uid)") else { return nil }
        return Array(lines[start...].prefix { $0 != "END:VEVENT" })
    }

    static func calendar(_ records: [RequestRecord], remind: Int = 3) -> String {
        ICalendarWriter.calendar(
            records, internalTargetDays: nil, stamp: stamp, today: today, reminderWorkingDays: remind)
    }

    @Test func reminderSkipsTheWeekendAndIsNineInTheMorningWinterTime() throws {
        // Tuesday 11 February 2025: Monday 10, Friday 7, Thursday 6; 09:00 EET is 07:00 UTC.
        let lines = try #require(
            Self.event("deadline-2025-0001@dsr", in: Self.calendar([Self.open(1, deadline: date(2025, 2, 11))])))
        #expect(lines.contains("TRIGGER;VALUE=DATE-TIME:20250206T070000Z"))
        #expect(lines.contains("BEGIN:VALARM"))
        #expect(lines.contains("ACTION:DISPLAY"))
        #expect(lines.contains { $0.hasPrefix("DESCRIPTION:Deadline of case 2025-0001") })
        #expect(lines.contains("STATUS:CONFIRMED"))
    }

    @Test func reminderSkipsEasterHolidaysAndIsNineInTheMorningSummerTime() throws {
        // Wednesday 23 April 2025: Tuesday 22, (Easter Monday 21, weekend, Good Friday 18), Thursday 17, Wednesday 16;
        // 09:00 EEST is 06:00 UTC.
        let lines = try #require(
            Self.event("deadline-2025-0001@dsr", in: Self.calendar([Self.open(1, deadline: date(2025, 4, 23))])))
        #expect(lines.contains("TRIGGER;VALUE=DATE-TIME:20250416T060000Z"))
    }

    @Test func remindSetsTheWorkingDaysBefore() throws {
        let deadline = date(2025, 2, 11)
        let one = try #require(
            Self.event("deadline-2025-0001@dsr", in: Self.calendar([Self.open(1, deadline: deadline)], remind: 1)))
        #expect(one.contains("TRIGGER;VALUE=DATE-TIME:20250210T070000Z"))
        let none = try #require(
            Self.event("deadline-2025-0001@dsr", in: Self.calendar([Self.open(1, deadline: deadline)], remind: 0)))
        #expect(none.contains("TRIGGER;VALUE=DATE-TIME:20250211T070000Z"))
    }

    @Test func closedWithinNinetyDaysStaysCancelledWithoutReminder() throws {
        let text = Self.calendar([Self.closed(1, on: date(2025, 3, 17)), Self.closed(2, on: date(2025, 6, 1))])
        for uid in ["deadline-2025-0001@dsr", "deadline-2025-0002@dsr"] {
            let lines = try #require(Self.event(uid, in: text))
            #expect(lines.contains("STATUS:CANCELLED"))
            #expect(!lines.contains("BEGIN:VALARM"))
        }
    }

    @Test func closedMoreThanNinetyDaysAgoIsLeftOut() {
        let text = Self.calendar([Self.closed(1, on: date(2025, 3, 16))])
        #expect(Self.event("deadline-2025-0001@dsr", in: text) == nil)
        #expect(!text.contains("BEGIN:VEVENT"))
    }

    @Test func internalTargetOfAClosedRequestIsCancelledToo() throws {
        let text = ICalendarWriter.calendar(
            [Self.closed(1, on: date(2025, 6, 1))], internalTargetDays: 2, stamp: Self.stamp,
            today: Self.today)
        let lines = try #require(Self.event("target-2025-0001@dsr", in: text))
        #expect(lines.contains("STATUS:CANCELLED"))
    }
}
