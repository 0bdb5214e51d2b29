/// One problem with an import file's header row. All of a header's problems are reported together
/// (``ImportError/invalidHeader(_:)``), each with the column it expected and the closest match there is.
///
/// Header names are the spreadsheet's own titles, not personal data, so messages quote them.
public enum ImportHeaderProblem: Sendable, Equatable, CustomStringConvertible {
    /// A header name at `position` (counted from 1) that names no column; `closest` is the column whose name is
    /// nearest, if one is close enough to be what was meant.
    case unknown(String, position: Int, closest: ImportColumn?)
    /// A header name at `position` for a column that an earlier header name, at `first`, already holds.
    case duplicate(String, position: Int, column: ImportColumn, first: Int)
    /// A required column the header lacks; `closest` is the unknown header name nearest to its names, if one is
    /// close enough.
    case missing(ImportColumn, closest: UnknownHeader?)

    /// A header name the file has, with its position.
    public struct UnknownHeader: Sendable, Equatable {
        /// The name as the file writes it.
        public var name: String
        /// Its position, counted from 1.
        public var position: Int

        /// Creates a header name at a position.
        public init(name: String, position: Int) {
            self.name = name
            self.position = position
        }
    }

    /// What is wrong and what to do, in one line, in the file's terms (front ends add how to map or leave out a
    /// header name with their own options).
    public var description: String {
        switch self {
        case .unknown(let name, let position, let closest):
            let quoted = Self.quote(name)
            if let closest {
                return "column \(position): unknown column \(quoted); did you mean \(Self.named(closest))? Rename it, "
                    + "or map it to \(closest.rawValue)."
            }
            return "column \(position): unknown column \(quoted); use a name from docs/import.md, map it to a column, "
                + "or leave it out."
        case .duplicate(let name, let position, let column, let first):
            return "column \(position): \(Self.quote(name)) is again the column \(Self.named(column)), already "
                + "column \(first); keep one, or leave one out."
        case .missing(let column, let closest):
            let expected = "the required column \(Self.named(column)) is missing"
            if let closest {
                return expected + "; the closest is \(Self.quote(closest.name)) (column \(closest.position)): rename "
                    + "it, or map it to \(column.rawValue)."
            }
            return expected + "; add it to the first line."
        }
    }

    /// A column's English and Finnish names, `received (saapunut)`.
    public static func named(_ column: ImportColumn) -> String {
        "\(column.rawValue) (\(column.finnishName))"
    }

    /// A header name in quotes, shortened and without control characters.
    public static func quote(_ name: String) -> String {
        "'\(clip(name))'"
    }

    /// Shortens a header name for a one-line message and drops control characters (and double quotes).
    public static func clip(_ text: String) -> String {
        let cleaned = String(
            text.unicodeScalars.filter { !$0.properties.isControlLike && $0 != "\"" }
                .map(Character.init))
        return cleaned.count > 40 ? String(cleaned.prefix(40)) + "…" : cleaned
    }
}
