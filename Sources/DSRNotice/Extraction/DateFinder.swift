/// Finds the date of a notice as written: "29.05.2019", "27/08/2025", "2020-06-23", "5. marraskuuta 2020",
/// "1 mars 2024", "June 23, 2020", "toukokuu 2019".
///
/// Outside a date section, a date counts only after a word that introduces one ("viimeksi päivitetty",
/// "Viimeisin muutos", "laadittu", "Publicerad:", "last updated on"), anywhere in a paragraph; when a paragraph gives
/// both, the date of the last change wins over the date of writing.
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
        "updated", "date", "effective", "version", "viimeisin muutos", "viimeksi muutettu", "viimeksi muokattu",
        "muokattu", "voimaan", "publicerad", "senast andrad", "andrad", "giltig fran", "last modified", "revised",
    ]
    /// Lead words of a change, preferred over the date of writing.
    private static let changeWords = [
        "paivitetty", "muutos", "muutettu", "muokattu", "uppdaterad", "andrad", "updated", "modified", "revised",
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
        var fallback: NoticeField?
        for section in sections {
            let candidates =
                [section.heading.map { NoticeBlock(kind: .heading, text: $0, line: section.line) }]
                .compactMap { $0 } + section.blocks
            for block in candidates {
                guard let (found, isChange) = introducedDate(in: block.text) else { continue }
                let field = NoticeField(field: .noticeDate, value: found, line: block.line, raw: block.text)
                if isChange { return field }
                fallback = fallback ?? field
            }
        }
        return fallback
    }

    /// The date after a lead word in a paragraph; a change date ("päivitetty") wins over a writing date.
    static func introducedDate(in text: String) -> (date: String, isChange: Bool)? {
        let words = text.prefix(400).split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let folded = words.map { TextFold.fold($0).trimmingSuffix { ",;:.)".contains($0) } }
        var best: (String, Bool)?
        for lead in leadWords {
            let parts = lead.split(separator: " ").map(String.init)
            guard parts.count <= folded.count else { continue }
            for start in 0...(folded.count - parts.count)
            where (0..<parts.count).allSatisfy({ index in
                let word = folded[start + index]
                // A long lead word also matches its inflections ("laatimispäivämäärä", "päivitetty:").
                return word == parts[index] || (parts[index].count >= 6 && word.hasPrefix(parts[index]))
            }) {
                // The date must follow within a few words ("Last updated on 3 March 2024").
                let after = words[(start + parts.count)...].prefix(6).joined(separator: " ")
                guard let found = date(in: String(after.map { $0 == ":" ? " " : $0 })) else { continue }
                if changeWords.contains(where: lead.contains) { return (found, true) }
                best = best ?? (found, false)
            }
        }
        return best
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
        let slashed = token.split(separator: "/", omittingEmptySubsequences: false)
        if slashed.count == 3 {
            return slashed.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }
                && (1...2).contains(slashed[0].count) && (1...2).contains(slashed[1].count) && slashed[2].count == 4
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
