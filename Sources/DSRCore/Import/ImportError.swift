import Foundation

/// A problem that stops an import as a whole. Messages name lines and columns, never the data in them.
public enum ImportError: LocalizedErrorWithCategory, Sendable, Equatable {
    /// The file has no header row.
    case emptyFile
    /// The header names a column dsr does not know.
    case unknownColumn(String, position: Int)
    /// The header names the same column twice.
    case duplicateColumn(String, position: Int)
    /// The header lacks required columns.
    case missingColumns([ImportColumn])
    /// Some rows are invalid, so nothing was imported.
    case invalidRows(count: Int, valid: Int)
    /// A record (a CSV row or a JSON line) that starts on `line` is longer than `limit` bytes.
    case recordTooLong(line: Int, limit: Int)
    /// The file holds a NUL byte or a control character other than tab, carriage return and line feed (the scalar
    /// `scalar`, after decoding UTF-8) at byte `offset`, counted from 0: it is not a text file.
    case notText(offset: Int, scalar: UInt32)

    /// Every import error is invalid data (exit 65).
    public var category: ErrorCategory { .invalidData }

    /// What was wrong and what to do.
    public var errorDescription: String? {
        switch self {
        case .emptyFile:
            "the file is empty; its first line must name the columns (for example kind,received,name)."
        case .unknownColumn(let name, let position):
            "line 1, column \(position): unknown column '\(Self.clip(name))'; use the names in docs/import.md "
                + "(for example kind/laji, received/saapunut, name/nimi), or delete the column."
        case .duplicateColumn(let name, let position):
            "line 1, column \(position): the column '\(Self.clip(name))' appears twice; keep one."
        case .missingColumns(let columns):
            "the header lacks the column\(columns.count == 1 ? "" : "s") "
                + columns.map { "\($0.rawValue) (\($0.finnishName))" }.joined(separator: ", ") + "; add "
                + (columns.count == 1 ? "it" : "them") + " to the first line."
        case .invalidRows(let count, let valid):
            "nothing was imported: \(count) row\(count == 1 ? " is" : "s are") invalid (listed above). Correct "
                + (count == 1 ? "it" : "them") + ", or give --skip-invalid to import the \(valid) valid row"
                + (valid == 1 ? "" : "s") + " and list the rest."
        case .recordTooLong(let line, let limit):
            "line \(line): the record that starts here is longer than \(limit / 1_048_576) MiB (\(limit) bytes); "
                + "nothing was imported. Check for a quote that is never closed, or split the file into lines."
        case .notText(let offset, let scalar):
            "the file is not text: byte offset \(offset) holds "
                + (scalar == 0 ? "a NUL byte" : "the control character U+\(Self.hex(scalar))")
                + "; nothing was imported. Save the data as UTF-8 CSV or JSON Lines (not UTF-16 or a spreadsheet file)."
        }
    }

    /// A scalar's value as four hexadecimal digits.
    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// Shortens a header name for a one-line message.
    private static func clip(_ text: String) -> String {
        let cleaned = String(text.unicodeScalars.filter { !$0.properties.isControlLike }.map(Character.init))
        return cleaned.count > 40 ? String(cleaned.prefix(40)) + "…" : cleaned
    }
}
