/// Turns HTML (a whole page or a fragment inside a two-column value) into blocks, keeping the source line of each.
///
/// Block elements (`p`, `div`, `li`, `h1`–`h6`, `tr`, `td`, `dt`, `br`, …) end a block; `h1`–`h6` and `dt` make
/// headings; `li` makes list items, and text directly inside `ul`/`ol` is split into items by ``ListSplitter``; table
/// rows are read by ``TableRow``. Text in `script`, `style`, `title`, `template` and comments is dropped. A `<` that
/// does not start a tag is text. The scan is linear: an unterminated tag or comment ends the scan instead of being
/// re-scanned.
struct HTMLBlockBuilder {
    private(set) var blocks: [RawBlock] = []
    private var buffer = String.UnicodeScalarView()
    private var bufferLine: Int?
    private var boldText = 0
    private var plainText = 0
    private var headingDepth = 0
    private var listDepth = 0
    private var itemDepth = 0
    private var termDepth = 0
    private var boldDepth = 0
    private var row: [[RawBlock]]?
    /// The column headers of the open table when its header row names the parties ("Rekisterinpitäjä |
    /// Yhteyshenkilö"): each cell of a following row of as many cells is read under its column's header.
    private var partyColumns: (headers: [String], line: Int, used: Bool)?
    private var cellOpen = false
    /// Whether the block being ended is ended by a `<br>`, so that more text of the same element follows.
    private var endsAtBreak = false
    /// The address of the open `<a href="mailto:…">`, and its link text so far.
    private var mailto: (address: String, text: String)?
    /// For each open `<span>`, whether its class marks it as a label (``isLabelClass(_:)``).
    private var spanLabels: [Bool] = []
    /// Whether a label `<span>` has just closed, so that the value that follows in the same block is read after a
    /// colon: `<span class="lbl">Osoite</span><span class="val">Esimerkkikatu 1</span>` reads "Osoite: Esimerkkikatu 1".
    private var labelClosed = false

    private static let blockTags: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "dt", "dd", "dl",
        "table", "thead", "tbody", "tfoot", "section", "article", "header", "footer", "main", "nav", "aside",
        "blockquote", "pre", "hr", "address", "figure", "figcaption", "form", "fieldset", "body", "html", "head",
        "caption", "details", "summary", "center",
    ]
    private static let skippedTags: Set<String> = [
        "script", "style", "title", "template", "noscript", "svg", "textarea",
    ]

    /// The address of an `href="mailto:…"` among a tag's attributes, or `nil`.
    static func mailtoHref(_ attributes: String) -> String? {
        let lower = Array(attributes.lowercased().unicodeScalars)
        let marker = Array("mailto:".unicodeScalars)
        guard lower.count == attributes.unicodeScalars.count, lower.count >= marker.count,
            let start = (0...(lower.count - marker.count)).first(where: {
                Array(lower[$0..<($0 + marker.count)]) == marker
            })
        else { return nil }
        let rest = attributes.unicodeScalars.dropFirst(start + marker.count)
        let address = String(String.UnicodeScalarView(rest.prefix { !"\"'?> &".unicodeScalars.contains($0) }))
        guard address.contains("@"), !address.hasPrefix("@"), !address.hasSuffix("@") else { return nil }
        return address
    }

    /// Classes that mark an element as the label of the value beside it ("lbl", "label", "key", "meta-label").
    private static let labelClasses: Set<String> = ["lbl", "label", "key", "term"]

    /// Whether a tag's attributes give it a label's class (`class="lbl"`, `class="field-label"`).
    static func isLabelClass(_ attributes: String) -> Bool {
        let lower = attributes.lowercased()
        guard let start = lower.firstRange(of: "class=") else { return false }
        let rest = lower[start.upperBound...]
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return false }
        let value = rest.dropFirst().prefix { $0 != quote }
        return value.split(whereSeparator: { $0 == " " || $0 == "\t" }).contains { name in
            labelClasses.contains(String(name)) || name.hasSuffix("-label") || name.hasSuffix("__label")
                || name.hasSuffix("-lbl")
        }
    }

    /// Converts a text to blocks; `firstLine` is the source line of its first character.
    static func blocks(from text: String, firstLine: Int) -> [RawBlock] {
        var builder = HTMLBlockBuilder()
        builder.scan(Array(text.unicodeScalars), firstLine: firstLine)
        return builder.blocks
    }

    private mutating func scan(_ scalars: [Unicode.Scalar], firstLine: Int) {
        var line = firstLine
        var index = 0
        let count = scalars.count

        /// Advances `index` to `end`, counting newlines.
        func skip(to end: Int) {
            let stop = min(end, count)
            while index < stop {
                if scalars[index] == "\n" { line += 1 }
                index += 1
            }
        }

        while index < count {
            let scalar = scalars[index]
            guard scalar == "<", index + 1 < count else {
                append(scalar, line: line)
                if scalar == "\n" { line += 1 }
                index += 1
                continue
            }
            let next = scalars[index + 1]
            if next == "!" {
                if Self.hasPrefix(scalars, at: index, "<!--") {
                    let end = Self.find(scalars, "-->", from: index + 4).map { $0 + 3 } ?? count
                    skip(to: end)
                } else {
                    skip(to: (Self.find(scalars, ">", from: index) ?? count - 1) + 1)
                }
                continue
            }
            if next == "?" {
                skip(to: (Self.find(scalars, ">", from: index) ?? count - 1) + 1)
                continue
            }
            let closing = next == "/"
            let nameStart = index + (closing ? 2 : 1)
            var nameEnd = nameStart
            while nameEnd < count, scalars[nameEnd].isASCII,
                scalars[nameEnd].properties.isAlphabetic
                    || (nameEnd > nameStart && scalars[nameEnd].properties.numericType != nil)
            {
                nameEnd += 1
            }
            let terminator: Unicode.Scalar? = nameEnd < count ? scalars[nameEnd] : nil
            guard nameEnd > nameStart,
                terminator == ">" || terminator == "/" || terminator.map({ $0.properties.isWhitespace }) == true
            else {
                append(scalar, line: line)
                index += 1
                continue
            }
            guard let tagEnd = Self.find(scalars, ">", from: nameEnd) else {
                // No closing ">" anywhere: the rest is text, not markup.
                while index < count {
                    append(scalars[index], line: line)
                    if scalars[index] == "\n" { line += 1 }
                    index += 1
                }
                break
            }
            let name = String(String.UnicodeScalarView(scalars[nameStart..<nameEnd])).lowercased()
            let tagLine = line
            skip(to: tagEnd + 1)
            if closing {
                close(name, line: tagLine)
            } else if Self.skippedTags.contains(name) {
                let end = Self.findClosingTag(scalars, name: name, from: index) ?? count
                skip(to: end)
            } else {
                if name == "a" {
                    let attributes = String(String.UnicodeScalarView(scalars[nameEnd..<tagEnd]))
                    mailto = Self.mailtoHref(attributes).map { ($0, "") }
                    // A mailto link right after other text, as in a footer's row of links ("<a …>Tilin
                    // poisto</a><a href="mailto:…">info@…</a>"), starts a word of its own.
                    if mailto != nil, let last = buffer.last, last != " " { buffer.append(" ") }
                }
                if name == "span" {
                    spanLabels.append(Self.isLabelClass(String(String.UnicodeScalarView(scalars[nameEnd..<tagEnd]))))
                }
                open(name, line: tagLine)
                if scalars[tagEnd - 1] == "/" && name != "br" && name != "hr" { close(name, line: tagLine) }
            }
        }
        flush()
        finishRow()
        finishPartyColumns()
    }

    private mutating func append(_ scalar: Unicode.Scalar, line: Int) {
        if scalar.properties.isWhitespace {
            if !buffer.isEmpty { buffer.append(" ") }
            return
        }
        if labelClosed {
            labelClosed = false
            while buffer.last == " " { buffer.removeLast() }
            if !buffer.isEmpty, buffer.last != ":" { buffer.append(":") }
            if !buffer.isEmpty { buffer.append(" ") }
        }
        if bufferLine == nil { bufferLine = line }
        buffer.append(scalar)
        mailto?.text.unicodeScalars.append(scalar)
        if boldDepth > 0 { boldText += 1 } else { plainText += 1 }
    }

    private mutating func open(_ name: String, line: Int) {
        switch name {
        case "strong", "b": boldDepth += 1
        case _ where Self.blockTags.contains(name):
            endsAtBreak = name == "br"
            flush()
            endsAtBreak = false
            switch name {
            case "h1", "h2", "h3", "h4", "h5", "h6": headingDepth += 1
            case "ul", "ol": listDepth += 1
            case "li": itemDepth += 1
            case "dt": termDepth += 1
            case "tr":
                finishRow()
                row = []
            case "td", "th":
                if row == nil { row = [] }
                row?.append([])
                cellOpen = true
            case "table":
                finishRow()
                finishPartyColumns()
            default: break
            }
        default: break
        }
    }

    private mutating func close(_ name: String, line: Int) {
        switch name {
        case "a":
            // A mailto link worded as prose ("<a href="mailto:info@…">kirjoita meille</a>") keeps its address,
            // which the reader cannot see otherwise: "kirjoita meille (info@…)".
            if let link = mailto, !link.text.contains("@") {
                for scalar in " (\(link.address))".unicodeScalars { append(scalar, line: line) }
            }
            mailto = nil
        case "strong", "b": boldDepth = max(0, boldDepth - 1)
        case "span": if spanLabels.popLast() == true { labelClosed = true }
        case _ where Self.blockTags.contains(name):
            flush()
            switch name {
            case "h1", "h2", "h3", "h4", "h5", "h6": headingDepth = max(0, headingDepth - 1)
            case "ul", "ol": listDepth = max(0, listDepth - 1)
            case "li": itemDepth = max(0, itemDepth - 1)
            case "dt": termDepth = max(0, termDepth - 1)
            case "td", "th": cellOpen = false
            case "tr": finishRow()
            case "table":
                finishRow()
                finishPartyColumns()
            default: break
            }
        default: break
        }
    }

    /// Ends the current block.
    private mutating func flush() {
        defer {
            buffer = String.UnicodeScalarView()
            bufferLine = nil
            labelClosed = false
            boldText = 0
            plainText = 0
        }
        let text = TextCleanup.collapse(HTMLEntities.decode(String(buffer)))
        guard !text.isEmpty, let line = bufferLine else { return }
        let emphasised = boldText > 0 && plainText == 0
        var made: [RawBlock] = []
        if (headingDepth > 0 || termDepth > 0) && !Self.isBodyText(text) {
            made.append(RawBlock(.heading, text, line: line, isEmphasised: emphasised))
        } else if itemDepth > 0 && !ListSplitter.startsWithBullet(text) {
            // "<li><strong>Rekisterinpitäjä</strong><br>Esimerkki Oy …</li>": a bold title before a line break in
            // a list item is marked emphasised, so the reader can take it for the item's heading.
            made.append(RawBlock(.listItem, text, line: line, isEmphasised: emphasised && endsAtBreak))
        } else if listDepth > 0 || itemDepth > 0 || ListSplitter.startsWithBullet(text) {
            let (intro, items) = ListSplitter.split(text)
            if let intro { made.append(RawBlock(.paragraph, intro, line: line)) }
            made += items.map { RawBlock(.listItem, $0, line: line) }
        } else {
            made.append(RawBlock(.paragraph, text, line: line, isEmphasised: emphasised))
        }
        if cellOpen, row != nil, let last = row?.indices.last {
            row?[last] += made
        } else {
            blocks += made
        }
    }

    /// Whether the text of a heading element is body text that a page styled with heading tags: it gives an e-mail
    /// address ("<h3>Riku Esimerkki, info@esimerkki.fi</h3>") or is a sentence of more than three words ending
    /// with a full stop ("<h3>Henkilötietoja käytetään asiakassuhteen hoitoon.</h3>"), or runs past 20 words.
    static func isBodyText(_ text: String) -> Bool {
        let words = TextCleanup.wordCount(text)
        return text.contains("@") || (text.hasSuffix(".") && words > 3) || words > 20
    }

    /// Emits the cells of a table row: a short first cell of a row with two or more cells becomes a heading.
    private mutating func finishRow() {
        guard let cells = row else { return }
        row = nil
        cellOpen = false
        let filled = cells.filter { !$0.isEmpty }
        let texts = filled.map { $0.map(\.block.text).joined(separator: ", ") }
        let line = filled.first?.first?.block.line ?? 1
        // A row under a header row of parties: each cell under its column's header ("Rekisterinpitäjä" over
        // "Esimerkki ry, PL 7, 90101 Oulu", "Yhteyshenkilö" over "Matti Esimerkki, …"), not one row of cells.
        if let columns = partyColumns, columns.headers.count == cells.count, filled.count == cells.count {
            for (header, text) in zip(columns.headers, texts) {
                blocks += [RawBlock(.heading, header, line: line), RawBlock(.paragraph, text, line: line)]
            }
            partyColumns?.used = true
            return
        }
        finishPartyColumns()
        let partyTopics: [NoticeTopic] = [.controller, .contactPerson, .dataProtectionOfficer]
        let topics = texts.map { HeadingCatalogue.topics(for: $0) }
        if texts.count >= 2, texts.count == cells.count, texts.allSatisfy({ $0.count <= 60 }),
            topics.allSatisfy({ !$0.isEmpty }), topics.contains(where: { $0.contains(where: partyTopics.contains) })
        {
            partyColumns = (texts.map { TextCleanup.trimTrailing($0) }, line, false)
            return
        }
        if let row = TableRow.blocks(texts, line: line) {
            blocks += row
        } else {
            for cell in filled { blocks += cell }
        }
    }

    /// Ends a table's header row of parties: when no row was read under it, it is emitted as any row would be.
    private mutating func finishPartyColumns() {
        guard let columns = partyColumns else { return }
        partyColumns = nil
        guard !columns.used else { return }
        blocks +=
            TableRow.blocks(columns.headers, line: columns.line)
            ?? columns.headers.map { RawBlock(.paragraph, $0, line: columns.line) }
    }

    private static func hasPrefix(_ scalars: [Unicode.Scalar], at index: Int, _ prefix: String) -> Bool {
        var offset = index
        for scalar in prefix.unicodeScalars {
            guard offset < scalars.count, scalars[offset] == scalar else { return false }
            offset += 1
        }
        return true
    }

    /// The index of the next occurrence of `needle` at or after `start`.
    private static func find(_ scalars: [Unicode.Scalar], _ needle: String, from start: Int) -> Int? {
        let pattern = Array(needle.unicodeScalars)
        guard let first = pattern.first, start >= 0 else { return nil }
        var index = start
        while index + pattern.count <= scalars.count {
            if scalars[index] == first && hasPrefix(scalars, at: index, needle) { return index }
            index += 1
        }
        return nil
    }

    /// The index just after `</name ...>` at or after `start`, case-insensitively.
    private static func findClosingTag(_ scalars: [Unicode.Scalar], name: String, from start: Int) -> Int? {
        let pattern = Array(("</" + name).unicodeScalars)
        var index = start
        while index + pattern.count <= scalars.count {
            var matched = true
            for (offset, expected) in pattern.enumerated() {
                let actual = scalars[index + offset]
                let lowered =
                    actual.isASCII && actual.properties.isUppercase
                    ? Unicode.Scalar(actual.value + 0x20) ?? actual : actual
                if lowered != expected {
                    matched = false
                    break
                }
            }
            if matched { return (find(scalars, ">", from: index) ?? scalars.count - 1) + 1 }
            index += 1
        }
        return nil
    }
}
