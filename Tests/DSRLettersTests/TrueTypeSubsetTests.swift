import Foundation
import Testing

@testable import DSRLetters

/// The TrueType reader and subsetter behind the PDF fonts.
struct TrueTypeSubsetTests {
    /// DejaVu Sans as compiled into dsr.
    static func font() throws -> TrueTypeFont {
        try #require(PDFFont.regular.face)
    }

    @Test func theSubsetHoldsExactlyTheUsedGlyphsWithTheirIdsAndComponents() throws {
        let font = try Self.font()
        // Given the characters of "Jiří Łukasz ŋ" and their glyphs in the full font
        var characters: [UInt32: UInt16] = [:]
        for scalar in "Jiří Łukasz ŋ".unicodeScalars { characters[scalar.value] = font.glyph(for: scalar) }
        // When the subset is made and read back
        let subset = TrueTypeSubset(of: font, characters: characters)
        let read = try #require(TrueTypeFont(bytes: subset.bytes))
        // Then every used glyph keeps its id, its outline and its width, and maps from its character
        let used = Set(characters.values.map(Int.init))
        for (character, glyph) in characters {
            #expect(read.glyphs[character] == glyph)
            let outline = Array(font.bytes[font.glyphData(Int(glyph))])
            #expect(Array(read.bytes[read.glyphData(Int(glyph))].prefix(outline.count)) == outline)
            #expect(read.width(of: glyph) == font.width(of: glyph))
        }
        // And the components of composite glyphs (ř is r with a caron) are kept, every other outline is dropped
        var needed = used.union([0])
        for glyph in used { needed.formUnion(font.components(of: glyph)) }
        #expect(needed.count > used.count + 1, "some used glyph is composite")
        for glyph in 0..<read.glyphCount {
            #expect(
                read.glyphData(glyph).isEmpty == !needed.contains(glyph) || font.glyphData(glyph).isEmpty,
                "glyph \(glyph)")
        }
        #expect(read.glyphCount == (needed.max() ?? 0) + 1)
        #expect(read.unitsPerEm == font.unitsPerEm)
        // And the tag is six capital letters that depend on the glyphs only
        #expect(subset.tag.count == 6 && subset.tag.allSatisfy { $0.isUppercase && $0.isASCII })
        #expect(TrueTypeSubset(of: font, characters: characters).tag == subset.tag)
        #expect(TrueTypeSubset(of: font, characters: [0x41: font.glyph(for: "A") ?? 0]).tag != subset.tag)
        // And the table checksums and the whole-file adjustment are right
        #expect(TrueTypeSubset.checksum(subset.bytes[...]) == 0xB1B0_AFBA)
    }

    @Test func aDamagedFontIsRefusedOrReadWithoutATrap() throws {
        let bytes = try Self.font().bytes
        for length in [0, 4, 12, 100, 400, 5_000, 100_000] {
            let font = TrueTypeFont(bytes: Array(bytes.prefix(length)))
            if let font {
                _ = TrueTypeSubset(of: font, characters: [0x41: font.glyph(for: "A") ?? 0])
            }
        }
        var damaged = bytes
        for index in stride(from: 12, to: 2_000, by: 7) { damaged[index] = 0xFF }
        if let font = TrueTypeFont(bytes: damaged) {
            _ = TrueTypeSubset(of: font, characters: [0x41: font.glyph(for: "A") ?? 0, 0x159: 5_000])
        }
        #expect(TrueTypeFont(bytes: Array("not a font at all".utf8)) == nil)
    }
}
