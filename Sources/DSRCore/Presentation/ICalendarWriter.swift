import Foundation

/// Writes open requests' deadlines as an iCalendar (RFC 5545) file: one all-day event per deadline and internal target.
///
/// UIDs are stable (`deadline-2026-0042@dsr`), so re-importing the file updates events instead of duplicating them.
/// Summaries carry case numbers and kinds, never names.
public enum ICalendarWriter {
    /// The calendar text with CRLF line ends and folded lines.
    /// - Parameters:
    ///   - records: The requests; closed ones and paused ones without a running clock are skipped.
    ///   - internalTargetDays: Working days before the deadline for the internal target event, if the controller set one.
    ///   - stamp: The time to put in DTSTAMP.
    public static func calendar(_ records: [RequestRecord], internalTargetDays: Int?, stamp: Date,
                                calendar: FinnishCalendar = FinnishCalendar()) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//dsr//data-subject requests//EN", "CALSCALE:GREGORIAN",
                     "METHOD:PUBLISH", "X-WR-CALNAME:dsr deadlines"]
        let dtstamp = timestamp(stamp)
        for record in records where record.isOpen && record.clock != .stopped {
            let title = "\(record.caseNumber) \(record.kind.rawValue) (\(record.kind.names.fi))"
            lines += event(uid: "deadline-\(record.caseNumber)@dsr", date: record.deadline, stamp: dtstamp,
                           summary: "Deadline: \(title)",
                           description: "Statutory deadline (GDPR Art. 12(3)) of case \(record.caseNumber). State: \(record.state).")
            if let days = internalTargetDays {
                let target = calendar.workingDays(days, before: record.deadline)
                lines += event(uid: "target-\(record.caseNumber)@dsr", date: target, stamp: dtstamp,
                               summary: "Internal target: \(title)",
                               description: "Internal target, \(days) working days before the deadline \(record.deadline).")
            }
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    private static func event(uid: String, date: CivilDate, stamp: String, summary: String, description: String) -> [String] {
        [
            "BEGIN:VEVENT", "UID:\(uid)", "DTSTAMP:\(stamp)", "DTSTART;VALUE=DATE:\(compact(date))",
            "DTEND;VALUE=DATE:\(compact(date.adding(days: 1)))", "SUMMARY:\(escape(summary))",
            "DESCRIPTION:\(escape(description))", "TRANSP:TRANSPARENT", "END:VEVENT",
        ]
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
