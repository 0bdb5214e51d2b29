import Foundation

/// Writes open requests' deadlines as an iCalendar (RFC 5545) file: one all-day event per deadline and internal target,
/// a reminder before each deadline, and cancelled events for requests answered or closed in the last 90 days.
///
/// UIDs are stable (`deadline-2026-0042@dsr`), so re-importing the file updates events instead of duplicating them.
/// Summaries carry case numbers and kinds, never names.
public enum ICalendarWriter {
    /// How many days after a request is answered or closed its events stay in the file, cancelled, so that a
    /// subscribed calendar removes them instead of keeping a stale deadline.
    public static let cancelledKeepDays = 90

    /// The default number of working days before a deadline its reminder goes off.
    public static let defaultReminderWorkingDays = 3

    /// The calendar text with CRLF line ends and folded lines.
    ///
    /// Each deadline event carries a reminder (`VALARM`) at 09:00 Helsinki time `reminderWorkingDays` working days
    /// before the deadline, counted back over weekends and Finnish holidays. The trigger is an absolute UTC time:
    /// RFC 5545 durations (§ 3.3.6) count calendar days and cannot skip holidays.
    /// - Parameters:
    ///   - records: The requests. Open ones with a running or paused clock get events; ones answered or closed
    ///     within ``cancelledKeepDays`` days before `today` keep their events with `STATUS:CANCELLED`; the rest are
    ///     left out.
    ///   - internalTargetDays: Working days before the deadline for the internal target event, if the controller set one.
    ///   - stamp: The time to put in DTSTAMP.
    ///   - today: The day the file is written, for the window of cancelled events.
    ///   - reminderWorkingDays: Working days before the deadline for the reminder (0: on the deadline day).
    public static func calendar(
        _ records: [RequestRecord], internalTargetDays: Int?, stamp: Date, today: CivilDate,
        reminderWorkingDays: Int = defaultReminderWorkingDays,
        calendar: FinnishCalendar = FinnishCalendar()
    ) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//dsr//data-subject requests//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:dsr deadlines",
        ]
        let dtstamp = timestamp(stamp)
        let oldestKept = today.adding(days: -cancelledKeepDays)
        for record in records {
            let cancelled: Bool
            if let ended = endedOn(record) {
                guard ended >= oldestKept else { continue }
                cancelled = true
            } else {
                cancelled = false
            }
            let title = "\(record.caseNumber) \(record.kind.rawValue) (\(record.kind.names.fi))"
            let reminderDay = calendar.workingDays(reminderWorkingDays, before: record.deadline)
            let alarm =
                cancelled
                ? []
                : [
                    "BEGIN:VALARM", "ACTION:DISPLAY",
                    "DESCRIPTION:\(escape("Deadline of case \(record.caseNumber) on \(record.deadline)"))",
                    "TRIGGER;VALUE=DATE-TIME:\(reminderTrigger(on: reminderDay))", "END:VALARM",
                ]
            let ended = cancelled ? " Answered or closed: this event is cancelled." : ""
            lines += event(
                uid: "deadline-\(record.caseNumber)@dsr", date: record.deadline, stamp: dtstamp,
                summary: "Deadline: \(title)",
                description:
                    "Statutory deadline (GDPR Art. 12(3)) of case \(record.caseNumber). State: \(record.state).\(ended)",
                cancelled: cancelled, alarm: alarm)
            if let days = internalTargetDays {
                let target = calendar.workingDays(days, before: record.deadline)
                lines += event(
                    uid: "target-\(record.caseNumber)@dsr", date: target, stamp: dtstamp,
                    summary: "Internal target: \(title)",
                    description:
                        "Internal target, \(days) working days before the deadline \(record.deadline).\(ended)",
                    cancelled: cancelled, alarm: [])
            }
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// The day a request stopped needing a calendar event: the day it closed, or the day its clock stopped while it
    /// stays open (answered, a restriction in force); `nil` while it runs or is paused.
    static func endedOn(_ record: RequestRecord) -> CivilDate? {
        if let closed = record.closedOn { return closed }
        switch record.clock {
        case .stopped: return record.lastEventOn
        case .running, .paused: return nil
        }
    }

    /// 09:00 Europe/Helsinki on a day as a UTC date-time `YYYYMMDDTHHMMSSZ` (06:00Z in summer time, 07:00Z otherwise).
    static func reminderTrigger(on day: CivilDate) -> String {
        // Helsinki changes its offset at 01:00 UTC, before 09:00 local time in either offset, so the offset at 06:00
        // UTC of the day is the offset at 09:00 local time.
        let offset = CivilDate.helsinkiOffsetMinutes(atUTCMinutes: day.daysSinceEpoch * 1440 + 360)
        let utcMinutes = day.daysSinceEpoch * 1440 + 9 * 60 - offset
        let utcDay = CivilDate(daysSinceEpoch: Int((Double(utcMinutes) / 1440).rounded(.down)))
        let minute = utcMinutes - utcDay.daysSinceEpoch * 1440
        return compact(utcDay) + "T" + [minute / 60, minute % 60, 0].map { String($0).leftPadded(to: 2) }.joined() + "Z"
    }

    private static func event(
        uid: String, date: CivilDate, stamp: String, summary: String, description: String,
        cancelled: Bool, alarm: [String]
    ) -> [String] {
        [
            "BEGIN:VEVENT", "UID:\(uid)", "DTSTAMP:\(stamp)", "DTSTART;VALUE=DATE:\(compact(date))",
            "DTEND;VALUE=DATE:\(compact(date.adding(days: 1)))", "SUMMARY:\(escape(summary))",
            "DESCRIPTION:\(escape(description))", "STATUS:\(cancelled ? "CANCELLED" : "CONFIRMED")",
            "TRANSP:TRANSPARENT",
        ] + alarm + ["END:VEVENT"]
    }

    private static func compact(_ date: CivilDate) -> String {
        date.description.replacingOccurrences(of: "-", with: "")
    }

    private static func timestamp(_ date: Date) -> String {
        let (day, rest) = CivilDate.utcDayAndSecond(of: date)
        let clock = [rest / 3600, rest % 3600 / 60, rest % 60].map { String($0).leftPadded(to: 2) }.joined()
        return compact(day) + "T" + clock + "Z"
    }

    /// Escapes TEXT values (RFC 5545 § 3.3.11).
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;")
            .replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: "\n", with: "\\n")
    }

    /// Folds a content line at 75 octets (RFC 5545 § 3.1), never inside a UTF-8 sequence.
    static func fold(_ line: String) -> String {
        var result = ""
        var count = 0
        for character in line {
            let size = String(character).utf8.count
            if count + size > 75 {
                result += "\r\n "
                count = 1
            }
            result.append(character)
            count += size
        }
        return result
    }
}
