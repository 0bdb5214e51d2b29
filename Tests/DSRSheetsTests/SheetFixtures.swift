import DSRSheets
import Foundation
import ZIPFoundation

/// The workbooks the tests read: the committed fixtures (written by openpyxl and XlsxWriter, see
/// scripts/make-xlsx-fixtures) and small archives made here part by part.
enum SheetFixtures {
    /// The repository's `Fixtures/xlsx` folder.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/xlsx")

    /// The bytes of a committed fixture.
    static func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(name))
    }

    /// The rows of a workbook's first sheet.
    static func rows(_ data: Data, limits: WorkbookReader.Limits = .init()) throws -> [WorkbookReader.Row] {
        var rows: [WorkbookReader.Row] = []
        try WorkbookReader(limits: limits).readFirstSheet(data) { rows.append($0) }
        return rows
    }

    /// A ZIP archive of the given parts, deflated.
    static func zip(_ parts: [(String, Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, bytes) in parts {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(bytes.count),
                compressionMethod: .deflate
            ) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }

    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// A minimal workbook whose first sheet holds `sheetData` (the inside of `<sheetData>`), with an optional
    /// shared-string part (the whole `sharedStrings.xml`) and optional extra parts.
    static func workbook(
        sheetData: String, sharedStrings: String? = nil, sheetXML: String? = nil,
        extra: [(String, Data)] = []
    ) throws -> Data {
        let workbook =
            "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relations)\"><sheets>"
            + "<sheet name=\"A\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
        let rels =
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"\(relations)/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"\(relations)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            + "</Relationships>"
        let sheet = sheetXML ?? "<worksheet xmlns=\"\(main)\"><sheetData>\(sheetData)</sheetData></worksheet>"
        var parts: [(String, Data)] = [
            ("xl/workbook.xml", Data(workbook.utf8)),
            ("xl/_rels/workbook.xml.rels", Data(rels.utf8)),
            ("xl/worksheets/sheet1.xml", Data(sheet.utf8)),
        ]
        if let sharedStrings { parts.append(("xl/sharedStrings.xml", Data(sharedStrings.utf8))) }
        return try zip(parts + extra)
    }
}
