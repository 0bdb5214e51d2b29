/// Splits run-together bullet lists ("- Nimi- Sähköpostiosoite- Puhelinnumero") into items.
///
/// A `-` (or `•`, `–`, `*`) separates items when it starts the text, when it stands between spaces, or when it
/// follows a letter and is followed by a space and a word that is not a conjunction ("sukunimi- Sähköposti",
/// "Puhelinnumero- www-osoite"). A hyphen in a compound ("etu- ja sukunimi", "IP-osoite") is kept.
enum ListSplitter {
    /// Whether the text starts with a bullet.
    static func startsWithBullet(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        guard isBullet(first) else { return false }
        let rest = text.unicodeScalars.dropFirst()
        guard let second = rest.first else { return false }
        // "-nimet" (seed 004) is a bullet; "--" and "-1" are not.
        return second == " " || (second.properties.isAlphabetic && first != "*")
    }

    /// The items of a text; the text before the first bullet, if any, is returned as `intro`.
    static func split(_ text: String) -> (intro: String?, items: [String]) {
        let scalars = Array(text.unicodeScalars)
        var cuts: [Int] = []
        var seenText = false
        for index in scalars.indices {
            defer { if scalars[index] != " " { seenText = true } }
            guard isBullet(scalars[index]) else { continue }
            let previous: Unicode.Scalar? = index > 0 ? scalars[index - 1] : nil
            let next: Unicode.Scalar? = index + 1 < scalars.count ? scalars[index + 1] : nil
            let afterNext: Unicode.Scalar? = index + 2 < scalars.count ? scalars[index + 2] : nil
            if !seenText {
                if let next, next == " " || (next.properties.isAlphabetic && scalars[index] != "*") {
                    cuts.append(index)
                }
            } else if previous == " " && next == " " {
                cuts.append(index)
            } else if let previous, previous.properties.isAlphabetic, next == " ", let afterNext,
                afterNext.properties.isAlphabetic || afterNext.properties.numericType != nil, scalars[index] != "*",
                !Self.conjunctions.contains(Self.word(in: scalars, from: index + 2))
            {
                cuts.append(index)
            }
        }
        guard let firstCut = cuts.first else { return (text, []) }
        let intro = TextCleanup.collapse(String(String.UnicodeScalarView(scalars[..<firstCut])))
        var items: [String] = []
        for (position, cut) in cuts.enumerated() {
            let end = position + 1 < cuts.count ? cuts[position + 1] : scalars.count
            let item = TextCleanup.collapse(String(String.UnicodeScalarView(scalars[(cut + 1)..<end])))
            if !item.isEmpty { items.append(item) }
        }
        return (intro.isEmpty ? nil : intro, items)
    }

    /// Words after a compound's hyphen ("etu- ja sukunimi", "Nimi- tai osoitetiedot"): not an item boundary.
    private static let conjunctions: Set<String> = [
        "ja", "tai", "seka", "sekä", "eli", "taikka", "tahi", "ynna", "ynnä", "och", "eller", "samt", "and", "or", "to",
    ]

    /// The lower-case word starting at `start`.
    private static func word(in scalars: [Unicode.Scalar], from start: Int) -> String {
        var result = ""
        var index = start
        while index < scalars.count, scalars[index].properties.isAlphabetic, result.unicodeScalars.count < 8 {
            result.unicodeScalars.append(scalars[index])
            index += 1
        }
        return result.lowercased()
    }

    private static func isBullet(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "•" || scalar == "–" || scalar == "*" || scalar == "·"
    }
}
