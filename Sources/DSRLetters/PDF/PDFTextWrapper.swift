/// Breaks encoded text into lines that fit a width, measured with the font's widths.
enum PDFTextWrapper {
    /// The lines of one line of text: a line's leading spaces are kept as its indentation and repeated on the lines
    /// it wraps onto; words are broken at spaces, and a word wider than the whole width is broken between characters.
    /// - Returns: The lines, at least one (an empty line for empty text).
    static func wrap(_ bytes: [UInt8], font: PDFFont, size: Double, width: Double) -> [[UInt8]] {
        let indent = Array(bytes.prefix { $0 == 0x20 })
        let indentWidth = font.width(of: indent, size: size)
        let available = max(width - indentWidth, width / 4)
        let words = bytes.dropFirst(indent.count).split(separator: 0x20, omittingEmptySubsequences: false).map(Array.init)
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        func finish() {
            while current.last == 0x20 { current.removeLast() }
            lines.append(indent + current)
            current = []
        }
        for word in words {
            if current.isEmpty {
                if word.isEmpty { continue }
            } else if font.width(of: current + [0x20] + word, size: size) <= available {
                current += [0x20] + word
                continue
            } else {
                finish()
                if word.isEmpty { continue }
            }
            if font.width(of: word, size: size) <= available {
                current = word
            } else {
                for byte in word {
                    if !current.isEmpty && font.width(of: current + [byte], size: size) > available { finish() }
                    current.append(byte)
                }
            }
        }
        if !current.isEmpty || lines.isEmpty { finish() }
        return lines
    }
}
