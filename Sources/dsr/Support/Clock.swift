import DSRCore
import Foundation

/// The one place the tool reads the real clock: today in Europe/Helsinki and the current instant.
enum Clock {
    /// The Gregorian calendar in Europe/Helsinki.
    private static let helsinki: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Helsinki") ?? TimeZone(secondsFromGMT: 7200) ?? .current
        return calendar
    }()

    /// The current instant, truncated to whole seconds for the record.
    static func now() -> Date {
        Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
    }

    /// Today's date in Europe/Helsinki, or `$DSR_TODAY` (YYYY-MM-DD) when set, for reproducible scripts and tests.
    ///
    /// `dsr serve` asks on every request: the variable is read alone (`getenv`, not the whole environment as a
    /// dictionary) and the calendar with its time zone is made once (they were 8 % of a case page's time,
    /// docs/performance.md, issue 18).
    static func today() throws -> CivilDate {
        if let value = getenv("DSR_TODAY"), case let text = String(cString: value), !text.isEmpty {
            return try CivilDate.given(text, field: "DSR_TODAY")
        }
        let parts = helsinki.dateComponents([.year, .month, .day], from: Date())
        guard let year = parts.year, let month = parts.month, let day = parts.day,
            let date = CivilDate(year: year, month: month, day: day)
        else { throw InputError.invalidDate(field: "system clock", text: "unreadable") }
        return date
    }

    /// The moment a use case runs at, for the service layer: ``today()`` and ``now()``.
    static func moment() throws -> Today {
        Today(date: try today(), now: now())
    }
}
