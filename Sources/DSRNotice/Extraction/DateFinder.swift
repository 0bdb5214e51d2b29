/// Finds the date of a notice as written: "29.05.2019", "2020-06-23", "5. marraskuuta 2020", "1 mars 2024",
/// "June 23, 2020", "toukokuu 2019".
enum DateFinder {
    private static let months: [String] = [
        "tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesakuu", "heinakuu", "elokuu", "syyskuu",
        "lokakuu", "marraskuu", "joulukuu",
        "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november",
        "december",
        "january", "february", "march", "may", "june", "july", "august",
    ]
    /// Words that introduce a notice date.
    private static let leadWords = [
        "laadittu", "laatimispaiva", "paivitetty", "paivays", "paivamaara", "viimeksi paivitetty", "muutettu",
        "laatimispvm", "pvm", "voimassa", "uppdaterad", "upprattad", "datum", "senast uppdaterad", "last updated",
        "updated", "date", "effective", "version",
    ]

    /// The first date in a text, as written.
    static func date(in text: String) -> String? {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        func core(_ word: Substring) -> String {
            String(word.trimmingPrefix { "([".contains($0) }).trimmingSuffix { ",;:)].".contains($0) }
        }
        for (index, word) in words.enumerated() {
            let token = core(word)
            if isNumericDate(token) { return TextCleanup.trimTrailing(token, [".", " "]) }
            // "1. 2. 2024"
            if index + 2 < words.count, isDayOrMonth(token), isDayOrMonth(core(words[index + 1])),
                isYear(core(words[index + 2]))
            {
                return words[index...(index + 2)].joined(separator: " ").trimmingSuffix { ",;:".contains($0) }
            }
            // "5. marraskuuta 2020", "1 mars 2024"
            if index + 2 < words.count, isDayOrMonth(token), isMonth(core(words[index + 1])),
                isYear(core(words[index + 2]))
            {
                return words[index...(index + 2)].joined(separator: " ").trimmingSuffix { ",;:.".contains($0) }
            }
            // "June 23, 2020"
            if index + 2 < words.count, isMonth(token), isDayOrMonth(core(words[index + 1])),
                isYear(core(words[index + 2]))
            {
                return words[index...(index + 2)].joined(separator: " ").trimmingSuffix { ",;:.".contains($0) }
            }
            // "toukokuu 2019"
            if index + 1 < words.count, isMonth(token), isYear(core(words[index + 1])) {
                return words[index...(index + 1)].joined(separator: " ").trimmingSuffix { ",;:.".contains($0) }
            }
        }
        return nil
    }

    /// The notice date: from a date section (its heading or body), else from a line that starts with a date word.
    static func noticeDate(in sections: [NoticeSection]) -> NoticeField? {
        for section in sections where section.topics.contains(.noticeDate) {
            if let heading = section.heading, let found = date(in: heading) {
                return NoticeField(field: .noticeDate, value: found, line: section.line, raw: heading)
            }
            for block in section.blocks {
                if let found = date(in: block.text) {
                    return NoticeField(field: .noticeDate, value: found, line: block.line, raw: block.text)
                }
            }
            if let block = section.blocks.first, block.text.count <= 40 {
                return NoticeField(field: .noticeDate, value: block.text, line: block.line, raw: block.text)
            }
        }
        for section in sections {
            let candidates =
                [section.heading.map { NoticeBlock(kind: .heading, text: $0, line: section.line) }]
                .compactMap { $0 } + section.blocks
            for block in candidates {
                let folded = TextFold.fold(block.text.prefix(60))
                guard leadWords.contains(where: { folded.hasPrefix($0) || folded.contains(" " + $0 + " ") }),
                    let found = date(in: block.text)
                else { continue }
                return NoticeField(field: .noticeDate, value: found, line: block.line, raw: block.text)
            }
        }
        return nil
    }

    private static func isNumericDate(_ token: String) -> Bool {
        let dotted = token.split(separator: ".", omittingEmptySubsequences: false)
        if dotted.count == 3 || (dotted.count == 4 && dotted[3].isEmpty) {
            let parts = dotted.prefix(3)
            return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }
                && (1...2).contains(parts[parts.startIndex].count)
                && (1...2).contains(parts[parts.startIndex + 1].count)
                && (parts[parts.startIndex + 2].count == 4 || parts[parts.startIndex + 2].count == 2)
        }
        let dashed = token.split(separator: "-", omittingEmptySubsequences: false)
        return dashed.count == 3 && dashed[0].count == 4 && dashed[1].count == 2 && dashed[2].count == 2
            && dashed.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
    }

    private static func isDayOrMonth(_ token: String) -> Bool {
        let digits = token.hasSuffix(".") ? String(token.dropLast()) : token
        guard (1...2).contains(digits.count), digits.allSatisfy(\.isASCIIDigit), let value = Int(digits) else {
            return false
        }
        return (1...31).contains(value)
    }

    private static func isYear(_ token: String) -> Bool {
        let digits = token.hasSuffix(".") ? String(token.dropLast()) : token
        guard digits.count == 4, digits.allSatisfy(\.isASCIIDigit), let value = Int(digits) else { return false }
        return (1990...2100).contains(value)
    }

    private static func isMonth(_ token: String) -> Bool {
        let folded = TextFold.fold(token)
        return folded.count >= 3 && months.contains { folded.hasPrefix($0) }
    }
}

extension StringProtocol {
    /// The text without trailing characters that match.
    func trimmingSuffix(while predicate: (Character) -> Bool) -> String {
        var result = String(self)
        while let last = result.last, predicate(last) { result.removeLast() }
        return result
    }
}
