import DSRCore

/// What the lint rules read: every heading and block of the notice, folded once for phrase search.
struct LintContext {
    /// A heading or block with its section's topics.
    struct Unit {
        /// The index of the section.
        var section: Int
        /// The section's topics.
        var topics: [NoticeTopic]
        /// The 1-based source line.
        var line: Int
        /// The text, markup removed.
        var text: String
        /// The folded text.
        var folded: FoldedText
        /// Whether this is the section's heading.
        var isHeading: Bool
    }

    /// The parsed notice.
    let notice: ParsedNotice
    /// The current details of the supervisory authority, if available.
    let authority: SupervisoryAuthority?
    /// All headings and blocks in order.
    let units: [Unit]

    /// Prepares a notice for linting.
    init(notice: ParsedNotice, authority: SupervisoryAuthority?) {
        self.notice = notice
        self.authority = authority
        var units: [Unit] = []
        for (index, section) in notice.sections.enumerated() {
            if let heading = section.heading {
                units.append(
                    Unit(
                        section: index, topics: section.topics, line: section.line, text: heading,
                        folded: FoldedText(heading), isHeading: true))
            }
            for block in section.blocks {
                units.append(
                    Unit(
                        section: index, topics: section.topics, line: block.line, text: block.text,
                        folded: FoldedText(block.text), isHeading: false))
            }
        }
        self.units = units
    }

    /// The first unit containing any of the phrases, with the match.
    func first(
        ofAny phrases: [String], wordStart: Bool = true, where include: (Unit) -> Bool = { _ in true }
    ) -> (unit: Unit, range: Range<Int>)? {
        for unit in units where include(unit) {
            if let range = unit.folded.firstRange(ofAny: phrases, wordStart: wordStart) { return (unit, range) }
        }
        return nil
    }

    /// The source line of a match: the first line from the unit's start on that contains the match's beginning.
    ///
    /// A block may span several source lines (a wrapped paragraph, a two-column value with continuation lines); the
    /// block records only its first line. Falls back to the block's line.
    func line(of range: Range<Int>, in unit: Unit) -> Int {
        let lines = notice.lines
        let start = unit.line - 1
        guard start >= 0, start < lines.count else { return unit.line }
        let matched = TextFold.fold(unit.folded.original(range))
        for length in [24, 8] {
            let snippet = String(matched.prefix(length))
            guard !snippet.isEmpty else { continue }
            for index in start..<min(lines.count, start + 200) where TextFold.fold(lines[index]).contains(snippet) {
                return index + 1
            }
        }
        return unit.line
    }

    /// Whether any unit contains any of the phrases.
    func mentions(_ phrases: [String], wordStart: Bool = true) -> Bool {
        first(ofAny: phrases, wordStart: wordStart) != nil
    }
}

/// Cuts quotes for findings out of a folded text.
enum Quote {
    /// The longest quote, in folded bytes.
    static let limit = 300

    /// The sentence around a match, shortened around the match if longer than ``limit``.
    static func sentence(around range: Range<Int>, in text: FoldedText) -> String {
        let bytes = text.bytes
        var start = range.lowerBound
        while start > 0 {
            let previous = bytes[start - 1]
            if (previous == 0x20 || previous == 0x0A) && start >= 2 && [0x2E, 0x21, 0x3F].contains(bytes[start - 2]) {
                break
            }
            start -= 1
        }
        var end = range.upperBound
        while end < bytes.count {
            if [0x2E, 0x21, 0x3F].contains(bytes[end]) && (end + 1 == bytes.count || bytes[end + 1] == 0x20) {
                end += 1
                break
            }
            end += 1
        }
        if end - start > limit {
            start = max(start, range.lowerBound - 60)
            end = min(end, range.upperBound + 80)
            while start > 0 && start < range.lowerBound && text.isWordByte(at: start - 1) { start += 1 }
            while end < bytes.count && end > range.upperBound && text.isWordByte(at: end) { end -= 1 }
        }
        return TextCleanup.collapse(text.original(start..<end))
    }

    /// The match itself.
    static func exact(_ range: Range<Int>, in text: FoldedText) -> String {
        TextCleanup.collapse(text.original(range))
    }
}
