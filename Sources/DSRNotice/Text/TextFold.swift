/// Folds text for matching headings and phrases: lower case, Finnish and Swedish letters without diacritics.
///
/// Each scalar folds to zero or more ASCII-compatible bytes, so a search on the folded bytes can be mapped back to
/// the original text for quoting. `ä`, `å` → `a`, `ö`, `ø` → `o`, `é` → `e`, `ü` → `u`, combining marks vanish (so
/// decomposed `a` + U+0308 folds like `ä`), no-break and other spaces become a plain space, and typographic dashes
/// become `-`. Other scalars keep their lower-case UTF-8 bytes.
enum TextFold {
    /// Folds a whole string to a `String` (for headings and short labels).
    static func fold(_ text: some StringProtocol) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { append(scalar, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Folds and keeps only letters and digits, so "Yhteys henkilö" and "Yhteyshenkilö" compare equal.
    static func compact(_ text: some StringProtocol) -> String {
        let folded = fold(text)
        return String(folded.unicodeScalars.filter { isWordScalar($0) }.map(Character.init))
    }

    /// Appends the folded bytes of one scalar.
    static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            var byte = UInt8(value)
            if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
            bytes.append(byte)
            return
        }
        switch scalar {
        case "ä", "Ä", "å", "Å", "á", "Á", "à", "À", "â", "Â", "ã", "Ã", "æ", "Æ": bytes.append(0x61)
        case "ö", "Ö", "ø", "Ø", "ó", "Ó", "ò", "Ò", "ô", "Ô", "õ", "Õ": bytes.append(0x6F)
        case "é", "É", "è", "È", "ê", "Ê", "ë", "Ë": bytes.append(0x65)
        case "ü", "Ü", "ú", "Ú", "ù", "Ù", "û", "Û": bytes.append(0x75)
        case "í", "Í", "ì", "Ì", "ï", "Ï", "î", "Î": bytes.append(0x69)
        case "š", "Š": bytes.append(0x73)
        case "ž", "Ž": bytes.append(0x7A)
        case "\u{00A0}", "\u{2000}"..."\u{200A}", "\u{202F}", "\u{205F}", "\u{3000}": bytes.append(0x20)
        case "\u{2010}"..."\u{2015}", "\u{2212}": bytes.append(0x2D)
        case "\u{2018}", "\u{2019}": bytes.append(0x27)
        case "\u{201C}", "\u{201D}": bytes.append(0x22)
        case "\u{0300}"..."\u{036F}", "\u{200B}"..."\u{200D}", "\u{FEFF}": break
        default:
            let lower = scalar.properties.lowercaseMapping
            bytes.append(contentsOf: lower.utf8)
        }
    }

    /// Whether a scalar is part of a word (letter or digit) for boundary checks.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
