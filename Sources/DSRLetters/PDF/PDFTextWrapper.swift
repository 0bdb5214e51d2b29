/// Breaks a line of glyphs into lines that fit a width, measured with the font's widths.
enum PDFTextWrapper {
    /// The lines of one line of text: a line's leading spaces are kept as its indentation and repeated on the lines
    /// it wraps onto; words are broken at spaces, and a word wider than the whole width is broken between characters.
    /// - Returns: The lines, at least one (an empty line for empty text).
    static func wrap(_ glyphs: [PDFGlyph], font: PDFFont, size: Double, width: Double) -> [[PDFGlyph]] {
        let indent = Array(glyphs.prefix { $0.isSpace })
        let indentWidth = font.width(of: indent, size: size)
        let available = max(width - indentWidth, width / 4)
        let space = indent.first ?? glyphs.first(where: \.isSpace)
        let words = glyphs.dropFirst(indent.count).split(omittingEmptySubsequences: false, whereSeparator: \.isSpace)
            .map(Array.init)
        var lines: [[PDFGlyph]] = []
        var current: [PDFGlyph] = []
        var currentWidth = 0.0
        let spaceWidth = space.map { font.width(of: [$0], size: size) } ?? 0
        func finish() {
            while current.last?.isSpace == true { current.removeLast() }
            lines.append(indent + current)
            current = []
            currentWidth = 0
        }
        for word in words {
            let wordWidth = font.width(of: word, size: size)
            if current.isEmpty {
                if word.isEmpty { continue }
            } else if let space, currentWidth + spaceWidth + wordWidth <= available {
                current += [space] + word
                currentWidth += spaceWidth + wordWidth
                continue
            } else {
                finish()
                if word.isEmpty { continue }
            }
            if wordWidth <= available {
                current = word
                currentWidth = wordWidth
            } else {
                for glyph in word {
                    let glyphWidth = font.width(of: [glyph], size: size)
                    if !current.isEmpty && currentWidth + glyphWidth > available { finish() }
                    current.append(glyph)
                    currentWidth += glyphWidth
                }
            }
        }
        if !current.isEmpty || lines.isEmpty { finish() }
        return lines
    }
}
