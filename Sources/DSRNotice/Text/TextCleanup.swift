/// Small text helpers shared by the readers and extractors.
enum TextCleanup {
    /// Collapses runs of white space (including no-break spaces and tabs) to one space and trims the ends;
    /// control and format characters are dropped.
    static func collapse(_ text: some StringProtocol) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            switch scalar.properties.generalCategory {
            case .control, .format, .surrogate, .privateUse, .unassigned: continue
            default: break
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(scalar)
        }
        return String(result)
    }

    /// Removes trailing characters in `characters` (default: spaces and `:`, `;`, `,`).
    static func trimTrailing(_ text: String, _ characters: Set<Unicode.Scalar> = [" ", ":", ";", ","]) -> String {
        var scalars = Array(text.unicodeScalars)
        while let last = scalars.last, characters.contains(last) { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    /// The parts of a text between any of the `separators` ("Esimerkki Oy | Helsinki"), each collapsed
    /// (``collapse(_:)``) and with the `trailing` characters removed from its end (``trimTrailing(_:_:)``).
    static func parts(
        of text: some StringProtocol, between separators: String, trimming trailing: Set<Unicode.Scalar>
    ) -> [String] {
        text.split(whereSeparator: { separators.contains($0) }).map { trimTrailing(collapse($0), trailing) }
    }

    /// Whether the text's first letter is lower case.
    static func startsLowercase(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first(where: { $0.properties.isAlphabetic }) else { return false }
        return first.properties.isLowercase
    }

    /// Whether the text ends like a finished sentence or an introduction (`.`, `!`, `?`, `:`).
    static func endsSentence(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return [".", "!", "?", ":", "\u{2026}"].contains(last)
    }

    /// The number of words.
    static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: { $0 == " " }).count
    }

    /// Whether every letter is upper case (and there is at least one letter).
    static func isUppercase(_ text: String) -> Bool {
        var letters = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            if scalar.properties.isLowercase { return false }
            letters += 1
        }
        return letters > 0
    }
}

extension Character {
    /// Whether the character is one of the ASCII digits 0–9.
    var isASCIIDigit: Bool { isASCII && isNumber }
}
