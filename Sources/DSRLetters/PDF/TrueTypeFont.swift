/// A TrueType font file read for embedding in PDF: its tables, the glyph of each character (from the `cmap` table),
/// the advance width of each glyph (`hmtx`) and the metrics a PDF font descriptor states (`head`, `hhea`, `OS/2`).
///
/// The reader never traps on a short or damaged file: reads outside the file give zero, so a damaged font gives
/// missing glyphs rather than a crash. The fonts dsr embeds are compiled into it (see ``PDFFont``).
struct TrueTypeFont: Sendable {
    /// The whole font file.
    let bytes: [UInt8]
    /// Where each table lies in the file: its offset and length, by tag (`glyf`, `loca`...).
    let tables: [String: Range<Int>]
    /// The font's design units per em (2048 for DejaVu Sans).
    let unitsPerEm: Int
    /// The number of glyphs.
    let glyphCount: Int
    /// Whether `loca` holds 32-bit offsets (`indexToLocFormat` 1) rather than 16-bit halves.
    let longOffsets: Bool
    /// The advance width of each glyph, in design units.
    let advances: [Int]
    /// The glyph of each character the font maps.
    let glyphs: [UInt32: UInt16]
    /// The bounding box of all glyphs, in design units: xMin, yMin, xMax, yMax.
    let boundingBox: [Int]
    /// The typographic ascender, in design units.
    let ascent: Int
    /// The typographic descender (negative), in design units.
    let descent: Int
    /// The height of capital letters, in design units.
    let capHeight: Int
    /// The PostScript name of the font (`DejaVuSans`), from the `name` table.
    let postScriptName: String

    /// Reads a font file.
    /// - Returns: `nil` if the file is not a TrueType font with the tables a PDF needs (`head`, `hhea`, `maxp`,
    ///   `hmtx`, `loca`, `glyf`, `cmap`).
    init?(bytes: [UInt8]) {
        self.bytes = bytes
        let reader = Reader(bytes: bytes)
        guard reader.u32(0) == 0x0001_0000 || reader.u32(0) == 0x7472_7565 else { return nil }
        var tables: [String: Range<Int>] = [:]
        let count = reader.u16(4)
        for index in 0..<count {
            let record = 12 + 16 * index
            let tag = String(decoding: reader.slice(record, 4), as: UTF8.self)
            let offset = reader.u32(record + 8)
            let length = reader.u32(record + 12)
            guard offset + length <= bytes.count else { return nil }
            tables[tag] = offset..<offset + length
        }
        for required in ["head", "hhea", "maxp", "hmtx", "loca", "glyf", "cmap"] where tables[required] == nil {
            return nil
        }
        self.tables = tables
        let head = tables["head"]?.lowerBound ?? 0
        let hhea = tables["hhea"]?.lowerBound ?? 0
        unitsPerEm = max(reader.u16(head + 18), 16)
        boundingBox = [reader.s16(head + 36), reader.s16(head + 38), reader.s16(head + 40), reader.s16(head + 42)]
        longOffsets = reader.s16(head + 50) == 1
        glyphCount = reader.u16((tables["maxp"]?.lowerBound ?? 0) + 4)
        ascent = reader.s16(hhea + 4)
        descent = reader.s16(hhea + 6)
        let metricsCount = max(min(reader.u16(hhea + 34), glyphCount), 1)
        let hmtx = tables["hmtx"]?.lowerBound ?? 0
        var advances: [Int] = []
        advances.reserveCapacity(glyphCount)
        for glyph in 0..<glyphCount {
            advances.append(reader.u16(hmtx + 4 * min(glyph, metricsCount - 1)))
        }
        self.advances = advances
        if let os2 = tables["OS/2"], reader.u16(os2.lowerBound) >= 2 {
            capHeight = reader.s16(os2.lowerBound + 88)
        } else {
            capHeight = ascent
        }
        glyphs = Self.characterMap(reader, table: tables["cmap"] ?? 0..<0)
        postScriptName = Self.postScriptName(reader, table: tables["name"]) ?? "Font"
    }

    /// The glyph of a character, or `nil` if the font has none.
    func glyph(for scalar: Unicode.Scalar) -> UInt16? {
        guard let glyph = glyphs[scalar.value], glyph != 0, Int(glyph) < glyphCount else { return nil }
        return glyph
    }

    /// The advance width of a glyph in thousandths of the font size, as a PDF font's `/W` array states it.
    func width(of glyph: UInt16) -> Int {
        let advance = Int(glyph) < advances.count ? advances[Int(glyph)] : 0
        return (advance * 1000 + unitsPerEm / 2) / unitsPerEm
    }

    /// A value in design units scaled to thousandths of the font size.
    func scaled(_ value: Int) -> Int {
        let product = value * 1000
        return product >= 0 ? (product + unitsPerEm / 2) / unitsPerEm : -((-product + unitsPerEm / 2) / unitsPerEm)
    }

    /// The outline data of a glyph in the `glyf` table (empty for a glyph without outline, such as the space).
    func glyphData(_ glyph: Int) -> Range<Int> {
        guard glyph >= 0, glyph < glyphCount, let loca = tables["loca"], let glyf = tables["glyf"] else { return 0..<0 }
        let reader = Reader(bytes: bytes)
        let start: Int
        let end: Int
        if longOffsets {
            start = reader.u32(loca.lowerBound + 4 * glyph)
            end = reader.u32(loca.lowerBound + 4 * glyph + 4)
        } else {
            start = 2 * reader.u16(loca.lowerBound + 2 * glyph)
            end = 2 * reader.u16(loca.lowerBound + 2 * glyph + 2)
        }
        guard start <= end, glyf.lowerBound + end <= glyf.upperBound else { return 0..<0 }
        return glyf.lowerBound + start..<glyf.lowerBound + end
    }

    /// The glyphs a composite glyph is built from (none for a simple glyph).
    func components(of glyph: Int) -> [Int] {
        let data = glyphData(glyph)
        let reader = Reader(bytes: bytes)
        guard data.count >= 10, reader.s16(data.lowerBound) < 0 else { return [] }
        var result: [Int] = []
        var offset = data.lowerBound + 10
        while offset + 4 <= data.upperBound {
            let flags = reader.u16(offset)
            result.append(reader.u16(offset + 2))
            offset += 4 + (flags & 0x0001 != 0 ? 4 : 2)
            if flags & 0x0008 != 0 {
                offset += 2
            } else if flags & 0x0040 != 0 {
                offset += 4
            } else if flags & 0x0080 != 0 {
                offset += 8
            }
            guard flags & 0x0020 != 0 else { break }
        }
        return result
    }

    /// The character-to-glyph map of the `cmap` table's Unicode subtable: format 12 (all of Unicode) if the font has
    /// one, else format 4 (the Basic Multilingual Plane).
    private static func characterMap(_ reader: Reader, table: Range<Int>) -> [UInt32: UInt16] {
        let base = table.lowerBound
        var format4: Int?
        var format12: Int?
        for index in 0..<reader.u16(base + 2) {
            let record = base + 4 + 8 * index
            let platform = reader.u16(record)
            let encoding = reader.u16(record + 2)
            let subtable = base + reader.u32(record + 4)
            guard platform == 3 || platform == 0 else { continue }
            switch reader.u16(subtable) {
            case 4 where format4 == nil && (platform == 0 || encoding == 1): format4 = subtable
            case 12 where format12 == nil: format12 = subtable
            default: break
            }
        }
        var map: [UInt32: UInt16] = [:]
        if let subtable = format12 {
            let groups = min(reader.u32(subtable + 12), 100_000)
            for group in 0..<groups {
                let record = subtable + 16 + 12 * group
                let first = reader.u32(record)
                let last = reader.u32(record + 4)
                let glyph = reader.u32(record + 8)
                guard first <= last, last < 0x11_0000, last - first < 0x1_0000 else { continue }
                for code in first...last where glyph + code - first <= 0xFFFF {
                    map[UInt32(code)] = UInt16(glyph + code - first)
                }
            }
        } else if let subtable = format4 {
            let segments = reader.u16(subtable + 6) / 2
            let ends = subtable + 14
            let starts = ends + 2 * segments + 2
            let deltas = starts + 2 * segments
            let rangeOffsets = deltas + 2 * segments
            for segment in 0..<segments {
                let first = reader.u16(starts + 2 * segment)
                let last = reader.u16(ends + 2 * segment)
                let delta = reader.u16(deltas + 2 * segment)
                let rangeOffset = reader.u16(rangeOffsets + 2 * segment)
                guard first <= last, last != 0xFFFF || first != 0xFFFF else { continue }
                for code in first...last {
                    var glyph: Int
                    if rangeOffset == 0 {
                        glyph = (code + delta) & 0xFFFF
                    } else {
                        glyph = reader.u16(rangeOffsets + 2 * segment + rangeOffset + 2 * (code - first))
                        if glyph != 0 { glyph = (glyph + delta) & 0xFFFF }
                    }
                    if glyph != 0 { map[UInt32(code)] = UInt16(glyph) }
                }
            }
        }
        return map
    }

    /// The PostScript name (name ID 6) from the `name` table, in its Macintosh Roman or Windows UTF-16 record.
    private static func postScriptName(_ reader: Reader, table: Range<Int>?) -> String? {
        guard let table else { return nil }
        let base = table.lowerBound
        let strings = base + reader.u16(base + 4)
        for index in 0..<reader.u16(base + 2) {
            let record = base + 6 + 12 * index
            guard reader.u16(record + 6) == 6 else { continue }
            let platform = reader.u16(record)
            let slice = reader.slice(strings + reader.u16(record + 10), reader.u16(record + 8))
            let name: String
            if platform == 3 {
                let units = stride(from: 0, to: slice.count - 1, by: 2).map {
                    UInt16(slice[$0]) << 8 | UInt16(slice[$0 + 1])
                }
                name = String(decoding: units, as: UTF16.self)
            } else {
                name = String(decoding: slice, as: UTF8.self)
            }
            let clean = String(
                name.unicodeScalars.filter {
                    $0.isASCII && $0.value > 0x20 && !"()<>[]{}/%#".unicodeScalars.contains($0)
                })
            if !clean.isEmpty { return clean }
        }
        return nil
    }

    /// Big-endian reads from a font file that give zero outside it.
    struct Reader {
        /// The file.
        let bytes: [UInt8]

        /// The unsigned 16-bit number at an offset.
        func u16(_ offset: Int) -> Int {
            guard offset >= 0, offset + 2 <= bytes.count else { return 0 }
            return Int(bytes[offset]) << 8 | Int(bytes[offset + 1])
        }

        /// The signed 16-bit number at an offset.
        func s16(_ offset: Int) -> Int {
            let value = u16(offset)
            return value >= 0x8000 ? value - 0x1_0000 : value
        }

        /// The unsigned 32-bit number at an offset.
        func u32(_ offset: Int) -> Int {
            u16(offset) << 16 | u16(offset + 2)
        }

        /// The bytes at an offset, as many as the file has up to `count`.
        func slice(_ offset: Int, _ count: Int) -> ArraySlice<UInt8> {
            guard offset >= 0, offset < bytes.count, count > 0 else { return [] }
            return bytes[offset..<min(offset + count, bytes.count)]
        }
    }
}
