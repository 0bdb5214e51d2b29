import Foundation

/// A calendar date with no time and no time zone: a day as a Finnish office counts it (Europe/Helsinki).
///
/// dsr counts statutory periods in whole calendar days, so dates are values of their own rather than instants.
public struct CivilDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The year, for example 2026.
    public let year: Int
    /// The month, 1 to 12.
    public let month: Int
    /// The day of the month, 1 to 31.
    public let day: Int

    /// Creates a date, or returns `nil` if no such day exists in the proleptic Gregorian calendar.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            day >= 1, day <= CivilDate.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Creates the date that is the given number of days after 1970-01-01.
    public init(daysSinceEpoch: Int) {
        // Howard Hinnant's civil_from_days algorithm.
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// The number of days from 1970-01-01 to this date (negative before it).
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil algorithm.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The UTC calendar day of an instant and the seconds since that day's midnight (whole seconds, rounded down).
    public static func utcDayAndSecond(of instant: Date) -> (day: CivilDate, second: Int) {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down))
        let day = CivilDate(daysSinceEpoch: Int((Double(seconds) / 86_400).rounded(.down)))
        return (day, seconds - day.daysSinceEpoch * 86_400)
    }

    /// Whether the year has 29 February.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in a month of a year.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The ISO 8601 form, `YYYY-MM-DD`.
    public var description: String {
        // Written digit by digit into a string of ten bytes, which Swift keeps without allocating (a register row's
        // dates are written this way for every request `dsr audit verify` checks).
        if (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) {
            return String(unsafeUninitializedCapacity: 10) { text in
                let zero = UInt8(ascii: "0")
                text[0] = zero + UInt8(year / 1000)
                text[1] = zero + UInt8(year / 100 % 10)
                text[2] = zero + UInt8(year / 10 % 10)
                text[3] = zero + UInt8(year % 10)
                text[4] = UInt8(ascii: "-")
                text[5] = zero + UInt8(month / 10)
                text[6] = zero + UInt8(month % 10)
                text[7] = UInt8(ascii: "-")
                text[8] = zero + UInt8(day / 10)
                text[9] = zero + UInt8(day % 10)
                return 10
            }
        }
        let y = String(year).leftPadded(to: 4)
        let m = String(month).leftPadded(to: 2)
        let d = String(day).leftPadded(to: 2)
        return "\(y)-\(m)-\(d)"
    }

    /// The Finnish form, `D.M.YYYY`, as in letters.
    public var finnish: String { "\(day).\(month).\(year)" }

    /// Returns the date `days` days later (earlier if negative).
    public func adding(days: Int) -> CivilDate {
        CivilDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// Returns the number of days from this date to `other` (positive if `other` is later).
    public func days(until other: CivilDate) -> Int {
        other.daysSinceEpoch - daysSinceEpoch
    }

    /// The same day `months` months later; where that month is shorter, its last day (Regulation 1182/71 Art. 3(2)(c)).
    public func adding(months: Int) -> CivilDate {
        let index = year * 12 + (month - 1) + months
        let newYear = index / 12
        let newMonth = index % 12 + 1
        let newDay = min(day, CivilDate.daysIn(month: newMonth, year: newYear))
        return CivilDate(uncheckedYear: newYear, month: newMonth, day: newDay)
    }

    /// The day of the week.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday.
        let index = ((daysSinceEpoch % 7) + 7 + 3) % 7  // 0 = Monday
        return Weekday.allCases[index]
    }

    /// Whether the date is a Saturday or a Sunday.
    public var isWeekend: Bool { weekday == .saturday || weekday == .sunday }

    /// Orders dates chronologically.
    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }
}

extension String {
    /// Pads the string on the left with zeros to the given width.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
