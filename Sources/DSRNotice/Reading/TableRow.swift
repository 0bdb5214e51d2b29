/// Reads a table row of a notice (HTML `<tr>` or a Markdown `| … |` line).
///
/// A row whose short first cell names a topic ("Rekisterinpitäjä | Esimerkki Oy …") is a heading and its value, as
/// in the two-column form. A row with a short first cell that is only a label ("Y-tunnus | 2345678-0") becomes one
/// paragraph "Y-tunnus: 2345678-0", which the controller parser reads like any labelled line.
enum TableRow {
    /// The blocks of a row, or `nil` to keep the cells as they are.
    static func blocks(_ cells: [String], line: Int) -> [RawBlock]? {
        let cells = cells.filter { !$0.isEmpty }
        guard cells.count >= 2, let first = cells.first, first.count <= 150 else { return nil }
        let value = cells.dropFirst().joined(separator: " ")
        if !HeadingCatalogue.topics(for: first).isEmpty {
            return [
                RawBlock(.heading, TextCleanup.trimTrailing(first), line: line),
                RawBlock(.paragraph, value, line: line),
            ]
        }
        guard first.count <= 40, TextCleanup.wordCount(first) <= 4 else { return nil }
        return [RawBlock(.paragraph, TextCleanup.trimTrailing(first) + ": " + value, line: line)]
    }
}
