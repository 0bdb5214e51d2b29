import DSRCore
import Foundation
import ZIPFoundation

/// Reads the first sheet of an Excel workbook (`.xlsx`, Office Open XML) as rows of cell texts.
///
/// - The first sheet is the first `<sheet>` of `xl/workbook.xml` (the tab order), found through its relationship.
/// - Texts come from the shared-string table, from inline strings or from formula results; rich-text runs are
///   joined and phonetic guides left out. Booleans read `TRUE` or `FALSE`, error cells their code (`#N/A`).
/// - A number whose cell has a date number format (``SerialDate/isDateFormat(id:code:)``) is a date and reads as
///   ISO `YYYY-MM-DD`, in the workbook's date system (1900 or 1904); ISO-dated cells (`t="d"`) read as their day.
///   Other numbers read as stored (`42`, `0.5`). The number format decides, as it does for the spreadsheet
///   program that shows the cell: a column is not assumed to hold dates.
/// - Empty cells and cells left out of the file read as empty texts; rows left out are not reported.
///
/// Against hostile files every part is limited, by the size its ZIP entry declares and by the bytes it actually
/// decompresses to (``Limits``), the shared-string table by its declared and its actual count, the sheet to
/// Excel's 16,384 columns and 1,048,576 rows, and XML document type declarations are refused, so memory stays
/// bounded whatever the file holds and no input traps.
public struct WorkbookReader: Sendable {
    /// The limits a workbook must stay within.
    public struct Limits: Sendable {
        /// The largest workbook file, in bytes.
        public var fileBytes = 16 << 20
        /// The largest decompressed sheet part: room for about 8,000 exported requests (and beyond what
        /// Foundation's XML parser on Linux reads of a one-line document, about 15 MiB), while the import stays
        /// well under 100 MB of memory.
        public var sheetBytes = 8 << 20
        /// The largest decompressed shared-string table.
        public var sharedStringBytes = 4 << 20
        /// The largest of the other parts (workbook, relationships, styles).
        public var otherPartBytes = 1 << 20
        /// The most shared strings.
        public var sharedStrings = 100_000

        /// The default limits.
        public init() {}
    }

    /// One row of the sheet.
    public struct Row: Sendable, Equatable {
        /// The row's number in the sheet, from 1.
        public var number: Int
        /// The cells' texts, from column A; trailing cells the row does not hold are left out.
        public var cells: [String]

        /// Creates a row.
        public init(number: Int, cells: [String]) {
            self.number = number
            self.cells = cells
        }
    }

    /// Excel's largest sheet.
    static let maxColumns = 16_384
    static let maxRows = 1_048_576

    /// The limits in force.
    public var limits: Limits

    /// A reader with the given limits.
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Whether bytes start like a ZIP archive (`PK\3\4`), as every workbook does.
    public static func looksLikeWorkbook(_ start: some Collection<UInt8>) -> Bool {
        start.starts(with: [0x50, 0x4B, 0x03, 0x04])
    }

    /// Reads the first sheet of the workbook in `data`, calling `row` with each row that holds a cell, in order.
    /// - Throws: ``SheetError`` if the file is not a readable workbook or passes a limit; whatever `row` throws.
    public func readFirstSheet(_ data: Data, row: (Row) throws -> Void) throws {
        guard data.count <= limits.fileBytes else { throw SheetError.fileTooLarge(limit: limits.fileBytes) }
        guard Self.looksLikeWorkbook(data.prefix(4)) else { throw SheetError.notWorkbook }
        // Read from a private file, not from memory: see ``PrivateTemporaryFile``.
        let file = try PrivateTemporaryFile(data)
        let archive: Archive
        do {
            archive = try Archive(url: file.url, accessMode: .read)
        } catch {
            throw SheetError.notWorkbook
        }
        let parts = try WorkbookParts(archive: archive, limits: limits)
        let strings = try parts.sharedStrings()
        let styles = try parts.dateStyles()
        guard let sheetData = try parts.part(parts.firstSheet, limit: limits.sheetBytes) else {
            throw SheetError.missingPart(parts.firstSheet)
        }
        var sheet = SheetParser(strings: strings, dateStyles: styles, date1904: parts.date1904)
        // Each row is handed on as soon as it ends, so the rows are never all held. An error `row` throws stops
        // the parsing (as a placeholder sheet error) and is thrown after it.
        var rowFailure: (any Error)?
        do {
            try withoutActuallyEscaping(row) { row in
                try XMLEvents.parse(
                    sheetData, part: parts.firstSheet,
                    start: { name, attributes throws(SheetError) in
                        try sheet.start(name, attributes)
                    },
                    end: { name throws(SheetError) in
                        guard let finished = try sheet.end(name) else { return }
                        do {
                            try row(finished)
                        } catch {
                            rowFailure = error
                            throw .cannotWrite
                        }
                    }, text: { sheet.text($0) })
            }
        } catch {
            throw rowFailure ?? error
        }
    }
}
