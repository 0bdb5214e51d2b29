/// Decodes HTML character references (`&auml;`, `&#228;`, `&#xE4;`) in text.
enum HTMLEntities {
    /// The named references dsr decodes; others are kept as written.
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "auml": "ä", "Auml": "Ä", "ouml": "ö", "Ouml": "Ö", "aring": "å", "Aring": "Å",
        "eacute": "é", "Eacute": "É", "uuml": "ü", "Uuml": "Ü", "oslash": "ø", "Oslash": "Ø",
        "aelig": "æ", "AElig": "Æ", "scaron": "š", "Scaron": "Š", "zcaron": "ž", "Zcaron": "Ž",
        "sect": "§", "ndash": "–", "mdash": "—", "hellip": "…", "bull": "•", "middot": "·",
        "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "laquo": "«", "raquo": "»",
        "copy": "©", "reg": "®", "euro": "€", "deg": "°", "times": "×", "shy": "",
        "ensp": " ", "emsp": " ", "thinsp": " ", "zwnj": "", "zwj": "",
    ]

    /// Decodes the references in a text.
    static func decode(_ text: String) -> String {
        guard text.unicodeScalars.contains("&") else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "&", let (replacement, length) = reference(in: scalars, at: index) {
                result.append(contentsOf: replacement.unicodeScalars)
                index += length
            } else {
                result.append(scalar)
                index += 1
            }
        }
        return String(result)
    }

    /// The replacement and length of a reference starting at `start` (an `&`), or `nil`.
    private static func reference(in scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var end = start + 1
        let limit = min(scalars.count, start + 12)
        while end < limit && scalars[end] != ";" { end += 1 }
        guard end < limit, end > start + 1 else { return nil }
        let body = String(String.UnicodeScalarView(scalars[(start + 1)..<end]))
        let length = end - start + 1
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value: UInt32?
            if digits.hasPrefix("x") || digits.hasPrefix("X") {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits, radix: 10)
            }
            guard let value else { return nil }
            // NUL and other C0 controls from references become a replacement character, never raw controls.
            guard value >= 0x20 || value == 0x09 || value == 0x0A, !(0x7F...0x9F).contains(value),
                let scalar = Unicode.Scalar(value)
            else {
                return ("\u{FFFD}", length)
            }
            return (String(Character(scalar)), length)
        }
        guard let replacement = named[body] else { return nil }
        return (replacement, length)
    }
}
