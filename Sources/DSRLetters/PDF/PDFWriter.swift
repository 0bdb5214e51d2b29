import DSRCore
import Foundation

/// Writes PDF/A-2b files (ISO 19005-2, level B, on PDF 1.7) from laid-out pages: a small, deterministic writer with
/// no dependency.
///
/// The file holds a catalog with XMP metadata (`pdfaid:part` 2, `pdfaid:conformance` B) and an sRGB output intent
/// (the ICC profile compiled into dsr, `LICENSES/sRGB-ICC-Profile.txt`), the page tree (every page A4, 595 × 842
/// points), the fonts as Type 0 fonts whose descendant `CIDFontType2` font embeds a subset of DejaVu Sans
/// (``TrueTypeSubset``) with its widths and a `ToUnicode` map (so the text can be copied and searched), a
/// document-information dictionary that matches the XMP metadata, and one uncompressed content stream per page, with
/// a cross-reference table of exact byte offsets.
///
/// Nothing in it depends on the clock or the machine: the dates are the letter's date, the subset tags derive from
/// the glyphs used, and the file identifier (`/ID`) is the SHA-256 of the file's body. The same pages and metadata
/// give the same bytes, so an issued letter can be reproduced and checked byte for byte.
struct PDFWriter: Sendable {
    /// The width of an A4 page, in points (210 mm).
    static let pageWidth = 595.0
    /// The height of an A4 page, in points (297 mm).
    static let pageHeight = 842.0
    /// The name of the sRGB colour profile under `Embedded/`.
    static let colourProfileName = "sRGB.icc"
    /// The sRGB colour profile of the output intent, read from the file compiled into dsr; `nil` only if dsr was
    /// built without it (``LetterRenderer`` reports that as ``LetterError/templateInvalid(name:detail:)``).
    static let colourProfile: [UInt8]? = EmbeddedResources.binaryFiles[colourProfileName]
        .flatMap { Data(base64Encoded: $0) }.map { [UInt8]($0) }

    /// The document's title, for the reader's window (no personal data).
    var title: String
    /// The language tag of the text, `fi`, `sv` or `en`.
    var language: String
    /// The footer of an issued letter (case number, letter number, fingerprint; no personal data), as the document's
    /// subject, or `nil` for a draft. It is also written in the XMP metadata as plain UTF-8, where
    /// ``LetterVerifier`` finds the letter number of a PDF whose text is otherwise held as glyph ids.
    var subject: String?
    /// The date the letter bears, as the document's creation date (there is no modification date: an
    /// issued letter is never modified).
    var date: CivilDate

    /// The PDF file of the pages.
    func write(_ pages: [PDFPage]) -> [UInt8] {
        var objects: [[UInt8]] = []
        func add(_ object: [UInt8]) -> Int {
            objects.append(object)
            return objects.count
        }
        func add(_ text: String) -> Int { add(Array(text.utf8)) }
        func add(stream: [UInt8], dictionary: String = "") -> Int {
            add(Self.stream(stream, dictionary: dictionary))
        }

        let catalog = add("")
        let pageTree = add("")
        let subjectEntry = subject.map { "/Subject \(Self.textString($0)) " } ?? ""
        let info = add(
            "<< /Title \(Self.textString(title)) \(subjectEntry)/Producer (dsr) /Creator (dsr) "
                + "/CreationDate (\(pdfDate)) >>")
        let metadata = add(stream: Array(xmp.utf8), dictionary: "/Type /Metadata /Subtype /XML ")
        let profile = add(stream: Self.colourProfile ?? [], dictionary: "/N 3 ")

        var fontObjects: [PDFFont: Int] = [:]
        for font in PDFFont.allCases {
            guard let face = font.face else { continue }
            var characters: [UInt32: UInt16] = [:]
            for page in pages {
                for run in page.runs where run.font == font {
                    for glyph in run.glyphs where characters[glyph.scalar.value] == nil {
                        characters[glyph.scalar.value] = glyph.id
                    }
                }
            }
            guard !characters.isEmpty else { continue }
            let subset = TrueTypeSubset(of: face, characters: characters)
            let name = "/\(subset.tag)+\(face.postScriptName)"
            let file = add(stream: subset.bytes, dictionary: "/Length1 \(subset.bytes.count) ")
            let box = face.boundingBox.map { String(face.scaled($0)) }.joined(separator: " ")
            let descriptor = add(
                "<< /Type /FontDescriptor /FontName \(name) /Flags 32 /FontBBox [\(box)] "
                    + "/ItalicAngle 0 /Ascent \(face.scaled(face.ascent)) /Descent \(face.scaled(face.descent)) "
                    + "/CapHeight \(face.scaled(face.capHeight)) /StemV \(font == .bold ? 140 : 80) /FontFile2 \(file) 0 R >>"
            )
            let widths = Self.widths(Set(characters.values), face: face)
            let descendant = add(
                "<< /Type /Font /Subtype /CIDFontType2 /BaseFont \(name) "
                    + "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                    + "/FontDescriptor \(descriptor) 0 R /W [\(widths)] /CIDToGIDMap /Identity >>")
            let toUnicode = add(stream: Array(Self.toUnicode(characters).utf8))
            fontObjects[font] = add(
                "<< /Type /Font /Subtype /Type0 /BaseFont \(name) /Encoding /Identity-H "
                    + "/DescendantFonts [\(descendant) 0 R] /ToUnicode \(toUnicode) 0 R >>")
        }
        let fonts = PDFFont.allCases.compactMap { font in
            fontObjects[font].map { "/\(font.resourceName) \($0) 0 R" }
        }.joined(separator: " ")
        let resources = "<< /Font << \(fonts) >> /ProcSet [/PDF /Text] >>"
        var kids: [String] = []
        for page in pages {
            let contents = add(stream: Self.contentStream(page))
            kids.append(
                "\(add("<< /Type /Page /Parent \(pageTree) 0 R /Resources \(resources) /Contents \(contents) 0 R >>")) 0 R"
            )
        }
        let lang = String(decoding: Self.literal(Array(language.utf8)), as: UTF8.self)
        objects[catalog - 1] = Array(
            ("<< /Type /Catalog /Pages \(pageTree) 0 R /Metadata \(metadata) 0 R /Lang \(lang) "
                + "/OutputIntents [<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) "
                + "/RegistryName (http://www.color.org) /Info (sRGB IEC61966-2.1) /DestOutputProfile \(profile) 0 R >>] "
                + "/ViewerPreferences << /DisplayDocTitle true >> >>").utf8)
        objects[pageTree - 1] = Array(
            ("<< /Type /Pages /Kids [\(kids.joined(separator: " "))] /Count \(pages.count) "
                + "/MediaBox [0 0 595 842] >>").utf8)

        var file: [UInt8] = Array("%PDF-1.7\n%".utf8) + [0xE2, 0xE3, 0xCF, 0xD3, 0x0A]
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(file.count)
            file.append(contentsOf: Array("\(index + 1) 0 obj\n".utf8))
            file.append(contentsOf: object)
            file.append(contentsOf: Array("\nendobj\n".utf8))
        }
        let identifier = String(LetterHash.sha256(file).prefix(32))
        let xref = file.count
        var table = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            table += Self.padded(String(offset), to: 10) + " 00000 n \n"
        }
        table +=
            "trailer\n<< /Size \(objects.count + 1) /Root \(catalog) 0 R /Info \(info) 0 R "
            + "/ID [<\(identifier)> <\(identifier)>] >>\nstartxref\n\(xref)\n%%EOF\n"
        file.append(contentsOf: Array(table.utf8))
        return file
    }

    /// The letter's date as a PDF date, midnight UTC: `D:20260508000000+00'00'`.
    var pdfDate: String {
        "D:" + date.description.filter { $0 != "-" } + "000000+00'00'"
    }

    /// The letter's date as an XMP date, midnight UTC: `2026-05-08T00:00:00+00:00`.
    var xmpDate: String {
        date.description + "T00:00:00+00:00"
    }

    /// The XMP metadata packet: the title, subject, language, creation date, creator and producer of the document-information
    /// dictionary, and the PDF/A identification (part 2, conformance B).
    var xmp: String {
        let title = Self.xmlEscaped(self.title)
        let description =
            subject.map {
                "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">\(Self.xmlEscaped($0))</rdf:li></rdf:Alt>"
                    + "</dc:description>\n"
            } ?? ""
        return """
            <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" \
            xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" \
            xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
            <dc:format>application/pdf</dc:format>
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default">\(title)</rdf:li></rdf:Alt></dc:title>
            \(description)<dc:language><rdf:Bag><rdf:li>\(Self.xmlEscaped(language))</rdf:li></rdf:Bag></dc:language>
            <xmp:CreateDate>\(xmpDate)</xmp:CreateDate>
            <xmp:MetadataDate>\(xmpDate)</xmp:MetadataDate>
            <xmp:CreatorTool>dsr</xmp:CreatorTool>
            <pdf:Producer>dsr</pdf:Producer>
            <pdfaid:part>2</pdfaid:part>
            <pdfaid:conformance>B</pdfaid:conformance>
            </rdf:Description>
            </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="w"?>
            """
    }

    /// Text escaped for XML character data.
    static func xmlEscaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.append(character)
            }
        }
        return result
    }

    /// A stream object: its dictionary with the length, and the data between `stream` and `endstream`.
    static func stream(_ data: [UInt8], dictionary: String) -> [UInt8] {
        var object = Array("<< \(dictionary)/Length \(data.count) >>\nstream\n".utf8)
        object.append(contentsOf: data)
        object.append(contentsOf: Array("\nendstream".utf8))
        return object
    }

    /// The `/W` array of a descendant font: each run of consecutive glyph ids with their widths,
    /// `3 [317 401] 68 [613]`.
    static func widths(_ glyphs: Set<UInt16>, face: TrueTypeFont) -> String {
        var parts: [String] = []
        var run: [Int] = []
        var first = 0
        for glyph in glyphs.sorted().map(Int.init) {
            if !run.isEmpty && glyph != first + run.count {
                parts.append("\(first) [\(run.map(String.init).joined(separator: " "))]")
                run = []
            }
            if run.isEmpty { first = glyph }
            run.append(face.width(of: UInt16(glyph)))
        }
        if !run.isEmpty { parts.append("\(first) [\(run.map(String.init).joined(separator: " "))]") }
        return parts.joined(separator: " ")
    }

    /// The `ToUnicode` CMap of a font: the character each glyph shows (the lowest character where several share a
    /// glyph), so that text can be copied and searched.
    static func toUnicode(_ characters: [UInt32: UInt16]) -> String {
        var byGlyph: [UInt16: UInt32] = [:]
        for (character, glyph) in characters where character < (byGlyph[glyph] ?? UInt32.max) {
            byGlyph[glyph] = character
        }
        let entries = byGlyph.keys.sorted().map { glyph in
            "<\(hex(Int(glyph), digits: 4))> <\(utf16Hex(byGlyph[glyph] ?? 0x3F))>"
        }
        var cmap = """
            /CIDInit /ProcSet findresource begin
            12 dict begin
            begincmap
            /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
            /CMapName /Adobe-Identity-UCS def
            /CMapType 2 def
            1 begincodespacerange
            <0000> <FFFF>
            endcodespacerange

            """
        var index = 0
        while index < entries.count {
            let block = entries[index..<min(index + 100, entries.count)]
            cmap += "\(block.count) beginbfchar\n" + block.joined(separator: "\n") + "\nendbfchar\n"
            index += 100
        }
        cmap += """
            endcmap
            CMapName currentdict /CMapResource defineresource pop
            end
            end
            """
        return cmap
    }

    /// Uppercase hexadecimal digits of a number, zero-padded.
    static func hex(_ value: Int, digits: Int) -> String {
        padded(String(value, radix: 16, uppercase: true), to: digits)
    }

    /// A character in UTF-16BE hexadecimal (a surrogate pair outside the Basic Multilingual Plane).
    static func utf16Hex(_ value: UInt32) -> String {
        guard let scalar = Unicode.Scalar(value) else { return "003F" }
        return String(scalar).utf16.map { hex(Int($0), digits: 4) }.joined()
    }

    /// The content stream of a page: one text object that sets each line at its position, its glyphs by their ids.
    static func contentStream(_ page: PDFPage) -> [UInt8] {
        var stream = Array("BT\n".utf8)
        var font: PDFFont?
        var size = 0.0
        for run in page.runs where !run.glyphs.isEmpty {
            if run.font != font || run.size != size {
                stream.append(contentsOf: Array("/\(run.font.resourceName) \(number(run.size)) Tf\n".utf8))
                font = run.font
                size = run.size
            }
            stream.append(contentsOf: Array("1 0 0 1 \(number(run.x)) \(number(run.y)) Tm ".utf8))
            stream.append(contentsOf: Array(("<" + run.glyphs.map { hex(Int($0.id), digits: 4) }.joined() + ">").utf8))
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
