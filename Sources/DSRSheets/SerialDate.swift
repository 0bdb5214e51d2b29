import DSRCore

/// Spreadsheet dates: a workbook stores a date as a number of days (a "serial number") counted from an epoch that
/// the workbook names, and marks the cell as a date only through its number format.
///
/// - The 1900 date system (the default): serial 1 is 1900-01-01. Serial 60 is 29 February 1900, a day that never
///   existed (Lotus 1-2-3's leap-year mistake, which Excel keeps), so from serial 61 (1900-03-01) on the day is
///   counted from 1899-12-30; serials 1-59 from 1899-12-31. Serials 0 and 60 are no date.
/// - The 1904 date system (`<workbookPr date1904="1"/>`, old Mac Excel): serial 0 is 1904-01-01.
///
/// A fraction is the time of day; dsr's dates are days, so it is dropped. (ECMA-376 Part 1, §18.17.4 "Dates and
/// Times".)
public enum SerialDate {
    /// Days from 1970-01-01 back to 1899-12-30, the 1900 system's day zero from serial 61 on.
    private static let epoch1900 = -25_569
    /// Days from 1970-01-01 back to 1904-01-01, the 1904 system's day zero.
    private static let epoch1904 = -24_107
    /// The largest serial read: 9999-12-31 in the 1900 system.
    private static let largest = 2_958_465.0

    /// The day a serial number stands for, or `nil` if it is no day (negative, 0 or 60 in the 1900 system, past
    /// the year 9999, or not a finite number).
    public static func date(serial: Double, date1904: Bool) -> CivilDate? {
        guard serial.isFinite, serial >= 0, serial <= largest else { return nil }
        let days = Int(serial.rounded(.down))
        if date1904 { return CivilDate(daysSinceEpoch: epoch1904 + days) }
        switch days {
        case 0, 60: return nil
        case 1..<60: return CivilDate(daysSinceEpoch: epoch1900 + 1 + days)
        default: return CivilDate(daysSinceEpoch: epoch1900 + days)
        }
    }

    /// The serial number of a day in the 1900 system (the one dsr writes), for days from 1900-03-01 on.
    public static func serial(of date: CivilDate) -> Int {
        date.daysSinceEpoch - epoch1900
    }

    /// Whether a number format marks a date: one of the built-in date formats (ids 14-22, 27-36, 45-47, 50-58
    /// in ECMA-376 Part 1, §18.8.30, the last two groups being the East Asian ones), or a custom format code with
    /// a day, month or year token (`d`, `m`, `y`, or `e`, `g` for eras) outside quoted text, escapes and brackets.
    /// A format with only hours, minutes and seconds is a duration, not a date.
    public static func isDateFormat(id: Int, code: String?) -> Bool {
        switch id {
        case 14...22, 27...36, 45...47, 50...58: return true
        default: break
        }
        guard let code else { return false }
        var inQuotes = false
        var inBrackets = false
        var escaped = false
        var sawDateToken = false
        for character in code.lowercased() {
            if escaped {
                escaped = false
                continue
            }
            if inQuotes {
                if character == "\"" { inQuotes = false }
                continue
            }
            if inBrackets {
                if character == "]" { inBrackets = false }
                continue
            }
            switch character {
            case "\\", "_", "*": escaped = true
            case "\"": inQuotes = true
            case "[": inBrackets = true
            case ";": return sawDateToken
            case "d", "y", "e", "g": sawDateToken = true
            case "m":
                // `m` is the month here; in `h:mm` or `mm:ss` it is minutes, which alone is no date.
                sawDateToken = sawDateToken || !code.lowercased().contains("h") && !code.lowercased().contains("s")
            default: break
            }
        }
        return sawDateToken
    }
}
