import DSRCore
import Foundation

/// The one place the tool reads the real clock: today in Europe/Helsinki and the current instant.
enum Clock {
    /// The current instant, truncated to whole seconds for the record.
    static func now() -> Date {
        Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
    }

    /// Today's date in Europe/Helsinki, or `$DSR_TODAY` (YYYY-MM-DD) when set, for reproducible scripts and tests.
    static func today() throws -> CivilDate {
        if let text = ProcessInfo.processInfo.environment["DSR_TODAY"], !text.isEmpty {
            return try CivilDate.given(text, field: "DSR_TODAY")
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Helsinki") ?? TimeZone(secondsFromGMT: 7200) ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
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
