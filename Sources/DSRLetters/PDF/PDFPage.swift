/// One A4 page of a PDF letter: the lines of text placed on it.
struct PDFPage: Sendable, Equatable {
    /// A line of text at a position.
    struct Run: Sendable, Equatable {
        /// The distance of the text's start from the page's left edge, in points.
        var x: Double
        /// The distance of the baseline from the page's bottom edge, in points.
        var y: Double
        /// The font.
        var font: PDFFont
        /// The font size, in points.
        var size: Double
        /// The glyphs of the text.
        var glyphs: [PDFGlyph]
    }

    /// The lines on the page, in reading order.
    var runs: [Run] = []
}
