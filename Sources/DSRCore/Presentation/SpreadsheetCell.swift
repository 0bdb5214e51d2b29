/// The defence of every CSV dsr writes against spreadsheet formula injection, and its reversal on import.
///
/// A spreadsheet program runs a cell that starts with `=`, `+`, `-` or `@` as a formula (and skips a leading tab or
/// carriage return before deciding), so a name such as `=HYPERLINK("http://x","click")` in an export would become a
/// live link or worse (OWASP, "CSV Injection"). dsr therefore writes such a cell with one `'` in front, which
/// spreadsheet programs show as text. To keep the escape reversible, a cell that already starts with `'` gets one
/// more, and `dsr import` removes exactly one leading `'` from every CSV cell: `dsr export` followed by `dsr import`
/// gives back the texts as they were. A telephone number `+358…` is written `'+358…` too. A negative number written
/// as digits alone (`-30`, `-2.5`, the days left of an overdue request) is a number to every spreadsheet, not a
/// formula, and is written as it is, so that it stays a number; the exemption keeps the escape reversible, since such
/// a cell never starts with `'`.
public enum SpreadsheetCell {
    /// Whether the cell starts with a character that spreadsheet programs treat specially, or with `'`, and is not a
    /// plain negative number.
    public static func needsPrefix(_ cell: String) -> Bool {
        if isNegativeNumber(cell) { return false }
        return switch cell.utf8.first {
        case UInt8(ascii: "=")?, UInt8(ascii: "+")?, UInt8(ascii: "-")?, UInt8(ascii: "@")?, 0x09?, 0x0D?,
            UInt8(ascii: "'")?:
            true
        default:
            false
        }
    }

    /// Whether the cell is `-` followed by digits, with at most one `.` between digits (`-30`, `-2.5`).
    static func isNegativeNumber(_ cell: String) -> Bool {
        let bytes = Array(cell.utf8)
        guard bytes.count >= 2, bytes[0] == UInt8(ascii: "-") else { return false }
        var sawDot = false
        for (index, byte) in bytes.enumerated().dropFirst() {
            if byte == UInt8(ascii: ".") {
                guard !sawDot, index > 1, index < bytes.count - 1 else { return false }
                sawDot = true
            } else if !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                return false
            }
        }
        return true
    }

    /// The cell as written to a CSV file: with one `'` in front if ``needsPrefix(_:)``.
    public static func neutralised(_ cell: String) -> String {
        needsPrefix(cell) ? "'" + cell : cell
    }

    /// The cell as read from a CSV file: without its first `'`, if it starts with one.
    public static func restored(_ cell: String) -> String {
        cell.utf8.first == UInt8(ascii: "'") ? String(cell.dropFirst()) : cell
    }
}
