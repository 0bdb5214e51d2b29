import Foundation

/// Turns the bytes of a notice file into text, or says why it cannot.
///
/// Order of checks: size limit, empty, known binary signatures (PDF, ZIP/DOCX/ODT, OLE/DOC, RTF, images),
/// UTF-8 (BOM removed), UTF-16 (BOM, or zero bytes in alternate positions), binary (zero bytes or more than 5 %
/// control characters), then Windows-1252. Windows-1252 is tried only when the bytes contain no valid UTF-8
/// multi-byte sequence (so a UTF-8 file with one damaged byte is refused rather than garbled into "Ã¤") and no
/// byte that Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D). Finnish notices saved by older Windows
/// tools are Windows-1252; Latin-1 is a subset for every printable character.
enum NoticeDecoder {
    /// Decodes the bytes.
    static func decode(_ data: Data, limit: Int) throws(NoticeError) -> (text: String, encoding: NoticeEncoding) {
        guard data.count <= limit else { throw .tooLarge(bytes: data.count, limit: limit) }
        let bytes = [UInt8](data)
        guard !bytes.isEmpty else { throw .empty }
        if let kind = signature(of: bytes) { throw .binary(kind: kind) }

        let text: String
        let encoding: NoticeEncoding
        if let utf16 = decodeUTF16(bytes) {
            text = utf16
            encoding = .utf16
        } else if let utf8 = decodeUTF8(bytes) {
            text = utf8
            encoding = .utf8
        } else {
            if looksBinary(bytes) { throw .binary(kind: nil) }
            guard !hasUTF8Sequences(bytes), let latin = decodeWindows1252(bytes) else {
                throw .invalidEncoding(offset: firstInvalidUTF8Offset(bytes))
            }
            text = latin
            encoding = .windows1252
        }
        if text.unicodeScalars.contains("\u{0}") || looksBinary(text) { throw .binary(kind: nil) }
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace && $0 != "\u{FEFF}" }) else {
            throw .empty
        }
        return (text, encoding)
    }

    /// Names a binary document format from its first bytes.
    static func signature(of bytes: [UInt8]) -> String? {
        func starts(_ prefix: [UInt8]) -> Bool { bytes.starts(with: prefix) }
        if starts([0x25, 0x50, 0x44, 0x46]) { return "PDF" }
        if starts([0x50, 0x4B, 0x03, 0x04]) { return "ZIP (Word .docx or OpenDocument)" }
        if starts([0xD0, 0xCF, 0x11, 0xE0]) { return "Word (.doc)" }
        if starts(Array("{\\rtf".utf8)) { return "RTF" }
        if starts([0x89, 0x50, 0x4E, 0x47]) { return "PNG image" }
        if starts([0xFF, 0xD8, 0xFF]) { return "JPEG image" }
        if starts(Array("GIF8".utf8)) { return "GIF image" }
        if starts([0x1F, 0x8B]) { return "gzip" }
        return nil
    }

    private static func decodeUTF8(_ bytes: [UInt8]) -> String? {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        var result = ""
        result.reserveCapacity(body.count)
        var decoder = UTF8()
        var iterator = body.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): result.unicodeScalars.append(scalar)
            case .emptyInput: return result
            case .error: return nil
            }
        }
    }

    private static func decodeUTF16(_ bytes: [UInt8]) -> String? {
        var littleEndian: Bool
        var start = 0
        if bytes.starts(with: [0xFF, 0xFE]) {
            littleEndian = true
            start = 2
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            littleEndian = false
            start = 2
        } else {
            // No BOM: text in UTF-16 has a zero in every other byte for Latin letters.
            let sample = bytes.prefix(512)
            guard sample.count >= 8, sample.count % 2 == 0 else { return nil }
            let evens = stride(from: 0, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
            let odds = stride(from: 1, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
            let half = sample.count / 2
            if odds * 10 >= half * 9 && evens == 0 {
                littleEndian = true
            } else if evens * 10 >= half * 9 && odds == 0 {
                littleEndian = false
            } else {
                return nil
            }
        }
        guard (bytes.count - start) % 2 == 0 else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity((bytes.count - start) / 2)
        var index = start
        while index + 1 < bytes.count {
            let low = UInt16(bytes[index])
            let high = UInt16(bytes[index + 1])
            units.append(littleEndian ? (high << 8 | low) : (low << 8 | high))
            index += 2
        }
        var result = ""
        var decoder = UTF16()
        var iterator = units.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): result.unicodeScalars.append(scalar)
            case .emptyInput: return result
            case .error: return nil
            }
        }
    }

    /// Whether valid UTF-8 multi-byte sequences occur (then the file is damaged UTF-8, not Windows-1252).
    private static func hasUTF8Sequences(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index + 1 < bytes.count {
            let lead = bytes[index]
            if lead >= 0xC2 && lead <= 0xDF && (bytes[index + 1] & 0xC0) == 0x80 { return true }
            if lead >= 0xE0 && lead <= 0xEF && index + 2 < bytes.count
                && (bytes[index + 1] & 0xC0) == 0x80 && (bytes[index + 2] & 0xC0) == 0x80
            {
                return true
            }
            index += 1
        }
        return false
    }

    private static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            for offset in 1..<max(length, 1) where (bytes[index + offset] & 0xC0) != 0x80 { return index }
            index += length
        }
        return index
    }

    /// The Windows-1252 characters of bytes 0x80–0x9F; `nil` marks the five undefined bytes.
    private static let windows1252High: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]

    private static func decodeWindows1252(_ bytes: [UInt8]) -> String? {
        var result = String.UnicodeScalarView()
        for byte in bytes {
            if byte >= 0x80 && byte <= 0x9F {
                guard let scalar = windows1252High[Int(byte - 0x80)] else { return nil }
                result.append(scalar)
            } else {
                result.append(Unicode.Scalar(byte))
            }
        }
        return String(result)
    }

    /// Whether raw bytes look binary: a zero byte or more than 5 % control bytes.
    private static func looksBinary(_ bytes: [UInt8]) -> Bool {
        var controls = 0
        for byte in bytes {
            if byte == 0 { return true }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { controls += 1 }
        }
        return controls * 20 > bytes.count
    }

    /// Whether decoded text looks binary: more than 5 % control characters.
    private static func looksBinary(_ text: String) -> Bool {
        var controls = 0
        var total = 0
        for scalar in text.unicodeScalars {
            total += 1
            switch scalar {
            case "\t", "\n", "\r", "\u{0C}": continue
            default: if scalar.properties.generalCategory == .control { controls += 1 }
            }
        }
        return controls * 20 > total
    }
}
