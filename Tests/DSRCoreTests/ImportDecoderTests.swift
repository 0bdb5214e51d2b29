import Testing

@testable import DSRCore

@Suite struct ImportDecoderTests {
    /// Decodes a file given in chunks of `size` bytes, as the import reads it.
    static func decode(_ bytes: [UInt8], chunk size: Int = 1 << 20, encoding: ImportEncoding? = nil) throws(ImportError)
        -> (text: String, encoding: ImportEncoding?)
    {
        var decoder = ImportDecoder(encoding: encoding)
        var output: [UInt8] = []
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + size)
            output += try decoder.decode(Array(bytes[start..<end]))
            start = end
        }
        output += try decoder.finish()
        return (String(decoding: output, as: UTF8.self), decoder.encoding)
    }

    /// The error decoding throws, if any.
    static func failure(_ bytes: [UInt8], chunk size: Int = 1 << 20, encoding: ImportEncoding? = nil) -> ImportError? {
        do {
            _ = try decode(bytes, chunk: size, encoding: encoding)
            return nil
        } catch {
            return error
        }
    }

    @Test func windows1252IsReadWhenTheBytesAreNotUTF8() throws {
        // "laji;Sähköposti" as Finnish Excel writes a plain "CSV" file: ä = E4, ö = F6
        let bytes = Array("laji;S".utf8) + [0xE4] + Array("hk".utf8) + [0xF6] + Array("posti\r\n".utf8)
        for size in [1, 2, 3, 7, 100] {
            let decoded = try Self.decode(bytes, chunk: size)
            #expect(decoded.text == "laji;Sähköposti\r\n", "chunk \(size)")
            #expect(decoded.encoding == .windows1252)
        }
    }

    @Test func windows1252MapsItsWholeHighRangeAndRefusesItsUndefinedBytes() throws {
        let defined: [UInt8] = (0x80...0x9F).filter { ![0x81, 0x8D, 0x8F, 0x90, 0x9D].contains($0) }
        let decoded = try Self.decode(Array("a ".utf8) + defined + [0xA0, 0xA4, 0xC5, 0xFF], encoding: .windows1252)
        #expect(decoded.text == "a €‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ\u{A0}¤Åÿ")
        for undefined: UInt8 in [0x81, 0x8D, 0x8F, 0x90, 0x9D] {
            // Undecided until the first non-ASCII byte, which is not UTF-8: read as Windows-1252 and refused there
            #expect(
                Self.failure(Array("kind\nM".utf8) + [0xE4, undefined], chunk: 3)
                    == .notText(offset: 7, scalar: UInt32(undefined)))
        }
    }

    @Test func iso885915DiffersFromWindows1252InEightPlacesAndOnlyWhenNamed() throws {
        let bytes: [UInt8] = [0xA4, 0xA6, 0xA8, 0xB4, 0xB8, 0xBC, 0xBD, 0xBE, 0xE4]
        #expect(try Self.decode(bytes, encoding: .iso885915).text == "€ŠšŽžŒœŸä")
        #expect(try Self.decode(bytes).text == "¤¦¨´¸¼½¾ä")
        // 0x80–0x9F are C1 control characters in ISO-8859-15
        #expect(Self.failure(Array("ab".utf8) + [0x80], encoding: .iso885915) == .notText(offset: 2, scalar: 0x80))
    }

    @Test func utf8WithOrWithoutBOMPassesUnchanged() throws {
        for text in ["kind,name\nMäki\n", "\u{FEFF}kind,name\nMäki\n", "kind\n€\n"] {
            for size in [1, 2, 5, 64] {
                let decoded = try Self.decode(Array(text.utf8), chunk: size)
                #expect(decoded.text == text)
                #expect(decoded.encoding == .utf8)
            }
        }
        // All ASCII: never needs deciding
        #expect(try Self.decode(Array("kind\n".utf8)).encoding == nil)
        // A file decided as UTF-8 keeps invalid bytes later on as U+FFFD, which the row check reports
        #expect(try Self.decode(Array("ä\n".utf8) + [0xE4]).text == "ä\n\u{FFFD}")
    }

    @Test func utf16WithABOMIsDecodedAndItsZeroBytesAreNotRefused() throws {
        let text = "laji;Sähköposti\nMäki 😀\n"
        let little: [UInt8] =
            [0xFF, 0xFE]
            + text.utf16.flatMap { (unit: UInt16) -> [UInt8] in
                [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            }
        let big: [UInt8] =
            [0xFE, 0xFF]
            + text.utf16.flatMap { (unit: UInt16) -> [UInt8] in
                [UInt8(unit >> 8), UInt8(unit & 0xFF)]
            }
        for size in [1, 2, 3, 5, 1000] {
            #expect(try Self.decode(little, chunk: size) == (text, .utf16LittleEndian))
            #expect(try Self.decode(big, chunk: size) == (text, .utf16BigEndian))
        }
        // Without a byte-order mark its zero bytes are NULs: not text
        #expect(Self.failure(Array(little.dropFirst(2))) == .notText(offset: 1, scalar: 0))
    }

    @Test func theNotTextRuleAppliesAfterDecodingWithTheFileOffset() {
        // UTF-16LE: BOM, "a", U+0000 at byte 4
        #expect(Self.failure([0xFF, 0xFE, 0x61, 0x00, 0x00, 0x00]) == .notText(offset: 4, scalar: 0))
        // UTF-16BE: BOM, "a", U+0085 (a C1 control) at byte 4
        #expect(Self.failure([0xFE, 0xFF, 0x00, 0x61, 0x00, 0x85], chunk: 1) == .notText(offset: 4, scalar: 0x85))
        // Windows-1252: ESC after a non-ASCII character that decided the encoding
        #expect(Self.failure(Array("ab".utf8) + [0xE4, 0x1B]) == .notText(offset: 3, scalar: 0x1B))
        // UTF-8: as before
        #expect(Self.failure(Array("ab\u{7F}".utf8)) == .notText(offset: 2, scalar: 0x7F))
        #expect(Self.failure(Array("ab\u{85}".utf8)) == .notText(offset: 2, scalar: 0x85))
    }

    @Test func encodingNamesAreRead() {
        #expect(ImportEncoding(name: "ISO-8859-15") == .iso885915)
        #expect(ImportEncoding(name: "latin-9") == .iso885915)
        #expect(ImportEncoding(name: "cp1252") == .windows1252)
        #expect(ImportEncoding(name: "UTF8") == .utf8)
        #expect(ImportEncoding(name: "ebcdic") == nil)
    }
}
