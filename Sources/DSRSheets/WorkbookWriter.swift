import DSRCore
import Foundation
import ZIPFoundation

/// Writes a one-sheet Excel workbook (`.xlsx`): a bold header row frozen in place with an autofilter over the
/// table, texts as inline strings (stored as text, so nothing in them can run as a formula), dates as serial numbers
/// in the 1900 date system with the format `yyyy-mm-dd`, and whole numbers as numbers.
///
/// The bytes depend only on the rows: the ZIP entries carry a fixed time (1980-01-01 00:00, the earliest a ZIP
/// file can state) and are written in a fixed order, so the same export gives the same file.
public struct WorkbookWriter: Sendable {
    /// The sheet's name, as the tab shows it.
    private let sheetName: String
    /// The number of columns (the header's).
    private let columnCount: Int
    /// The rows written so far, as `<row>` elements.
    private var sheetData: [UInt8] = []
    /// The rows written so far, the header included.
    private var rowCount = 0

    /// The fixed modification time of every entry.
    private static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    /// Starts a workbook whose sheet `sheetName` has the header row `headers`.
    public init(sheetName: String, headers: [String]) {
        self.sheetName = sheetName
        columnCount = headers.count
        add(headers.map(SheetValue.text), style: Self.headerStyle)
    }

    /// The `cellXfs` index of dates and of the header cells.
    private static let dateStyle = 1
    private static let headerStyle = 2

    /// Adds a row; cells past the header's columns are left out.
    public mutating func add(_ cells: [SheetValue]) {
        add(cells, style: nil)
    }

    private mutating func add(_ cells: [SheetValue], style: Int?) {
        rowCount += 1
        var xml = "<row r=\"\(rowCount)\">"
        for (column, cell) in cells.prefix(columnCount).enumerated() {
            let reference = SheetParser.reference(column: column, row: rowCount)
            let styled = style.map { " s=\"\($0)\"" } ?? ""
            switch cell {
            case .empty: continue
            case .text(let text):
                xml +=
                    "<c r=\"\(reference)\"\(styled) t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                    + Self.escaped(text) + "</t></is></c>"
            case .date(let date):
                xml += "<c r=\"\(reference)\" s=\"\(Self.dateStyle)\"><v>\(SerialDate.serial(of: date))</v></c>"
            case .number(let number):
                xml += "<c r=\"\(reference)\"\(styled)><v>\(number)</v></c>"
            }
        }
        xml += "</row>"
        sheetData.append(contentsOf: xml.utf8)
    }

    /// The workbook file.
    /// - Throws: ``SheetError/cannotWrite`` if the archive cannot be assembled.
    public func workbook() throws(SheetError) -> [UInt8] {
        let lastColumn = SheetParser.letters(of: max(columnCount, 1) - 1)
        let range = "A1:\(lastColumn)\(max(rowCount, 1))"
        let quotedName = "'" + Self.escaped(sheetName.replacingOccurrences(of: "'", with: "''")) + "'"
        var sheet = Array(Self.header.utf8)
        sheet += Array(
            ("<worksheet xmlns=\"\(Self.main)\" xmlns:r=\"\(Self.relationships)\">"
                + "<dimension ref=\"\(range)\"/>"
                + "<sheetViews><sheetView workbookViewId=\"0\">"
                + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                + "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"
                + "</sheetView></sheetViews>"
                + "<sheetFormatPr defaultRowHeight=\"15\"/>"
                + "<sheetData>").utf8)
        sheet += sheetData
        sheet += Array(
            ("</sheetData><autoFilter ref=\"\(range)\"/>"
                + "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
                + "</worksheet>").utf8)
        let workbook =
            Self.header + "<workbook xmlns=\"\(Self.main)\" xmlns:r=\"\(Self.relationships)\">"
            + "<workbookPr/><bookViews><workbookView/></bookViews>"
            + "<sheets><sheet name=\"\(Self.escaped(sheetName))\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
            + "<definedNames><definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">"
            + "\(quotedName)!\(Self.absolute(range))</definedName></definedNames>"
            + "</workbook>"
        let parts: [(String, [UInt8])] = [
            ("[Content_Types].xml", Array(Self.contentTypes.utf8)),
            ("_rels/.rels", Array(Self.rootRelationships.utf8)),
            ("xl/workbook.xml", Array(workbook.utf8)),
            ("xl/_rels/workbook.xml.rels", Array(Self.workbookRelationships.utf8)),
            ("xl/styles.xml", Array(Self.styles.utf8)),
            ("xl/worksheets/sheet1.xml", sheet),
        ]
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, bytes) in parts {
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(bytes.count),
                    modificationDate: Self.entryDate, permissions: 0o644,
                    compressionMethod: .deflate
                ) { position, size in
                    Data(bytes[Int(position)..<Int(position) + size])
                }
            }
            guard let data = archive.data else { throw SheetError.cannotWrite }
            return [UInt8](data)
        } catch {
            throw .cannotWrite
        }
    }

    /// `A1:U9` as `$A$1:$U$9`.
    private static func absolute(_ range: String) -> String {
        range.split(separator: ":").map { reference in
            let letters = String(reference.prefix(while: \.isLetter))
            let digits = String(reference.dropFirst(letters.count))
            return "$" + letters + "$" + digits
        }.joined(separator: ":")
    }

    /// Text for XML character data or an attribute: markup characters escaped, and characters XML 1.0 cannot hold
    /// (control characters other than tab, line feed and carriage return) replaced by U+FFFD.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\r": result += "&#13;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    result += "\u{FFFD}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    private static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let package = "http://schemas.openxmlformats.org/package/2006/relationships"

    private static let contentTypes =
        header
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/xl/workbook.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        + "<Override PartName=\"/xl/styles.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        + "</Types>"

    private static let rootRelationships =
        header + "<Relationships xmlns=\"\(package)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationships)/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>"

    private static let workbookRelationships =
        header + "<Relationships xmlns=\"\(package)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationships)/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"\(relationships)/styles\" Target=\"styles.xml\"/>"
        + "</Relationships>"

    /// Styles: 0 the default, 1 dates (`yyyy-mm-dd`, custom format 164), 2 the bold header.
    private static let styles =
        header + "<styleSheet xmlns=\"\(main)\">"
        + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/></numFmts>"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
        + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"3\">"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
        + "</cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "</styleSheet>"
}
