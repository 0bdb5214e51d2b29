import DSRCore
import Foundation

/// The register's text forms of time: an instant `YYYY-MM-DDTHH:MM:SSZ`, in UTC, to the second, and a day
/// `YYYY-MM-DD`.
enum UTCTimestamp {
    private static let secondsPerDay = 86_400
    /// The instants that have a four-digit year: 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z.
    private static let range = -62_135_596_800.0...253_402_300_799.0

    /// The text of an instant, truncated to the second; `nil` if its year does not have four digits.
    static func string(from date: Date) -> String? {
        let interval = date.timeIntervalSince1970.rounded(.down)
        guard range.contains(interval) else { return nil }
        let seconds = Int(interval)
        var days = seconds / secondsPerDay
        var rest = seconds % secondsPerDay
        if rest < 0 {
            days -= 1
            rest += secondsPerDay
        }
        let day = CivilDate(daysSinceEpoch: days)
        return "\(day)T\(twoDigits(rest / 3600)):\(twoDigits(rest / 60 % 60)):\(twoDigits(rest % 60))Z"
    }

    /// The instant a text of the form `YYYY-MM-DDTHH:MM:SSZ` names, or `nil`. The register's own form is read from
    /// its digits (``date(fromBytes:)``); anything else is parsed by parts.
    static func date(from text: String) -> Date? {
        var text = text
        if text.utf8.count == 20, let date = text.withUTF8({ fixedDate($0) }) { return date }
        return partsDate(text)
    }

    /// ``date(from:)`` for any text, by parts.
    private static func partsDate(_ text: String) -> Date? {
        let parts = text.split(separator: "T", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].hasSuffix("Z"),
            let day = CivilDate(parsing: String(parts[0])), String(parts[0]) == day.description
        else { return nil }
        let clock = parts[1].dropLast().split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 3, clock.allSatisfy({ $0.count == 2 }),
            let hour = Int(clock[0]), let minute = Int(clock[1]), let second = Int(clock[2]),
            (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second)
        else { return nil }
        let seconds = day.daysSinceEpoch * secondsPerDay + hour * 3600 + minute * 60 + second
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// The instant UTF-8 text of the form `YYYY-MM-DDTHH:MM:SSZ` names, or `nil`: ``date(from:)`` without building
    /// a string for the register's own form.
    static func date(fromBytes bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        fixedDate(bytes) ?? partsDate(String(decoding: bytes, as: UTF8.self))
    }

    /// The instant of exactly the register's form `YYYY-MM-DDTHH:MM:SSZ` in UTF-8, read from its digits; `nil` for
    /// any other text, and for a day or time that does not exist (``partsDate(_:)`` then says the same).
    private static func fixedDate(_ bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        guard bytes.count == 20, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
            bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "Z"),
            let day = day(fromBytes: UnsafeBufferPointer(rebasing: bytes[0..<10])),
            let hour = digits(bytes, 11..<13), let minute = digits(bytes, 14..<16), let second = digits(bytes, 17..<19),
            hour <= 23, minute <= 59, second <= 59
        else { return nil }
        let seconds = day.daysSinceEpoch * secondsPerDay + hour * 3600 + minute * 60 + second
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// The day UTF-8 text `YYYY-MM-DD` names, read from its digits; `nil` for anything else or a day that does not
    /// exist. Lists and the audit read the register's days through it, without building strings.
    static func day(fromBytes bytes: UnsafeBufferPointer<UInt8>) -> CivilDate? {
        CivilDate(isoDigits: bytes)
    }

    /// The number the ASCII digits in `range` write, or `nil` if one is not a digit.
    private static func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var value = 0
        for index in range {
            let byte = bytes[index]
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
