/// Reads Markdown: `#` and underlined headings, `-`/`*`/`+`/numbered lists, paragraphs, simple tables.
///
/// Inline markup is removed: links keep their text (`[a](mailto:a)` → `a`), emphasis markers and inline HTML are
/// dropped, character references decoded. A paragraph entirely in bold (`**1. Rekisterinpitäjä**`) is a heading
/// when ``HeadingRules`` accepts it.
enum MarkdownReader {
    /// Whether a line is an ATX heading (`# Title`); returns its text.
    static func atxHeading(_ line: String) -> String? {
        let trimmed = line.drop { $0 == " " }
        guard line.count - trimmed.count <= 3, trimmed.hasPrefix("#") else { return nil }
        let hashes = trimmed.prefix { $0 == "#" }
        guard hashes.count <= 6 else { return nil }
        let rest = trimmed.dropFirst(hashes.count)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var text = TextCleanup.collapse(rest)
        while text.hasSuffix("#") { text.removeLast() }
        return TextCleanup.collapse(text)
    }

    /// Whether a line is an HTML heading element written whole on its line (`<h2 id="controller">1.
    /// Rekisterinpitäjä</h2>`), as Markdown allows; returns the text inside it, markup not yet removed.
    static func htmlHeading(_ line: String) -> String? {
        let lower = line.lowercased()
        guard lower.hasPrefix("<h"), lower.count > 8, let level = lower.dropFirst(2).first, ("1"..."6").contains(level)
        else { return nil }
        let afterName = lower.dropFirst(3).first
        guard afterName == ">" || afterName == " ", lower.hasSuffix("</h\(level)>"),
            let open = line.firstIndex(of: ">")
        else { return nil }
        let inner = line[line.index(after: open)...].dropLast(5)
        return inner.contains("<h") ? nil : String(inner)
    }

    /// Reads the lines (line 1 first).
    static func blocks(lines: [String]) -> [RawBlock] {
        var blocks: [RawBlock] = []
        var rules = HeadingRules()
        var previousBlank = true
        var hardBreak = false
        for (index, line) in lines.enumerated() {
            let number = index + 1
            let trimmed = TextCleanup.collapse(line)
            defer {
                previousBlank = trimmed.isEmpty
                let end = TextCleanup.trimTrailing(line.lowercased(), [" ", "\t"])
                hardBreak =
                    line.hasSuffix("  ") || line.hasSuffix("\\") || end.hasSuffix("<br>")
                    || end.hasSuffix("<br/>") || end.hasSuffix("<br />")
            }
            if trimmed.isEmpty { continue }
            if let heading = atxHeading(line) {
                if !heading.isEmpty { blocks.append(RawBlock(.heading, inline(heading), line: number)) }
                continue
            }
            if let heading = Self.htmlHeading(trimmed).map(inline), !heading.isEmpty,
                !HTMLBlockBuilder.isBodyText(heading)
            {
                blocks.append(RawBlock(.heading, heading, line: number))
                continue
            }
            if isUnderline(trimmed), let last = blocks.last, last.block.kind == .paragraph,
                last.block.line == number - 1, !previousBlank
            {
                blocks[blocks.count - 1].block.kind = .heading
                continue
            }
            if isRule(trimmed) { continue }
            if trimmed.hasPrefix("|") {
                blocks += tableRow(trimmed, line: number)
                continue
            }
            if let item = listItem(trimmed) {
                let text = inline(item)
                if !text.isEmpty { blocks.append(RawBlock(.listItem, text, line: number)) }
                continue
            }
            let emphasised = isAllBold(trimmed)
            let text = inline(trimmed)
            if text.isEmpty { continue }
            if emphasised && rules.isHeading(text, emphasised: true, standsAlone: previousBlank) {
                blocks.append(RawBlock(.heading, text, line: number))
                continue
            }
            // A paragraph that opens with a bold label naming a topic ("**Rekisterin pitäjä**: Esimerkki Oy",
            // "**Säilytysaika:** 2 vuotta") is that topic's heading over its value, as in an HTML page.
            if !emphasised, previousBlank || hardBreak, Self.opensWithBoldLabel(trimmed),
                let (heading, value) = HeadingRules.labelledHeading(text)
            {
                blocks.append(RawBlock(.heading, heading, line: number))
                blocks.append(RawBlock(.paragraph, value, line: number))
                continue
            }
            // A plain line after a blank line that is numbered or in capitals and names a topic ("1. REKISTERINPITÄJÄ",
            // "2. Yhteyshenkilö rekisteriä koskevissa asioissa" in a page saved as Markdown) is a heading: it is not
            // a list item (``listItem(_:)`` leaves numbered topics alone) and must not join the text under it.
            if !emphasised, previousBlank, HeadingRules.numbering(of: text) != nil || TextCleanup.isUppercase(text),
                rules.isHeading(text, emphasised: false, standsAlone: true)
            {
                blocks.append(RawBlock(.heading, text, line: number))
                continue
            }
            // Consecutive lines are one paragraph in Markdown, unless the line before ends with a hard break or
            // this line starts a new item of a contact block ("Puhelin: …", an e-mail address).
            // The check runs in a closure so that no copy of the last block is alive while its text grows
            // (a live copy would make every append copy the whole paragraph).
            let joins: Bool = {
                guard let last = blocks.last else { return false }
                return !previousBlank && last.block.line < number && last.block.kind == .paragraph && !emphasised
                    && !last.isEmphasised && !hardBreak && !LineJoin.startsItem(text)
                    && (last.block.text.hasSuffix(",") || !LineJoin.isAddressLine(text))
            }()
            if joins {
                blocks[blocks.count - 1].block.text += " " + text
                continue
            }
            blocks.append(RawBlock(.paragraph, text, line: number, isEmphasised: emphasised))
        }
        return blocks
    }

    /// Whether a line opens with a bold label: `**Label**:` or `**Label:**` (also with `__`).
    static func opensWithBoldLabel(_ line: String) -> Bool {
        guard let marker = ["**", "__"].first(where: line.hasPrefix) else { return false }
        let rest = line.dropFirst(marker.count)
        guard let close = rest.firstRange(of: marker) else { return false }
        return rest[..<close.lowerBound].hasSuffix(":") || rest[close.upperBound...].hasPrefix(":")
    }

    /// The text with inline `<br>`, `<br/>` and `<br />` tags (HTML line breaks inside Markdown) made spaces.
    static func withoutLineBreakTags(_ text: String) -> String {
        guard text.contains("<") else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            result += rest[..<open]
            let tail = rest[open...]
            let lower = tail.prefix(6).lowercased()
            if lower.hasPrefix("<br>") {
                result += " "
                rest = tail.dropFirst(4)
            } else if lower.hasPrefix("<br/>") {
                result += " "
                rest = tail.dropFirst(5)
            } else if lower.hasPrefix("<br />") {
                result += " "
                rest = tail.dropFirst(6)
            } else {
                result += "<"
                rest = tail.dropFirst()
            }
        }
        return result + rest
    }

    /// The text of a list item line, or `nil`.
    static func listItem(_ trimmed: String) -> String? {
        if ListSplitter.startsWithBullet(trimmed) {
            return TextCleanup.collapse(trimmed.dropFirst())
        }
        if let numbered = HeadingRules.numbering(of: trimmed), numbered.dotted, !numbered.sub,
            HeadingCatalogue.topics(for: numbered.rest).isEmpty
        {
            return numbered.rest
        }
        return nil
    }

    /// The address of a `mailto:` link target ("mailto:info@example.fi?subject=…" → "info@example.fi"), or `nil`.
    static func mailtoAddress(_ target: String) -> String? {
        let trimmed = target.drop { $0 == " " }
        guard trimmed.lowercased().hasPrefix("mailto:") else { return nil }
        let address = trimmed.dropFirst(7).prefix { $0 != "?" && $0 != " " }
        guard address.contains("@"), !address.hasPrefix("@"), !address.hasSuffix("@") else { return nil }
        return String(address)
    }

    /// Removes inline Markdown and HTML.
    static func inline(_ text: String) -> String {
        var scalars = Array(withoutLineBreakTags(text).unicodeScalars)
        // A backslash at the end of a line is a hard line break, not text.
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        if scalars.last == "\\" { scalars.removeLast() }
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            // [text](target) or ![alt](target): keep the text.
            if scalar == "[" || (scalar == "!" && index + 1 < scalars.count && scalars[index + 1] == "[") {
                let open = scalar == "!" ? index + 1 : index
                // Bounded look-ahead keeps the scan linear on lines full of brackets.
                let closeLimit = min(scalars.count, open + 500)
                if let close = scalars[open..<closeLimit].firstIndex(of: "]"), close + 1 < scalars.count,
                    scalars[close + 1] == "(",
                    let end = scalars[(close + 1)..<min(scalars.count, close + 2000)].firstIndex(of: ")")
                {
                    result.append(contentsOf: scalars[(open + 1)..<close])
                    // A mailto link worded as prose ("[valmennusjaokselle](mailto:info@…)") keeps its address,
                    // which the reader cannot see otherwise: "valmennusjaokselle (info@…)".
                    let label = String(String.UnicodeScalarView(scalars[(open + 1)..<close]))
                    let target = String(String.UnicodeScalarView(scalars[(close + 2)..<end]))
                    if let address = mailtoAddress(target), !label.contains("@") {
                        result.append(contentsOf: " (\(address))".unicodeScalars)
                    }
                    index = end + 1
                    continue
                }
            }
            if scalar == "*" || scalar == "`"
                || (scalar == "_" && index + 1 < scalars.count && scalars[index + 1] == "_")
            {
                index += 1
                continue
            }
            if scalar == "\\" && index + 1 < scalars.count {
                result.append(scalars[index + 1])
                index += 2
                continue
            }
            result.append(scalar)
            index += 1
        }
        scalars = []
        let plain = String(result)
        if plain.contains("<") || plain.contains("&") {
            return TextCleanup.collapse(
                HTMLBlockBuilder.blocks(from: plain, firstLine: 1).map(\.block.text).joined(separator: " "))
        }
        return TextCleanup.collapse(plain)
    }

    private static func isAllBold(_ trimmed: String) -> Bool {
        (trimmed.hasPrefix("**") && trimmed.hasSuffix("**") && trimmed.count > 4)
            || (trimmed.hasPrefix("__") && trimmed.hasSuffix("__") && trimmed.count > 4)
    }

    private static func isUnderline(_ trimmed: String) -> Bool {
        trimmed.count >= 2 && (trimmed.allSatisfy { $0 == "=" } || trimmed.allSatisfy { $0 == "-" })
    }

    private static func isRule(_ trimmed: String) -> Bool {
        let compact = trimmed.filter { $0 != " " }
        return compact.count >= 3
            && (compact.allSatisfy { $0 == "-" } || compact.allSatisfy { $0 == "*" }
                || compact.allSatisfy { $0 == "_" })
    }

    /// A Markdown table row, read by ``TableRow``.
    private static func tableRow(_ trimmed: String, line: Int) -> [RawBlock] {
        let cells = trimmed.split(separator: "|", omittingEmptySubsequences: false)
            .map { inline(String($0)) }
            .filter { !$0.isEmpty }
        if cells.allSatisfy({ $0.allSatisfy { $0 == "-" || $0 == ":" || $0 == " " } }) { return [] }
        return TableRow.blocks(cells, line: line) ?? cells.map { RawBlock(.paragraph, $0, line: line) }
    }
}
