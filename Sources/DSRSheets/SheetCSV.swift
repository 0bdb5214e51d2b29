import DSRCore
import Foundation

/// The first sheet of a workbook as the CSV text `dsr import` reads, so that a workbook goes through the same
/// import (header names in English or Finnish, checks, all or nothing) as a CSV file.
///
/// - Cells are written with ``RequestListing/quoted(_:)``, whose `'` escape the import removes again: every text
///   reaches the import as the cell held it.
/// - Row *n* of the sheet starts on line *n* of the text (left-out rows become empty lines, which the import skips),
///   so the import's line numbers are the sheet's row numbers, unless a cell above holds a line break.
/// - The columns `dsr export --format xlsx` adds and the import does not read (``SheetColumns/computedHeaders``:
///   the deadline and the days left, in either language) are left out.
public enum SheetCSV {
    /// The CSV text of the workbook's first sheet.
    /// - Throws: ``SheetError`` if the workbook cannot be read.
    public static func text(ofWorkbook data: Data, reader: WorkbookReader = WorkbookReader()) throws -> [UInt8] {
        var output: [UInt8] = []
        var line = 1
        var dropped: Set<Int>?
        try reader.readFirstSheet(data) { row in
            // The first row with a cell is the header.
            let skip: Set<Int>
            if let dropped {
                skip = dropped
            } else {
                skip = Set(
                    row.cells.indices.filter {
                        SheetColumns.computedHeaders.contains(
                            row.cells[$0].trimmingCharacters(in: .whitespaces).lowercased())
                    })
                dropped = skip
            }
            while line < row.number {
                output.append(0x0A)
                line += 1
            }
            let cells = row.cells.indices.filter { !skip.contains($0) }.map { RequestListing.quoted(row.cells[$0]) }
            let text = cells.joined(separator: ",")
            output.append(contentsOf: text.utf8)
            output.append(0x0A)
            line += 1 + text.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        }
        return output
    }
}
