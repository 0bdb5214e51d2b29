/// Text for a terminal, with the characters that could act on the terminal written out instead.
///
/// Stored free texts (names, addresses, notes, reasons, the actor of each event) are checked when they are entered,
/// but a multi-line text may hold tabs, carriage returns and direction marks, and a register written by an older dsr
/// or by other tools may hold anything. A carriage return can overwrite a line, an escape sequence can recolour or
/// retitle the terminal, a right-to-left override can disguise what follows. The human-readable outputs that show
/// such texts therefore pass through ``escaped(_:)``: line feeds stay, every other control, format or separator
/// character is written as `\u{…}` (a carriage return `\r`, a tab `\t`).
enum TerminalText {
    /// `text` with every character but the line feed that could act on a terminal written as an escape.
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar) else {
                result.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default: result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
        }
        return result
    }

    /// Whether a scalar is escaped: controls other than the line feed, format characters (direction marks and
    /// overrides), line and paragraph separators, private-use and unassigned code points.
    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (scalar.value < 0x20 && scalar != "\n") || scalar.value == 0x7F }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .unassigned, .surrogate: return true
        default: return false
        }
    }
}
