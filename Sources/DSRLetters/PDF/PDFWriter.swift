/// Writes PDF files (PDF 1.4) from laid-out pages: a small, deterministic writer with no dependency.
///
/// The file holds a catalog, the page tree (every page A4, 595 × 842 points), the two standard fonts with their
/// widths and WinAnsiEncoding, a document-information dictionary, and one uncompressed content stream per page, with
/// a cross-reference table of exact byte offsets. Nothing in it depends on the clock or the machine: the same pages
/// and metadata give the same bytes, so an issued letter can be reproduced and checked byte for byte.
struct PDFWriter: Sendable {
    /// The width of an A4 page, in points (210 mm).
    static let pageWidth = 595.0
    /// The height of an A4 page, in points (297 mm).
    static let pageHeight = 842.0

    /// The document's title, for the reader's window (no personal data).
    var title: String
    /// The language tag of the text, `fi`, `sv` or `en`.
    var language: String
    /// The date the letter bears, `YYYYMMDD`, as the document's creation date.
    var date: String

    /// The PDF file of the pages.
    func write(_ pages: [PDFPage]) -> [UInt8] {
        var objects: [[UInt8]] = []
        let fontNumbers = [PDFFont.regular: 3, PDFFont.bold: 4]
        let firstPage = 6
        let pageNumbers = pages.indices.map { firstPage + 2 * $0 }
        let kids = pageNumbers.map { "\($0) 0 R" }.joined(separator: " ")
        let lang = String(decoding: Self.literal(Array(language.utf8)), as: UTF8.self)
        objects.append(Array("<< /Type /Catalog /Pages 2 0 R /Lang \(lang) /ViewerPreferences << /DisplayDocTitle true >> >>".utf8))
        objects.append(Array("<< /Type /Pages /Kids [\(kids)] /Count \(pages.count) /MediaBox [0 0 595 842] >>".utf8))
        for font in [PDFFont.regular, .bold] {
            let widths = font.widths.map(String.init).joined(separator: " ")
            objects.append(Array(("<< /Type /Font /Subtype /Type1 /BaseFont /\(font.baseFont) /Encoding /WinAnsiEncoding "
                + "/FirstChar \(HelveticaMetrics.firstCode) /LastChar 255 /Widths [\(widths)] >>").utf8))
        }
        objects.append(Array(("<< /Title \(Self.textString(title)) /Producer (dsr) /Creator (dsr) "
            + "/CreationDate (D:\(date)) >>").utf8))
        let resources = "<< /Font << /F1 \(fontNumbers[.regular] ?? 3) 0 R /F2 \(fontNumbers[.bold] ?? 4) 0 R >> "
            + "/ProcSet [/PDF /Text] >>"
        for (index, page) in pages.enumerated() {
            let contents = pageNumbers[index] + 1
            objects.append(Array("<< /Type /Page /Parent 2 0 R /Resources \(resources) /Contents \(contents) 0 R >>".utf8))
            let stream = Self.contentStream(page)
            var object = Array("<< /Length \(stream.count) >>\nstream\n".utf8)
            object.append(contentsOf: stream)
            object.append(contentsOf: Array("\nendstream".utf8))
            objects.append(object)
        }
        var file: [UInt8] = Array("%PDF-1.4\n%".utf8) + [0xE2, 0xE3, 0xCF, 0xD3, 0x0A]
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(file.count)
            file.append(contentsOf: Array("\(index + 1) 0 obj\n".utf8))
            file.append(contentsOf: object)
            file.append(contentsOf: Array("\nendobj\n".utf8))
        }
        let xref = file.count
        var table = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            table += Self.padded(String(offset), to: 10) + " 00000 n \n"
        }
        table += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R /Info 5 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        file.append(contentsOf: Array(table.utf8))
        return file
    }

    /// The content stream of a page: one text object that sets each line at its position.
    static func contentStream(_ page: PDFPage) -> [UInt8] {
        var stream = Array("BT\n".utf8)
        var font: PDFFont?
        var size = 0.0
        for run in page.runs where !run.bytes.isEmpty {
            if run.font != font || run.size != size {
                stream.append(contentsOf: Array("/\(run.font.resourceName) \(number(run.size)) Tf\n".utf8))
                font = run.font
                size = run.size
            }
            stream.append(contentsOf: Array("1 0 0 1 \(number(run.x)) \(number(run.y)) Tm ".utf8))
            stream.append(contentsOf: literal(run.bytes))
            stream.append(contentsOf: Array(" Tj\n".utf8))
        }
        stream.append(contentsOf: Array("ET".utf8))
        return stream
    }

    /// A number with at most two decimals, written the same way on every machine (`70.87`, `12`, `-3.5`).
    static func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let whole = abs(hundredths) / 100
        let fraction = abs(hundredths) % 100
        if fraction == 0 { return sign + String(whole) }
        let digits = padded(String(fraction), to: 2)
        return sign + String(whole) + "." + (digits.hasSuffix("0") ? String(digits.prefix(1)) : digits)
    }

    /// A PDF literal string of bytes: parentheses and backslashes escaped, and every byte outside printable ASCII
    /// written as an octal escape, so that the file stays 7-bit text apart from its header comment.
    static func literal(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = [0x28]
        for byte in bytes {
            switch byte {
            case 0x28, 0x29, 0x5C:
                result.append(0x5C)
                result.append(byte)
            case 0x20...0x7E:
                result.append(byte)
            default:
                let octal = padded(String(byte, radix: 8), to: 3)
                result.append(0x5C)
                result.append(contentsOf: Array(octal.utf8))
            }
        }
        result.append(0x29)
        return result
    }

    /// Digits with zeros in front up to `width` characters.
    static func padded(_ digits: String, to width: Int) -> String {
        digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// A PDF text string for the document information: UTF-16BE with a byte-order mark, in hexadecimal.
    static func textString(_ text: String) -> String {
        let digits = Array("0123456789ABCDEF")
        var hex = "<FEFF"
        for unit in text.utf16 {
            for shift in [12, 8, 4, 0] { hex.append(digits[Int(unit >> UInt16(shift)) & 0xF]) }
        }
        return hex + ">"
    }
}
