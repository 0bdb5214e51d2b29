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
        }
    }

    /// Shortens a header name for a one-line message.
    private static func clip(_ text: String) -> String {
        let cleaned = String(text.unicodeScalars.filter { !$0.properties.isControlLike }.map(Character.init))
        return cleaned.count > 40 ? String(cleaned.prefix(40)) + "…" : cleaned
    }
}
