import Foundation

extension CivilDate {
    /// The years dsr accepts in a date it is given (options, `DSR_TODAY`, import files): 1990 to 2200.
    ///
    /// Wide enough for any request under the GDPR and any date typed on purpose, narrow enough that every deadline
    /// computed from such a date (a month, an extension, pauses, the next working day) is still a four-digit year
    /// that the register, the lists and the letters write and read back.
    public static let acceptedYears = 1990...2200

    /// Parses a date given to dsr, as ``init(reading:)`` does, and checks that its year is in ``acceptedYears``.
    /// - Parameters:
    ///   - text: The date as given.
    ///   - field: The option or column it came from, for the message.
    /// - Throws: ``InputError/invalidDate(field:text:)`` if it is not a real date,
    ///   ``InputError/yearOutOfRange(field:year:)`` if its year is outside ``acceptedYears``.
    public static func given(_ text: String, field: String) throws(InputError) -> CivilDate {
        guard let date = CivilDate(reading: text) else { throw .invalidDate(field: field, text: text) }
        guard acceptedYears.contains(date.year) else { throw .yearOutOfRange(field: field, year: date.year) }
        return date
    }

    /// Reads a date given to dsr, on the command line or in an import file: what ``init(parsing:)`` reads
    /// (`2026-10-05`, `5.10.2026`, `05.10.2026`, an ISO date-time), and also a Finnish date with a time of day after
    /// it (`5.10.2026 14:30`), as spreadsheets write. `nil` if the text is not a real date. The one date reading that
    /// the command-line options and `dsr import` share.
    public init?(reading text: String) {
        if let date = CivilDate.quickDate(text) {
            self = date
            return
        }
        if let date = CivilDate(parsing: text) {
            self = date
            return
        }
        let trimmed = text.trimmedWhitespace
        guard let space = trimmed.firstIndex(of: " ") else { return nil }
        let time = trimmed[trimmed.index(after: space)...].trimmingCharacters(in: .whitespaces)
        guard !time.isEmpty, time.count <= 12, time.allSatisfy({ $0.isASCIIDigit || $0 == ":" || $0 == "." }) else {
            return nil
        }
        guard let date = CivilDate(parsing: String(trimmed[..<space])) else { return nil }
        self = date
    }

    /// The common forms `2026-11-05` and `5.11.2026`, read straight from their bytes; `nil` for anything else, which
    /// ``CivilDate/init(parsing:)`` then reads (the result is the same, only faster on a million rows).
    static func quickDate(_ text: String) -> CivilDate? {
        var parts = (0, 0, 0)
        var digits = (0, 0, 0)
        var index = 0
        var separator: UInt8 = 0
        for byte in text.utf8 {
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                let value = Int(byte - UInt8(ascii: "0"))
                switch index {
                case 0:
                    parts.0 = parts.0 * 10 + value
                    digits.0 += 1
                case 1:
                    parts.1 = parts.1 * 10 + value
                    digits.1 += 1
                default:
                    parts.2 = parts.2 * 10 + value
                    digits.2 += 1
                }
            } else if (byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")) && index < 2
                && (separator == 0 || separator == byte)
            {
                separator = byte
                index += 1
            } else {
                return nil
            }
        }
        guard index == 2 else { return nil }
        if separator == UInt8(ascii: "-") {
            guard digits == (4, 2, 2) else { return nil }
            return CivilDate(year: parts.0, month: parts.1, day: parts.2)
        }
        guard (1...2).contains(digits.0), (1...2).contains(digits.1), digits.2 == 4 else { return nil }
        return CivilDate(year: parts.2, month: parts.1, day: parts.0)
    }

    /// The day UTF-8 text `YYYY-MM-DD` (ASCII digits and dashes, nothing else) names, read from its bytes; `nil` for
    /// any other text or a day that does not exist. The register writes its days so, and reads them back through
    /// this, without building strings.
    public init?(isoDigits bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        var numbers = (year: 0, month: 0, day: 0)
        for (index, byte) in bytes.enumerated() where index != 4 && index != 7 {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            switch index {
            case 0..<4: numbers.year = numbers.year * 10 + digit
            case 5..<7: numbers.month = numbers.month * 10 + digit
            default: numbers.day = numbers.day * 10 + digit
            }
        }
        self.init(year: numbers.year, month: numbers.month, day: numbers.day)
    }

    /// Parses `YYYY-MM-DD` (ISO 8601) or `D.M.YYYY` (Finnish), or returns `nil` if the text is not a real date.
    ///
    /// A date-time such as `2026-11-05T14:30` or `2026-11-05 14:30` is accepted. Without a zone it is Helsinki time
    /// and its date part is kept; with a zone (`Z`, `+02:00`, `-0500`) it is converted to the date in Europe/Helsinki,
    /// so `2026-11-05T23:30:00Z` is 6 November (statutory periods count Finnish calendar days).
    public init?(parsing text: String) {
        // The register's and the ISO form `YYYY-MM-DD` exactly, read from its digits: what the general reading below
        // gives for it, without splitting (lists, the replay and the audit read many days). Any other text of ten
        // bytes (`05.11.2026`, or a day that does not exist) goes on to the general reading.
        if text.utf8.count == 10,
            let date = text.utf8.withContiguousStorageIfAvailable(CivilDate.init(isoDigits:)) ?? nil
        {
            self = date
            return
        }
        let trimmed = text.trimmedWhitespace
        // The first separator decides the form: `5.11.2026` is Finnish, while `2026-11-05T14:30:00.5Z` is ISO even
        // though its fraction of a second contains a dot.
        if trimmed.first(where: { !$0.isASCIIDigit }) == "." {
            let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCIIDigit) }),
                parts[2].count == 4,
                let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2])
            else { return nil }
            self.init(year: y, month: m, day: d)
            return
        }
        var datePart = Substring(trimmed)
        var time: (minutes: Int, offset: Int?)?
        if let separator = trimmed.firstIndex(where: { $0 == "T" || $0 == " " }) {
            let timePart = trimmed[trimmed.index(after: separator)...]
            guard let parsed = CivilDate.parseTime(timePart) else { return nil }
            time = parsed
            datePart = trimmed[..<separator]
        }
        let parts = datePart.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            let date = CivilDate(year: y, month: m, day: d)
        else { return nil }
        guard let time, let offset = time.offset else {
            self = date
            return
        }
        let utcMinutes = date.daysSinceEpoch * 1440 + time.minutes - offset
        let local = utcMinutes + CivilDate.helsinkiOffsetMinutes(atUTCMinutes: utcMinutes)
        self.init(daysSinceEpoch: Int((Double(local) / 1440).rounded(.down)))
    }

    /// Europe/Helsinki's offset from UTC at an instant: +3 h from the last Sunday of March 01:00 UTC to the last
    /// Sunday of October 01:00 UTC (EU summer time, Directive 2000/84/EC), else +2 h.
    static func helsinkiOffsetMinutes(atUTCMinutes minutes: Int) -> Int {
        let day = CivilDate(daysSinceEpoch: Int((Double(minutes) / 1440).rounded(.down)))
        func lastSunday(of month: Int) -> Int {
            let last = CivilDate(uncheckedYear: day.year, month: month, day: 31)
            return last.adding(days: -((last.weekday.rawValue + 1) % 7)).daysSinceEpoch * 1440 + 60
        }
        return (lastSunday(of: 3)..<lastSunday(of: 10)).contains(minutes) ? 180 : 120
    }

    /// Parses a time of day `HH:MM`, `HH:MM:SS` or `HH:MM:SS.fff`, optionally followed by a zone `Z`, `±HH:MM` or
    /// `±HHMM`; returns the minutes after midnight and the zone's offset in minutes, if it has one.
    private static func parseTime(_ text: Substring) -> (minutes: Int, offset: Int?)? {
        let allowed = Set("0123456789:.+-Z")
        guard !text.isEmpty, text.count <= 35, text.allSatisfy({ allowed.contains($0) }) else { return nil }
        let clock = text.prefix { $0.isASCIIDigit || $0 == ":" }
        let fields = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard fields.count >= 2, fields.count <= 3,
            let hour = Int(fields[0]), let minute = Int(fields[1]), fields[0].count == 2, fields[1].count == 2,
            (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        if fields.count == 3 {
            guard fields[2].count == 2, let second = Int(fields[2]), (0...60).contains(second) else { return nil }
        }
        var rest = text.dropFirst(clock.count)
        if rest.first == "." {
            rest = rest.dropFirst()
            let fraction = rest.prefix(while: \.isASCIIDigit)
            guard !fraction.isEmpty else { return nil }
            rest = rest.dropFirst(fraction.count)
        }
        let minutes = hour * 60 + minute
        if rest.isEmpty { return (minutes, nil) }
        if rest == "Z" { return (minutes, 0) }
        guard let sign = rest.first, sign == "+" || sign == "-" else { return nil }
        let zone = rest.dropFirst().filter { $0 != ":" }
        guard zone.count == 4, zone.allSatisfy(\.isASCIIDigit), let hh = Int(zone.prefix(2)),
            let mm = Int(zone.suffix(2)),
            hh <= 14, mm <= 59
        else { return nil }
        let offset = hh * 60 + mm
        return (minutes, sign == "+" ? offset : -offset)
    }
}

extension Character {
    /// Whether the character is one of the ASCII digits 0–9.
    var isASCIIDigit: Bool { ("0"..."9").contains(self) && isASCII }
}
