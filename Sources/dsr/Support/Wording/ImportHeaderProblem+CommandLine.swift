import DSRCore

/// The tool's wording of a header problem: the library's, with the options that fix it (`--map`, `--ignore`).
extension ImportHeaderProblem {
    /// The one-line message, as `dsr import` prints it among the header's problems.
    var commandLineText: String {
        switch self {
        case .unknown(let name, let position, let closest):
            let quoted = Self.quote(name)
            if let closest {
                return "column \(position): unknown column \(quoted); did you mean \(Self.named(closest))? Rename it, "
                    + "or map it with --map \"\(Self.clip(name))=\(closest.rawValue)\"."
            }
            return "column \(position): unknown column \(quoted); use a name from docs/import.md, map it with --map "
                + "\"\(Self.clip(name))=COLUMN\", or leave it out with --ignore \"\(Self.clip(name))\"."
        case .duplicate(let name, let position, let column, let first):
            return "column \(position): \(Self.quote(name)) is again the column \(Self.named(column)), already "
                + "column \(first); keep one, or leave one out with --ignore."
        case .missing(let column, let closest):
            let expected = "the required column \(Self.named(column)) is missing"
            if let closest {
                return expected + "; the closest is \(Self.quote(closest.name)) (column \(closest.position)): rename "
                    + "it, or map it with --map \"\(Self.clip(closest.name))=\(column.rawValue)\"."
            }
            return expected + "; add it to the first line."
        }
    }
}
