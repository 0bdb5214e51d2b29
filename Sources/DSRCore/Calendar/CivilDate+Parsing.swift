import Foundation

extension CivilDate {
    /// Parses `YYYY-MM-DD` (ISO 8601) or `D.M.YYYY` (Finnish), or returns `nil` if the text is not a real date.
    ///
    /// A date-time such as `2026-11-05T14:30` or `2026-11-05 14:30` is accepted and its date part kept.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
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
        if let separator = trimmed.firstIndex(where: { $0 == "T" || $0 == " " }) {
            let timePart = trimmed[trimmed.index(after: separator)...]
            guard CivilDate.isPlausibleTime(timePart) else { return nil }
            datePart = trimmed[..<separator]
        }
        let parts = datePart.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Checks that a time of day looks like `HH:MM`, `HH:MM:SS`, optionally with fractions and a zone suffix.
    private static func isPlausibleTime(_ text: Substring) -> Bool {
        let allowed = Set("0123456789:.+-Z")
        guard !text.isEmpty, text.count <= 35, text.allSatisfy({ allowed.contains($0) }) else { return false }
        let clock = text.prefix { $0.isASCIIDigit || $0 == ":" }
        let fields = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard fields.count >= 2, fields.count <= 3,
              let hour = Int(fields[0]), let minute = Int(fields[1]), fields[0].count == 2, fields[1].count == 2,
              (0...23).contains(hour), (0...59).contains(minute)
        else { return false }
        if fields.count == 3 {
            guard fields[2].count == 2, let second = Int(fields[2]), (0...60).contains(second) else { return false }
        }
        return true
    }
}

extension Character {
    /// Whether the character is one of the ASCII digits 0–9.
    var isASCIIDigit: Bool { ("0"..."9").contains(self) && isASCII }
}
