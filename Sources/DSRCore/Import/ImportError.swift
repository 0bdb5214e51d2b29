import Foundation

/// A problem that stops an import as a whole. Messages name lines and columns, never the data in them.
public enum ImportError: LocalizedErrorWithCategory, Sendable, Equatable {
    /// The file has no header row.
    case emptyFile
    /// The header row has problems (unknown, repeated or missing columns), all of them listed.
    case invalidHeader([ImportHeaderProblem])
    /// Some rows are invalid, so nothing was imported.
    case invalidRows(count: Int, valid: Int)
    /// A record (a CSV row or a JSON line) that starts on `line` is longer than `limit` bytes.
    case recordTooLong(line: Int, limit: Int)
    /// The file holds a NUL byte or a control character other than tab, carriage return and line feed (the scalar
    /// `scalar`, after decoding UTF-8) at byte `offset`, counted from 0: it is not a text file.
    case notText(offset: Int, scalar: UInt32)

    /// Every import error is invalid data (exit 65).
    public var category: ErrorCategory { .invalidData }

    /// What was wrong and what to do, in the file's terms (front ends word the header's problems and the way to
    /// import the valid rows only with their own options).
    public var errorDescription: String? {
        switch self {
        case .emptyFile:
            "the file is empty; its first line must name the columns (for example kind,received,name)."
        case .invalidHeader(let problems):
            problems.count == 1
                ? "the header (line 1): " + (problems.first?.description ?? "") + " Nothing was imported."
                : "the header (line 1) has \(problems.count) problems; nothing was imported:"
                    + problems.map { "\n  " + $0.description }.joined()
        case .invalidRows(let count, let valid):
            "nothing was imported: \(count) row\(count == 1 ? " is" : "s are") invalid (listed above). Correct "
                + (count == 1 ? "it" : "them") + ", or skip the invalid rows to import the \(valid) valid row"
                + (valid == 1 ? "" : "s") + " and list the rest."
        case .recordTooLong(let line, let limit):
            "line \(line): the record that starts here is longer than \(limit / 1_048_576) MiB (\(limit) bytes); "
                + "nothing was imported. Check for a quote that is never closed, or split the file into lines."
        case .notText(let offset, let scalar):
            "the file is not text: byte offset \(offset) holds "
                + (scalar == 0 ? "a NUL byte" : "the control character U+\(Self.hex(scalar))")
                + "; nothing was imported. Save the data as CSV or JSON Lines text (UTF-8, UTF-16 or Windows-1252)."
        }
    }

    /// A scalar's value as four hexadecimal digits.
    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
