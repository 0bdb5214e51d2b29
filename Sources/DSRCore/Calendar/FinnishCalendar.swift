/// The Finnish working-day calendar: weekends and the non-working days of Laki 150/1930 § 5, for any year.
public struct FinnishCalendar: Sendable {
    /// Creates the calendar.
    public init() {}

    /// Easter Sunday of a year by the Gregorian computus (the anonymous Meeus/Jones/Butcher algorithm).
    public func easterSunday(in year: Int) -> CivilDate {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CivilDate(uncheckedYear: year, month: month, day: day)
    }

    /// Every non-working holiday of a year with its date, in date order.
    public func holidays(in year: Int) -> [(date: CivilDate, holiday: FinnishHoliday)] {
        let easter = easterSunday(in: year)
        func fixed(_ month: Int, _ day: Int) -> CivilDate { CivilDate(uncheckedYear: year, month: month, day: day) }
        /// The first date on or after `start` that falls on `weekday`.
        func first(_ weekday: Weekday, onOrAfter start: CivilDate) -> CivilDate {
            let offset = (weekday.rawValue - start.weekday.rawValue + 7) % 7
            return start.adding(days: offset)
        }
        let midsummerDay = first(.saturday, onOrAfter: fixed(6, 20))
        let list: [(CivilDate, FinnishHoliday)] = [
            (fixed(1, 1), .newYearsDay),
            (fixed(1, 6), .epiphany),
            (easter.adding(days: -2), .goodFriday),
            (easter, .easterSunday),
            (easter.adding(days: 1), .easterMonday),
            (fixed(5, 1), .mayDay),
            (easter.adding(days: 39), .ascensionDay),
            (easter.adding(days: 49), .whitSunday),
            (midsummerDay.adding(days: -1), .midsummerEve),
            (midsummerDay, .midsummerDay),
            (first(.saturday, onOrAfter: fixed(10, 31)), .allSaintsDay),
            (fixed(12, 6), .independenceDay),
            (fixed(12, 24), .christmasEve),
            (fixed(12, 25), .christmasDay),
            (fixed(12, 26), .stStephensDay),
        ]
        return list.sorted { $0.0 < $1.0 }.map { (date: $0.0, holiday: $0.1) }
    }

    /// The holiday that falls on a date, if any.
    ///
    /// Worked out from the date alone, without building the year's list (``holidays(in:)``), since every deadline
    /// asks it for several days: the fixed days by month and day, the movable church holidays by their distance from
    /// Easter Sunday, Midsummer and All Saints' by weekday. Where two holidays fall on one day (May Day and Ascension
    /// Day, in years with Easter on 23 March) it names the one ``holidays(in:)`` lists first, as before.
    public func holiday(on date: CivilDate) -> FinnishHoliday? {
        let month = date.month
        let day = date.day
        switch (month, day) {
        case (1, 1): return .newYearsDay
        case (1, 6): return .epiphany
        case (5, 1): return .mayDay
        case (12, 6): return .independenceDay
        case (12, 24): return .christmasEve
        case (12, 25): return .christmasDay
        case (12, 26): return .stStephensDay
        default: break
        }
        // Good Friday (20 March at the earliest) … Whit Sunday (13 June at the latest).
        if (3...6).contains(month) {
            switch date.daysSinceEpoch - easterSunday(in: date.year).daysSinceEpoch {
            case -2: return .goodFriday
            case 0: return .easterSunday
            case 1: return .easterMonday
            case 39: return .ascensionDay
            case 49: return .whitSunday
            default: break
            }
        }
        // Midsummer Day is the Saturday of 20–26 June, its eve the day before; All Saints' Day the Saturday of
        // 31 October – 6 November.
        if month == 6, (19...26).contains(day) {
            let weekday = date.weekday
            if weekday == .saturday, day >= 20 { return .midsummerDay }
            if weekday == .friday, day <= 25 { return .midsummerEve }
        }
        if (month == 10 && day == 31) || (month == 11 && day <= 6), date.weekday == .saturday {
            return .allSaintsDay
        }
        return nil
    }

    /// Why a date is not a working day (a weekend day or a holiday), or `nil` for a working day.
    public func nonWorkingReason(for date: CivilDate) -> NonWorkingReason? {
        if let holiday = holiday(on: date) { return .holiday(holiday) }
        if date.isWeekend { return .weekend(date.weekday) }
        return nil
    }

    /// Whether a statutory period may end on the date: not a Saturday, Sunday or Finnish non-working day.
    public func isWorkingDay(_ date: CivilDate) -> Bool {
        nonWorkingReason(for: date) == nil
    }

    /// The date itself if it is a working day, else the next working day (Regulation 1182/71 Art. 3(4);
    /// Laki 150/1930 § 5), with the days skipped and why. With `evesAreWorkingDays`, Midsummer Eve and Christmas Eve
    /// on a weekday do not move the date (the safer reading where their status is UNCONFIRMED, legal-facts § 5.3).
    public func rollForward(_ date: CivilDate, evesAreWorkingDays: Bool = false)
        -> (date: CivilDate, skipped: [(CivilDate, NonWorkingReason)])
    {
        var current = date
        var skipped: [(CivilDate, NonWorkingReason)] = []
        while let reason = nonWorkingReason(for: current) {
            if evesAreWorkingDays, case .holiday(let holiday) = reason, holiday.isEve, !current.isWeekend { break }
            skipped.append((current, reason))
            current = current.adding(days: 1)
        }
        return (current, skipped)
    }

    /// Counts back `count` working days from a date (the internal target before a legal deadline).
    public func workingDays(_ count: Int, before date: CivilDate) -> CivilDate {
        var current = date
        var remaining = count
        while remaining > 0 {
            current = current.adding(days: -1)
            if isWorkingDay(current) { remaining -= 1 }
        }
        return current
    }
}

/// Why a day is not a working day.
public enum NonWorkingReason: Sendable, Hashable {
    /// A Saturday or Sunday.
    case weekend(Weekday)
    /// A Finnish holiday.
    case holiday(FinnishHoliday)

    /// The reason's name in a language, for example `lauantai` or `itsenäisyyspäivä`.
    public func name(in language: Language) -> String {
        switch self {
        case .weekend(let weekday): weekday.name(in: language)
        case .holiday(let holiday): holiday.names[language]
        }
    }
}
