import Foundation

/// The WinAnsiEncoding of PDF (ISO 32000-1, Annex D.2): the single-byte encoding the PDF letters use with the
/// standard Helvetica fonts, which covers Finnish, Swedish and English (ä ö å Ä Ö Å é š ž € § – ” …).
enum WinAnsi {
    /// The byte printed for a character the encoding lacks: `?`, so that the gap is visible.
    static let replacement: UInt8 = 0x3F

    /// The codes 0x80–0x9F that WinAnsiEncoding gives to characters outside Latin-1.
    private static let specials: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
        0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91,
        0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98,
        0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]

    /// Characters printed as a WinAnsi character that looks the same: dashes and hyphens as `-`, special spaces as
    /// a space or a no-break space, the prime as an apostrophe.
    private static let lookalikes: [UInt32: UInt8] = [
        0x2010: 0x2D, 0x2011: 0x2D, 0x2012: 0x2D, 0x2212: 0x2D, 0x2015: 0x97,
        0x2002: 0x20, 0x2003: 0x20, 0x2004: 0x20, 0x2005: 0x20, 0x2006: 0x20, 0x2007: 0x20, 0x2008: 0x20,
        0x2009: 0x20, 0x200A: 0x20, 0x205F: 0x20, 0x3000: 0x20, 0x202F: 0xA0, 0x2032: 0x27, 0x2033: 0x22,
    ]

    /// The code of a character, or `nil` if WinAnsiEncoding has none for it (nor a look-alike).
    static func code(for scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        switch value {
        case 0x20...0x7E, 0xA0...0xFF: return UInt8(value)
        default: return specials[value] ?? lookalikes[value]
        }
    }

    /// Whether every character of a text can be printed, after composing it (a + combining diaeresis is ä).
    static func canEncode(_ text: String) -> Bool {
        text.precomposedStringWithCanonicalMapping.unicodeScalars.allSatisfy { scalar in
            code(for: scalar) != nil || isInvisible(scalar)
        }
    }

    /// Characters that are left out of a PDF line because they have no visible form of their own: the soft
    /// hyphen, and the carriage return of a Windows line ending.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0xAD || scalar.value == 0x0D
    }

    /// Encodes a line of text: composed first, tabs as four spaces, invisible characters left out, and every
    /// character the encoding lacks (Cyrillic, Chinese, emoji, right-to-left marks...) printed as `?`.
    static func encode(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar == "\t" {
                bytes.append(contentsOf: [0x20, 0x20, 0x20, 0x20])
            } else if isInvisible(scalar) {
                continue
            } else {
                bytes.append(code(for: scalar) ?? replacement)
            }
        }
        return bytes
    }
}
