import Foundation

/// The character encoding of an import file.
///
/// A file is read as UTF-8 when it starts with the UTF-8 byte-order mark or its text is valid UTF-8, as UTF-16 when
/// it starts with a UTF-16 byte-order mark, and otherwise as Windows-1252, which Finnish Excel still writes for
/// "CSV (comma delimited)". ISO-8859-15 cannot be told apart from Windows-1252 by its bytes, so it is read only
/// when named (`dsr import --encoding iso-8859-15`).
public enum ImportEncoding: String, Sendable, CaseIterable, Equatable {
    /// UTF-8, with or without a byte-order mark.
    case utf8 = "utf-8"
    /// UTF-16, little-endian (byte-order mark `FF FE`).
    case utf16LittleEndian = "utf-16le"
    /// UTF-16, big-endian (byte-order mark `FE FF`).
    case utf16BigEndian = "utf-16be"
    /// Windows-1252 (Western European, "ANSI" on Finnish Windows).
    case windows1252 = "windows-1252"
    /// ISO-8859-15 (Latin-9).
    case iso885915 = "iso-8859-15"

    /// The encodings a user can name: the UTF-16 ones are told by their byte-order mark.
    public static let namable: [ImportEncoding] = [.utf8, .windows1252, .iso885915]

    /// Finds an encoding by its name or a common alias (`cp1252`, `latin-9`, `utf8`), ignoring case; `nil` if it is
    /// not one dsr reads.
    public init?(name: String) {
        switch TextFolding.fold(name).replacingOccurrences(of: "-", with: "") {
        case "utf8": self = .utf8
        case "utf16le": self = .utf16LittleEndian
        case "utf16be": self = .utf16BigEndian
        case "windows1252", "cp1252", "win1252", "ansi": self = .windows1252
        case "iso885915", "latin9", "iso8859151999": self = .iso885915
        default: return nil
        }
    }

    /// The 32 characters Windows-1252 puts at 0x80–0x9F, `nil` for the five bytes it leaves undefined (0x81, 0x8D,
    /// 0x8F, 0x90, 0x9D).
    static let windows1252High: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]

    /// The character a byte stands for in a single-byte encoding (ISO-8859-15 differs from Latin-1 in eight places:
    /// ¤→€, ¦→Š, ¨→š, ´→Ž, ¸→ž, ¼→Œ, ½→œ, ¾→Ÿ); `nil` for a byte the encoding leaves undefined.
    func scalar(forByte byte: UInt8) -> Unicode.Scalar? {
        switch self {
        case .windows1252 where (0x80...0x9F).contains(byte):
            return Self.windows1252High[Int(byte) - 0x80]
        case .iso885915:
            switch byte {
            case 0xA4: return "\u{20AC}"
            case 0xA6: return "\u{0160}"
            case 0xA8: return "\u{0161}"
            case 0xB4: return "\u{017D}"
            case 0xB8: return "\u{017E}"
            case 0xBC: return "\u{0152}"
            case 0xBD: return "\u{0153}"
            case 0xBE: return "\u{0178}"
            default: return Unicode.Scalar(byte)
            }
        case .windows1252, .utf8, .utf16LittleEndian, .utf16BigEndian:
            return Unicode.Scalar(byte)
        }
    }
}
