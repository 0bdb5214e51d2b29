import Crypto

/// A subset of a TrueType font holding only the glyphs one PDF uses, for embedding as a `FontFile2`.
///
/// Glyph ids are kept, so the PDF can address glyphs by their ids in the original font (`/CIDToGIDMap /Identity`):
/// the subset has as many glyphs as the highest id used plus one, and every glyph that is not used (nor a component
/// of a used composite glyph, nor `.notdef`) is left without outline. The subset keeps the tables a PDF reader needs
/// to draw TrueType glyphs (`head`, `hhea`, `maxp`, `hmtx`, `loca`, `glyf` and the hinting tables `cvt `, `fpgm`,
/// `prep`), the `OS/2` metrics, a `post` table without glyph names, and a `cmap` of the characters used.
struct TrueTypeSubset: Sendable {
    /// The font file of the subset.
    let bytes: [UInt8]
    /// The six capital letters that prefix the subset's font name (ISO 32000-1, 9.6.4), derived from the glyphs it
    /// holds, so that the same glyphs always give the same tag.
    let tag: String

    /// Makes the subset of a font for a set of characters and their glyphs.
    /// - Parameters:
    ///   - font: The full font.
    ///   - characters: The glyph of each character the document prints.
    init(of font: TrueTypeFont, characters: [UInt32: UInt16]) {
        var used: Set<Int> = []
        var pending = [0] + characters.values.map(Int.init)
        while let glyph = pending.popLast() {
            guard glyph < font.glyphCount, used.insert(glyph).inserted else { continue }
            pending += font.components(of: glyph)
        }
        let count = (used.max() ?? 0) + 1
        let reader = TrueTypeFont.Reader(bytes: font.bytes)
        func table(_ tag: String) -> [UInt8] {
            guard let range = font.tables[tag] else { return [] }
            return Array(font.bytes[range])
        }

        var glyf: [UInt8] = []
        var offsets: [Int] = []
        for glyph in 0..<count {
            offsets.append(glyf.count)
            guard used.contains(glyph) else { continue }
            glyf += font.bytes[font.glyphData(glyph)]
            while glyf.count % 4 != 0 { glyf.append(0) }
        }
        offsets.append(glyf.count)
        // The short form of `loca` (offsets halved, 16 bits) when the outlines fit, else the long form
        let shortOffsets = glyf.count / 2 <= 0xFFFF
        var loca: [UInt8] = []
        for offset in offsets {
            if shortOffsets { Self.append16(&loca, offset / 2) } else { Self.append32(&loca, offset) }
        }

        let hhea = font.tables["hhea"]?.lowerBound ?? 0
        let metricsCount = max(min(reader.u16(hhea + 34), font.glyphCount), 1)
        let hmtxStart = font.tables["hmtx"]?.lowerBound ?? 0
        var hmtx: [UInt8] = []
        for glyph in 0..<count {
            let bearing =
                glyph < metricsCount
                ? reader.u16(hmtxStart + 4 * glyph + 2)
                : reader.u16(hmtxStart + 4 * metricsCount + 2 * (glyph - metricsCount))
            Self.append16(&hmtx, font.advances[glyph])
            Self.append16(&hmtx, bearing)
        }

        var head = table("head")
        Self.put32(&head, at: 8, 0)
        Self.put16(&head, at: 50, shortOffsets ? 0 : 1)
        var hheaTable = table("hhea")
        Self.put16(&hheaTable, at: 34, count)
        var maxp = table("maxp")
        Self.put16(&maxp, at: 4, count)
        var post = Array(table("post").prefix(32))
        if post.count == 32 { Self.put32(&post, at: 0, 0x0003_0000) }

        var tables: [(String, [UInt8])] = [
            ("cmap", Self.characterMap(characters)), ("glyf", glyf), ("head", head), ("hhea", hheaTable),
            ("hmtx", hmtx), ("loca", loca), ("maxp", maxp),
        ]
        if !post.isEmpty { tables.append(("post", post)) }
        for tag in ["OS/2", "cvt ", "fpgm", "prep"] where font.tables[tag] != nil {
            tables.append((tag, table(tag)))
        }
        tables.sort { Array($0.0.utf8).lexicographicallyPrecedes(Array($1.0.utf8)) }
        var file = Self.assemble(tables)
        if let headOffset = Self.offset(of: "head", in: file) {
            let adjustment = (0xB1B0_AFBA &- Self.checksum(file[...])) & 0xFFFF_FFFF
            Self.put32(&file, at: headOffset + 8, adjustment)
        }
        bytes = file

        var glyphList = Array(used).sorted().map(String.init).joined(separator: ",")
        glyphList += ":" + font.postScriptName
        let hash = SHA256.hash(data: Array(glyphList.utf8))
        tag = String(decoding: hash.prefix(6).map { UInt8(0x41) + $0 % 26 }, as: UTF8.self)
    }

    /// A `cmap` table with one format 4 subtable (Windows, Unicode BMP) mapping each character of the Basic
    /// Multilingual Plane to its glyph, one segment per character.
    static func characterMap(_ characters: [UInt32: UInt16]) -> [UInt8] {
        let codes = characters.keys.filter { $0 < 0xFFFF }.sorted()
        let segments = codes.count + 1
        var power = 1
        var exponent = 0
        while power * 2 <= segments {
            power *= 2
            exponent += 1
        }
        var subtable: [UInt8] = []
        append16(&subtable, 4)
        append16(&subtable, 16 + 8 * segments)
        append16(&subtable, 0)
        append16(&subtable, 2 * segments)
        append16(&subtable, 2 * power)
        append16(&subtable, exponent)
        append16(&subtable, 2 * segments - 2 * power)
        for code in codes { append16(&subtable, Int(code)) }
        append16(&subtable, 0xFFFF)
        append16(&subtable, 0)
        for code in codes { append16(&subtable, Int(code)) }
        append16(&subtable, 0xFFFF)
        for code in codes { append16(&subtable, (Int(characters[code] ?? 0) - Int(code)) & 0xFFFF) }
        append16(&subtable, 1)
        for _ in 0..<segments { append16(&subtable, 0) }
        var table: [UInt8] = []
        append16(&table, 0)
        append16(&table, 1)
        append16(&table, 3)
        append16(&table, 1)
        append32(&table, 12)
        return table + subtable
    }

    /// A font file of tables sorted by tag: the offset table, the table directory with checksums, and the tables
    /// each padded to four bytes.
    static func assemble(_ tables: [(String, [UInt8])]) -> [UInt8] {
        var power = 1
        var exponent = 0
        while power * 2 <= tables.count {
            power *= 2
            exponent += 1
        }
        var file: [UInt8] = []
        append32(&file, 0x0001_0000)
        append16(&file, tables.count)
        append16(&file, 16 * power)
        append16(&file, exponent)
        append16(&file, 16 * tables.count - 16 * power)
        var offset = 12 + 16 * tables.count
        var body: [UInt8] = []
        for (tag, data) in tables {
            file += Array(tag.utf8.prefix(4))
            var padded = data
            while padded.count % 4 != 0 { padded.append(0) }
            append32(&file, checksum(padded[...]))
            append32(&file, offset)
            append32(&file, data.count)
            body += padded
            offset += padded.count
        }
        return file + body
    }

    /// The offset of a table in an assembled file.
    static func offset(of tag: String, in file: [UInt8]) -> Int? {
        let reader = TrueTypeFont.Reader(bytes: file)
        for index in 0..<reader.u16(4) {
            let record = 12 + 16 * index
            if Array(reader.slice(record, 4)) == Array(tag.utf8) { return reader.u32(record + 8) }
        }
        return nil
    }

    /// The TrueType checksum of data: the sum of its big-endian 32-bit words, modulo 2³².
    static func checksum(_ data: ArraySlice<UInt8>) -> Int {
        var sum = 0
        var index = data.startIndex
        while index < data.endIndex {
            var word = 0
            for byte in 0..<4 {
                word = word << 8 | (index + byte < data.endIndex ? Int(data[index + byte]) : 0)
            }
            sum = (sum + word) & 0xFFFF_FFFF
            index += 4
        }
        return sum
    }

    /// Appends a big-endian 16-bit number.
    static func append16(_ bytes: inout [UInt8], _ value: Int) {
        bytes.append(UInt8((value >> 8) & 0xFF))
        bytes.append(UInt8(value & 0xFF))
    }

    /// Appends a big-endian 32-bit number.
    static func append32(_ bytes: inout [UInt8], _ value: Int) {
        append16(&bytes, (value >> 16) & 0xFFFF)
        append16(&bytes, value & 0xFFFF)
    }

    /// Overwrites a big-endian 16-bit number, if the bytes are long enough.
    static func put16(_ bytes: inout [UInt8], at offset: Int, _ value: Int) {
        guard offset >= 0, offset + 2 <= bytes.count else { return }
        bytes[offset] = UInt8((value >> 8) & 0xFF)
        bytes[offset + 1] = UInt8(value & 0xFF)
    }

    /// Overwrites a big-endian 32-bit number, if the bytes are long enough.
    static func put32(_ bytes: inout [UInt8], at offset: Int, _ value: Int) {
        put16(&bytes, at: offset, (value >> 16) & 0xFFFF)
        put16(&bytes, at: offset + 2, value & 0xFFFF)
    }
}
