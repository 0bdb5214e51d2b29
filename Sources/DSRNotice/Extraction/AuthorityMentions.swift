/// Finds the supervisory authority's name in a text, in correct, misspelled or wrong forms, and the passage where
/// a notice quotes its contact details.
enum AuthorityMentions {
    /// One mention of the authority.
    struct Mention: Equatable {
        /// How the name is written.
        enum Form: Equatable {
            /// The official name (*Tietosuojavaltuutettu*, *Dataombudsmannen*, *Data Protection Ombudsman*).
            case correct
            /// A misspelling ("Tietosuojaavaltuutetun", "Tietosuoja-valtuutetun", "Dataombudsmanen").
            case misspelled
            /// A body that does not exist or no longer exists ("Tietosuojavirasto", "Tietosuojalautakunta").
            case wrongName
        }

        /// The folded byte range of the name.
        var range: Range<Int>
        /// How the name is written.
        var form: Form
    }

    /// Every mention, in order.
    static func mentions(in text: FoldedText) -> [Mention] {
        var result: [Mention] = []
        for range in text.ranges(of: "tietosuoja", wordStart: true) {
            var position = range.upperBound
            var irregular = false
            if text.byte(at: position) == 0x6E, text.byte(at: position + 1) == 0x20 {  // "tietosuojan valtuutettu"
                irregular = true
                position += 2
            } else if text.byte(at: position) == 0x20 || text.byte(at: position) == 0x2D {  // space or hyphen
                irregular = true
                position += 1
            }
            if text.byte(at: position) == 0x61, text.byte(at: position + 1) == 0x76 {  // "tietosuojaavaltuutetun"
                irregular = true
                position += 1
            }
            var end = position
            while text.isWordByte(at: end) { end += 1 }
            let word = String(decoding: text.bytes[position..<end], as: UTF8.self)
            if word.hasPrefix("valtuute") && !irregular {
                result.append(Mention(range: range.lowerBound..<end, form: .correct))
            } else if word.hasPrefix("v"), word.count >= 7, editDistance(String(word.prefix(8)), "valtuute") <= 2 {
                result.append(Mention(range: range.lowerBound..<end, form: .misspelled))
            } else if word.hasPrefix("virasto") || word.hasPrefix("lautakun") {
                result.append(Mention(range: range.lowerBound..<end, form: .wrongName))
            }
        }
        for range in text.ranges(of: "dataombudsm", wordStart: true) {
            var end = range.upperBound
            while text.isWordByte(at: end) { end += 1 }
            let word = String(decoding: text.bytes[range.lowerBound..<end], as: UTF8.self)
            let correct = ["dataombudsman", "dataombudsmannen", "dataombudsmannens", "dataombudsmannens"]
            result.append(Mention(range: range.lowerBound..<end, form: correct.contains(word) ? .correct : .misspelled))
        }
        for range in text.ranges(of: "data protection ombudsman", wordStart: true) {
            let office = Array("office of the ".utf8)
            let start = range.lowerBound - office.count
            let hasOffice = start >= 0 && text.bytes[start..<range.lowerBound].elementsEqual(office)
            result.append(Mention(range: (hasOffice ? start : range.lowerBound)..<range.upperBound, form: .correct))
        }
        return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The passage quoting the authority's contact details, from its name to the end of the details.
    ///
    /// Sections about the controller, contact person and DPO are skipped. When the name stands alone on its line
    /// (HTML, Markdown), up to four following short lines with details are added.
    static func quote(in sections: [NoticeSection]) -> NoticeField? {
        let skipped: Set<NoticeTopic> = [.controller, .contactPerson, .dataProtectionOfficer]
        for section in sections where section.topics.allSatisfy({ !skipped.contains($0) }) {
            for (index, block) in section.blocks.enumerated() {
                let text = FoldedText(block.text)
                let named = mentions(in: text).filter { $0.form != .wrongName }
                guard let first = named.first else { continue }
                var lines: [String] = []
                if let detail = firstDetail(in: text, after: first.range.lowerBound) {
                    let start =
                        quoteStart(named.filter { $0.range.lowerBound < detail }, in: text)
                        ?? first.range.lowerBound
                    let end = sentenceEnd(in: text, from: detail) ?? text.bytes.count
                    lines.append(text.original(start..<end))
                } else {
                    let start = named.last?.range.lowerBound ?? first.range.lowerBound
                    lines.append(text.original(start..<text.bytes.count))
                }
                for next in section.blocks.dropFirst(index + 1).prefix(4) {
                    let nextText = FoldedText(next.text)
                    guard next.text.count <= 160, firstDetail(in: nextText, after: 0) != nil else { break }
                    lines.append(next.text)
                }
                guard lines.count > 1 || firstDetail(in: text, after: first.range.lowerBound) != nil else { continue }
                let value = lines.map { TextCleanup.trimTrailing(TextCleanup.collapse($0), [" ", ".", ",", ";", ":"]) }
                    .joined(separator: "\n")
                return NoticeField(field: .authorityAsQuoted, value: value, line: block.line, raw: block.text)
            }
        }
        return nil
    }

    /// Where a quote of the authority starts: the last mention before the details, moved back to an earlier mention
    /// when only a bracket or spaces separate them ("Data Protection Ombudsman (Tietosuojavaltuutetun toimisto)"),
    /// but not across a colon or full stop ("… tietosuojavaltuutetun ratkaistavaksi osoitteella: Tietosuoja…").
    private static func quoteStart(_ mentions: [Mention], in text: FoldedText) -> Int? {
        guard var chosen = mentions.last else { return nil }
        for previous in mentions.dropLast().reversed() {
            guard previous.range.upperBound <= chosen.range.lowerBound else { break }
            let between = text.bytes[previous.range.upperBound..<chosen.range.lowerBound]
            guard between.count <= 40, !between.contains(where: { [0x3A, 0x2E, 0x3B].contains($0) }) else { break }
            chosen = previous
        }
        return chosen.range.lowerBound
    }

    /// The first contact detail (postal code, PO box, e-mail, website, phone) within 200 bytes after `offset`.
    static func firstDetail(in text: FoldedText, after offset: Int) -> Int? {
        let limit = min(text.bytes.count, offset + 200)
        var best: Int?
        for phrase in ["pl ", "pb ", "po box", "p.o. box", "puh", "tel", "+358"] {
            if let found = text.ranges(of: phrase, wordStart: true).first(where: { $0.lowerBound >= offset }),
                found.lowerBound < limit
            {
                best = min(best ?? found.lowerBound, found.lowerBound)
            }
        }
        for phrase in ["@", "www."] {
            if let found = text.ranges(of: phrase).first(where: { $0.lowerBound >= offset }), found.lowerBound < limit {
                best = min(best ?? found.lowerBound, found.lowerBound)
            }
        }
        var index = offset
        while index < limit {
            if text.bytes[index].isDigit, !text.isDigitByte(at: index - 1) {
                var end = index
                while text.isDigitByte(at: end) { end += 1 }
                if end - index == 5 {
                    best = min(best ?? index, index)
                    break
                }
                index = end
            } else {
                index += 1
            }
        }
        return best
    }

    /// The end of the sentence containing `offset`: a full stop followed by a space and a capital letter.
    static func sentenceEnd(in text: FoldedText, from offset: Int) -> Int? {
        var index = offset
        while index + 2 < text.bytes.count {
            if text.bytes[index] == 0x2E, text.bytes[index + 1] == 0x20 {
                let scalarIndex = text.scalarIndex(ofByte: index + 2)
                if scalarIndex < text.scalars.count, text.scalars[scalarIndex].properties.isUppercase {
                    return index
                }
            }
            index += 1
        }
        return nil
    }

    /// The Levenshtein distance of two short strings.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

extension UInt8 {
    /// Whether the byte is an ASCII digit.
    var isDigit: Bool { self >= 0x30 && self <= 0x39 }
}

extension FoldedText {
    /// Whether the folded byte at `offset` is an ASCII digit.
    func isDigitByte(at offset: Int) -> Bool { byte(at: offset)?.isDigit ?? false }
}
