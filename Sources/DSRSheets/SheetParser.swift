import DSRCore
import Foundation

/// Turns the XML events of a sheet part into rows of cell texts (see ``WorkbookReader`` for what each cell reads
/// as).
struct SheetParser {
    /// The shared-string table.
    let strings: [String]
    /// The cell styles whose number format is a date.
    let dateStyles: Set<Int>
    /// Whether the workbook counts dates from 1904.
    let date1904: Bool

    /// The row being read: its number and cells.
    private var row: WorkbookReader.Row?
    /// The number of the last row read.
    private var lastRow = 0
    /// The cell being read: its column (from 0), reference, type and style.
    private var cell: (column: Int, reference: String, type: String, style: Int)?
    /// The text of the cell's `<v>` or inline `<t>` elements read so far.
    private var value = ""
    /// Whether character data is part of the cell's value now.
    private var collecting = false
    /// Inside a phonetic guide (`<rPh>`), whose text is not part of the cell.
    private var phonetic = 0

    init(strings: [String], dateStyles: Set<Int>, date1904: Bool) {
        self.strings = strings
        self.dateStyles = dateStyles
        self.date1904 = date1904
    }

    /// A start tag.
    mutating func start(_ name: String, _ attributes: [String: String]) throws(SheetError) {
        switch name {
        case "row":
            let number = attributes["r"].flatMap(Int.init) ?? lastRow + 1
            guard number > lastRow else { throw .malformedPart("first sheet (rows out of order)") }
            guard number <= WorkbookReader.maxRows else { throw .sheetTooLarge(limit: WorkbookReader.maxRows) }
            lastRow = number
            row = WorkbookReader.Row(number: number, cells: [])
        case "c":
            guard let current = row else { return }
            let column: Int
            if let reference = attributes["r"] {
                guard let parsed = Self.column(of: reference) else {
                    throw .malformedPart("first sheet (cell reference)")
                }
                column = parsed
            } else {
                column = current.cells.count
            }
            guard column < WorkbookReader.maxColumns else { throw .sheetTooLarge(limit: WorkbookReader.maxColumns) }
            cell = (
                column, attributes["r"] ?? Self.reference(column: column, row: current.number),
                attributes["t"] ?? "n", attributes["s"].flatMap(Int.init) ?? 0
            )
            value = ""
        case "v": collecting = cell != nil
        case "rPh": phonetic += 1
        case "t": collecting = cell != nil && phonetic == 0
        default: break
        }
    }

    /// An end tag; returns the row it ends, if it ends one that holds a cell.
    mutating func end(_ name: String) throws(SheetError) -> WorkbookReader.Row? {
        switch name {
        case "v", "t": collecting = false
        case "rPh": phonetic -= 1
        case "c":
            guard let finished = cell, var current = row else { return nil }
            cell = nil
            let text = try self.text(of: finished)
            if finished.column >= current.cells.count {
                current.cells.append(contentsOf: repeatElement("", count: finished.column - current.cells.count + 1))
            }
            current.cells[finished.column] = text
            row = current
        case "row":
            defer { row = nil }
            guard let current = row, current.cells.contains(where: { !$0.isEmpty }) else { return nil }
            var trimmed = current
            while trimmed.cells.last?.isEmpty == true { trimmed.cells.removeLast() }
            return trimmed
        default: break
        }
        return nil
    }

    /// Character data.
    mutating func text(_ text: String) {
        if collecting { value += text }
    }

    /// What a finished cell reads as.
    private func text(of cell: (column: Int, reference: String, type: String, style: Int)) throws(SheetError) -> String
    {
        switch cell.type {
        case "s":
            guard let index = Int(value.trimmingCharacters(in: .whitespaces)), strings.indices.contains(index) else {
                throw .badCell(Self.clipped(cell.reference))
            }
            return strings[index]
        case "b":
            return value.trimmingCharacters(in: .whitespaces) == "1" ? "TRUE" : "FALSE"
        case "d":
            // An ISO 8601 date or date-time: its day.
            let day = value.prefix(10)
            return day.count == 10 && day.dropFirst(4).first == "-" ? String(day) : value
        case "n":
            let number = value.trimmingCharacters(in: .whitespaces)
            if dateStyles.contains(cell.style), let serial = Double(number),
                let date = SerialDate.date(serial: serial, date1904: date1904)
            {
                return date.description
            }
            return number
        default:
            // `str` (a formula's text), `inlineStr`, `e` (an error code such as #N/A).
            return value
        }
    }

    /// The column (from 0) of a cell reference such as `AB12`, or `nil` if it is not one.
    static func column(of reference: String) -> Int? {
        var column = 0
        var letters = 0
        for byte in reference.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                letters += 1
                guard letters <= 3 else { return nil }
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                letters += 1
                guard letters <= 3 else { return nil }
                column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
            case UInt8(ascii: "$"): continue
            case UInt8(ascii: "0")...UInt8(ascii: "9"): guard letters > 0 else { return nil }
            default: return nil
            }
        }
        return letters > 0 ? column - 1 : nil
    }

    /// The letters of a column (from 0): 0 is `A`, 26 is `AA`.
    static func letters(of column: Int) -> String {
        var number = column + 1
        var result: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            result.insert(Character(Unicode.Scalar(UInt8(65 + remainder))), at: 0)
            number = (number - 1) / 26
        }
        return String(result)
    }

    /// A cell reference such as `B7`.
    static func reference(column: Int, row: Int) -> String {
        letters(of: column) + String(row)
    }

    /// A cell reference from the file, shortened and kept to letters and digits for a message.
    private static func clipped(_ reference: String) -> String {
        String(
            reference.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
                .prefix(12).map(Character.init))
    }
}
