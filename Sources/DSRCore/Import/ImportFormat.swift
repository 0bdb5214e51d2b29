/// The file formats `dsr import` reads and `dsr export` writes.
public enum ImportFormat: String, Sendable, CaseIterable {
    /// Comma- or semicolon-separated values with a header row.
    case csv
    /// JSON Lines: one JSON object per line, keyed by column name.
    case jsonLines = "jsonl"

    /// The longest record an import reads, in bytes: a CSV row (whose quoted fields may span lines) or a JSON line.
    /// A longer one stops the import (``ImportError/recordTooLong(line:limit:)``), so that a reader holds at most one
    /// record of at most 1 MiB whatever the file holds. The longest valid row is far shorter (``TextRules``).
    public static let recordByteLimit = 1 << 20

    /// The format of a file from its first bytes: JSON Lines if the first character (after a byte-order mark and
    /// white space) is `{`, otherwise CSV.
    public static func detect(_ start: some Collection<UInt8>) -> ImportFormat {
        let first = start.drop(while: {
            $0 == 0xEF || $0 == 0xBB || $0 == 0xBF || $0 == 0x20 || $0 == 0x09
                || $0 == 0x0A || $0 == 0x0D
        }).first
        return first == UInt8(ascii: "{") ? .jsonLines : .csv
    }
}
