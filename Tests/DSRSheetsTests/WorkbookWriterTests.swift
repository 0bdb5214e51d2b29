import DSRCore
import DSRSheets
import Foundation
import Testing
import ZIPFoundation

/// Writing workbooks: what the reader gets back, and the same bytes for the same rows.
struct WorkbookWriterTests {
    static func sample() throws -> WorkbookWriter {
        let day = try #require(CivilDate(year: 2026, month: 11, day: 5))
        var writer = WorkbookWriter(sheetName: "Pyynnöt", headers: ["laji", "saapunut", "nimi", "päiviä_jäljellä"])
        writer.add([
            .text("access"), .date(day), .text("=1+1 & <Aino>"),
            .number(-3),
        ])
        writer.add([.text("erasure"), .empty, .text("  Eero\n"), .number(30)])
        return writer
    }

    @Test func whatIsWrittenReadsBackWithDatesAsDates() throws {
        let bytes = try Self.sample().workbook()
        let rows = try SheetFixtures.rows(Data(bytes))
        #expect(
            rows == [
                .init(number: 1, cells: ["laji", "saapunut", "nimi", "päiviä_jäljellä"]),
                .init(number: 2, cells: ["access", "2026-11-05", "=1+1 & <Aino>", "-3"]),
                .init(number: 3, cells: ["erasure", "", "  Eero\n", "30"]),
            ])
    }

    @Test func theSameRowsGiveTheSameBytes() throws {
        #expect(try Self.sample().workbook() == (try Self.sample().workbook()))
    }

    @Test func theHeaderIsFrozenAndFilteredAndTextsAreNeverFormulas() throws {
        let bytes = try Self.sample().workbook()
        var sheet = Data()
        try WorkbookReaderTestsSupport.part("xl/worksheets/sheet1.xml", of: Data(bytes)) { sheet = $0 }
        let xml = String(decoding: sheet, as: UTF8.self)
        #expect(xml.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(xml.contains("<autoFilter ref=\"A1:D3\"/>"))
        #expect(!xml.contains("<f>"))
        #expect(xml.contains("=1+1 &amp; &lt;Aino&gt;"))
    }
}

/// Reads one part of an archive, for checks on what the writer wrote.
enum WorkbookReaderTestsSupport {
    static func part(_ path: String, of data: Data, _ body: (Data) -> Void) throws {
        let archive = try Archive(data: data, accessMode: .read)
        guard let entry = archive[path] else { throw CocoaError(.fileNoSuchFile) }
        var bytes = Data()
        _ = try archive.extract(entry) { bytes.append($0) }
        body(bytes)
    }
}
