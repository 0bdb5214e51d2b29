/// Decides whether a source line continues the paragraph of the line before it.
///
/// Plain text is often hard-wrapped ("… tilausten toimittamiseen ja laskutukseen sekä" / "suoramarkkinointiin."), but
/// contact blocks put one item per line ("Esimerkki Oy" / "Y-tunnus 1234567-1" / "puh. 09 123 4567"). A line
/// continues the previous one when the previous does not end a sentence and the line starts in lower case, or the
/// previous ends with a comma; never when the line starts with a label ("Puhelin:"), a phone label ("puh."), an
/// e-mail address, a web address or a number.
enum LineJoin {
    /// Whether `next` continues `previous`.
    static func continues(_ previous: String, with next: String) -> Bool {
        guard !TextCleanup.endsSentence(previous), !startsItem(next) else { return false }
        return TextCleanup.startsLowercase(next) || previous.hasSuffix(",")
    }

    /// Whether a short line opening with a capital is a street address with its postal code ("Itäinen Pitkäkatu 11,
    /// 20520 Turku"): in Markdown it is the next line of a contact block, not the end of the name above it, unless
    /// the line before ends with a comma.
    static func isAddressLine(_ line: String) -> Bool {
        line.first?.isUppercase == true && TextCleanup.wordCount(line) <= 8
            && PartyTokens(line).first(.address) != nil
    }

    /// Whether a line starts a new item of a contact block or a labelled line.
    static func startsItem(_ line: String) -> Bool {
        let firstWord = line.prefix { $0 != " " }
        if firstWord.contains("@") || firstWord.lowercased().hasPrefix("www.")
            || firstWord.lowercased().hasPrefix("http")
        {
            return true
        }
        if let first = firstWord.first, first.isNumber || first == "+" || first == "(" { return true }
        let key = TextFold.compact(firstWord)
        if ["puh", "p", "tel", "gsm", "mob", "fax", "tfn"].contains(key) { return true }
        if let colon = line.firstIndex(of: ":"), line.distance(from: line.startIndex, to: colon) <= 40 {
            let label = String(line[..<colon])
            if PartyParser.labelKind(label) != nil || !HeadingCatalogue.topics(for: label).isEmpty { return true }
        }
        return false
    }
}
