import DSRCore
import Foundation

/// Lays a letter out on A4 pages from its structured form (``LetterBlock``), as the HTML page does: letterhead top
/// left, date and case number top right with the page number (`1 (2)`, the Finnish and Swedish convention; `Page 1
/// of 2` in English), the addressee in the window of a C5/C4 window envelope (20 mm from the left, 45 mm from the
/// top), the body from 93 mm down, and the footer of an issued letter at the foot of every page. No page break falls
/// inside a block of lines (such as the Data Protection Ombudsman's address), a short list item or the signature,
/// nor after a heading.
struct PDFLetterLayout: Sendable {
    /// Points per millimetre.
    static let mm = 72.0 / 25.4
    /// The left edge of the text (25 mm).
    static let left = 25 * mm
    /// The right edge of the text (20 mm from the right).
    static let right = PDFWriter.pageWidth - 20 * mm
    /// The first baseline of the letterhead and the date block.
    static let headerTop = PDFWriter.pageHeight - 15 * mm - 10
    /// The left edge of the address window (20 mm).
    static let addressLeft = 20 * mm
    /// The width of the address window (85 mm) less a margin.
    static let addressWidth = 80 * mm
    /// The first baseline of the address: 45 mm from the top of the sheet.
    static let addressTop = PDFWriter.pageHeight - 45 * mm - 10
    /// The first baseline of the body on the first page: 93 mm from the top.
    static let bodyTop = PDFWriter.pageHeight - 93 * mm - 8
    /// The lowest baseline of the body (22 mm from the bottom).
    static let bodyBottom = 22 * mm
    /// The baseline of the footer (12 mm from the bottom).
    static let footerBaseline = 12 * mm
    /// The width of the letterhead column.
    static let letterheadWidth = 105 * mm

    /// The size of the body text.
    static let textSize = 10.0
    /// The distance between body lines.
    static let leading = 13.5
    /// The size of the title.
    static let titleSize = 12.0
    /// The size of the letterhead's lines after the first.
    static let letterheadSize = 8.5
    /// The size of the footer.
    static let footerSize = 8.0

    /// A line of the body's flow, wrapped and ready to place.
    private struct FlowLine {
        var font: PDFFont
        var size: Double
        var leading: Double
        var glyphs: [PDFGlyph]
        /// The distance of the line from the left edge of the text, in points (the hanging indent of a list item).
        var indent: Double = 0
        /// Whether the line must stay on the same page as the next one.
        var keepWithNext: Bool
        /// Whether the line is empty space that a new page can drop.
        var isBlank: Bool
    }

    /// The document to lay out.
    let document: LetterDocument

    /// The letter's pages.
    func pages() -> [PDFPage] {
        var pages: [PDFPage] = [PDFPage()]
        var first = PDFPage()
        let letterheadBottom = placeLetterhead(on: &first)
        let addressBottom = placeAddress(on: &first, below: letterheadBottom)
        pages[0] = first
        var y = min(Self.bodyTop, addressBottom - 2 * Self.leading)
        let flow = self.flow()
        var index = 0
        while index < flow.count {
            let line = flow[index]
            if line.isBlank && y == continuationTop {
                index += 1
                continue
            }
            var needed = line.leading
            var next = index
            while next < flow.count - 1 && flow[next].keepWithNext {
                next += 1
                needed += flow[next].leading
            }
            let room = y - Self.bodyBottom + line.leading
            // What is longer than a whole page cannot stay together: it breaks where the page ends
            if needed > continuationTop - Self.bodyBottom + line.leading { needed = line.leading }
            if needed > room && y != continuationTop {
                pages.append(PDFPage())
                y = continuationTop
                continue
            }
            if !line.isBlank {
                pages[pages.count - 1].runs.append(
                    PDFPage.Run(x: Self.left + line.indent, y: y, font: line.font, size: line.size, glyphs: line.glyphs)
                )
            }
            y -= line.leading
            index += 1
        }
        for number in pages.indices {
            placeHeader(on: &pages[number], page: number + 1, of: pages.count)
            placeFooter(on: &pages[number])
        }
        return pages
    }

    /// The first baseline of the body on a continuation page, below its header.
    private var continuationTop: Double {
        Self.headerTop - Double(document.meta.count + 1) * 13 - 8 * Self.mm
    }

    /// The body and the signature as lines to place, an empty line between blocks (none after a heading), with
    /// what must stay together: a title or heading stays with the line after it, a block of lines stays on one
    /// page, a paragraph or list item of up to ``keptParagraph`` lines stays on one page, a longer one leaves at
    /// least two lines at the foot of a page and carries at least two to the next, and the signature stays whole.
    private func flow() -> [FlowLine] {
        var lines: [FlowLine] = []
        var afterHeading = true
        let width = Self.right - Self.left
        for block in document.blocks {
            if !afterHeading { lines.append(blank(keep: false)) }
            afterHeading = false
            switch block {
            case .title(let text, let subtitle):
                lines += wrapped(text, font: .bold, size: Self.titleSize, leading: 16, keep: true)
                for line in subtitle {
                    lines += wrapped(line, font: .bold, size: Self.textSize, leading: Self.leading, keep: true)
                }
            case .heading(let text):
                lines += wrapped(text, font: .bold, size: Self.textSize, leading: Self.leading, keep: true)
                afterHeading = true
            case .paragraph(let text):
                lines += Self.keepingTogether(
                    wrapped(
                        text, font: .regular, size: Self.textSize, leading: Self.leading,
                        keep: false))
            case .lines(let texts):
                var block = texts.flatMap {
                    wrapped($0, font: .regular, size: Self.textSize, leading: Self.leading, keep: true)
                }
                if !block.isEmpty { block[block.count - 1].keepWithNext = false }
                lines += block
            case .list(let ordered, let items):
                for (number, item) in items.enumerated() {
                    let marker = PDFFont.regular.glyphs(ordered ? "\(number + 1). " : "• ")
                    let indent = max(
                        PDFFont.regular.width(of: marker, size: Self.textSize),
                        PDFFont.regular.width(of: PDFFont.regular.glyphs("00. "), size: Self.textSize))
                    var itemLines: [FlowLine] = []
                    for text in item {
                        for glyphs in PDFTextWrapper.wrap(
                            PDFFont.regular.glyphs(text), font: .regular,
                            size: Self.textSize, width: width - indent)
                        {
                            itemLines.append(
                                FlowLine(
                                    font: .regular, size: Self.textSize, leading: Self.leading,
                                    glyphs: glyphs, indent: indent, keepWithNext: false,
                                    isBlank: false))
                        }
                    }
                    if !itemLines.isEmpty {
                        itemLines[0].glyphs = marker + itemLines[0].glyphs
                        itemLines[0].indent = indent - PDFFont.regular.width(of: marker, size: Self.textSize)
                    }
                    lines += Self.keepingTogether(itemLines)
                }
            }
        }
        lines.append(blank(keep: false))
        var signature: [FlowLine] = []
        for text in document.signature {
            if text.trimmingCharacters(in: .whitespaces).isEmpty {
                signature.append(blank(keep: true))
            } else {
                signature += wrapped(text, font: .regular, size: Self.textSize, leading: Self.leading, keep: true)
            }
        }
        if !signature.isEmpty { signature[signature.count - 1].keepWithNext = false }
        return lines + signature
    }

    /// The longest paragraph that is never split between pages, in lines.
    static let keptParagraph = 8

    /// A paragraph's lines marked to stay together as ``flow()`` describes.
    private static func keepingTogether(_ paragraph: [FlowLine]) -> [FlowLine] {
        var lines = paragraph
        guard lines.count > 1 else { return lines }
        for index in lines.indices.dropLast() {
            lines[index].keepWithNext = lines.count <= keptParagraph || index == 0 || index == lines.count - 2
        }
        return lines
    }

    /// An empty line; a new page drops it unless it belongs to the signature.
    private func blank(keep: Bool) -> FlowLine {
        FlowLine(
            font: .regular, size: Self.textSize, leading: Self.leading, glyphs: [], keepWithNext: keep,
            isBlank: !keep)
    }

    /// A line of text wrapped to the body's width; its last piece stays with the next line if `keep` is set (a title
    /// or heading stays with the first line of its section).
    private func wrapped(_ text: String, font: PDFFont, size: Double, leading: Double, keep: Bool) -> [FlowLine] {
        let pieces = PDFTextWrapper.wrap(font.glyphs(text), font: font, size: size, width: Self.right - Self.left)
        return pieces.map { glyphs in
            FlowLine(font: font, size: size, leading: leading, glyphs: glyphs, keepWithNext: keep, isBlank: false)
        }
    }

    /// Places the letterhead top left and returns the baseline of its last line.
    private func placeLetterhead(on page: inout PDFPage) -> Double {
        var y = Self.headerTop
        for (index, text) in document.letterhead.enumerated() {
            let font: PDFFont = index == 0 ? .bold : .regular
            let size = index == 0 ? 10 : Self.letterheadSize
            for glyphs in PDFTextWrapper.wrap(font.glyphs(text), font: font, size: size, width: Self.letterheadWidth) {
                page.runs.append(PDFPage.Run(x: Self.left, y: y, font: font, size: size, glyphs: glyphs))
                y -= index == 0 ? 12.5 : 10.5
            }
        }
        return y
    }

    /// Places the addressee in the envelope window (lower if a long letterhead reaches it) and returns the baseline
    /// of its last line.
    private func placeAddress(on page: inout PDFPage, below letterhead: Double) -> Double {
        var y = min(Self.addressTop, letterhead - Self.leading)
        for text in document.addressee {
            for glyphs in PDFTextWrapper.wrap(
                PDFFont.regular.glyphs(text), font: .regular, size: Self.textSize,
                width: Self.addressWidth)
            {
                page.runs.append(
                    PDFPage.Run(x: Self.addressLeft, y: y, font: .regular, size: Self.textSize, glyphs: glyphs))
                y -= 13
            }
        }
        return y
    }

    /// Places the page number and the date and case number at the top right, and on later pages the controller's
    /// name at the top left.
    private func placeHeader(on page: inout PDFPage, page number: Int, of count: Int) {
        var header: [PDFPage.Run] = []
        var y = Self.headerTop
        let pageNumber =
            switch document.language {
            case .en: "Page \(number) of \(count)"
            case .fi, .sv: "\(number) (\(count))"
            }
        for text in [pageNumber] + document.meta {
            let glyphs = PDFFont.regular.glyphs(text)
            let width = PDFFont.regular.width(of: glyphs, size: 10)
            header.append(PDFPage.Run(x: Self.right - width, y: y, font: .regular, size: 10, glyphs: glyphs))
            y -= 13
        }
        if number > 1, let name = document.letterhead.first {
            let glyphs = PDFTextWrapper.wrap(
                PDFFont.bold.glyphs(name), font: .bold, size: 10, width: Self.letterheadWidth)[0]
            header.insert(PDFPage.Run(x: Self.left, y: Self.headerTop, font: .bold, size: 10, glyphs: glyphs), at: 0)
        }
        page.runs.insert(contentsOf: header, at: 0)
    }

    /// Places the footer of an issued letter at the foot of the page.
    private func placeFooter(on page: inout PDFPage) {
        var y = Self.footerBaseline + Double(max(document.footer.count - 1, 0)) * 10
        for text in document.footer {
            for glyphs in PDFTextWrapper.wrap(
                PDFFont.regular.glyphs(text), font: .regular, size: Self.footerSize,
                width: Self.right - Self.left)
            {
                page.runs.append(PDFPage.Run(x: Self.left, y: y, font: .regular, size: Self.footerSize, glyphs: glyphs))
                y -= 10
            }
        }
    }
}
