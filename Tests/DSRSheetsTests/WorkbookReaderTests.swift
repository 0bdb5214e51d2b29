import DSRCore
import DSRSheets
import Foundation
import Testing

/// Reading workbooks that real spreadsheet libraries wrote (openpyxl, XlsxWriter: Fixtures/xlsx).
struct WorkbookReaderTests {
    @Test func serialDatesInTheFirstSheetReadAsISODates() throws {
        // Given a workbook openpyxl wrote: dates as serial numbers with a date format, an empty cell, an empty row,
        // a date-time and a second sheet
        let rows = try SheetFixtures.rows(SheetFixtures.fixture("serial-dates.xlsx"))

        // Then the first sheet's rows read with ISO dates (the time of day dropped), the empty cell as an empty text,
        // the empty row left out, and nothing from the second sheet
        #expect(
            rows == [
                .init(number: 1, cells: ["kind", "received", "name", "email", "reference"]),
                .init(number: 2, cells: ["access", "2026-11-05", "Matti Meikäläinen", "matti@example.fi", "REF-1"]),
                .init(number: 3, cells: ["erasure", "2026-10-20", "Maija Mäkinen", "", "REF-2"]),
                .init(
                    number: 5, cells: ["rectification", "2026-09-01", "Björn Lindqvist", "bjorn@example.fi", "12345"]),
            ])
    }

    @Test func theDate1904FlagShiftsTheSerialNumbers() throws {
        // Given the same requests in a workbook with the 1904 date system (its serial numbers are 1462 smaller)
        let rows = try SheetFixtures.rows(SheetFixtures.fixture("date1904.xlsx"))

        // Then the dates are the same days
        #expect(rows.map { $0.cells[1] } == ["received", "2026-11-05", "2026-10-20", "2026-09-01"])
    }

    @Test func finnishHeadersBooleansAndTextDatesReadAsWritten() throws {
        let rows = try SheetFixtures.rows(SheetFixtures.fixture("finnish.xlsx"))
        #expect(
            rows == [
                .init(number: 1, cells: ["laji", "saapunut", "nimi", "sähköposti", "suoramarkkinointi", "kuitattu"]),
                .init(
                    number: 2,
                    cells: ["kielto", "2026-11-02", "Liisa Virtanen", "liisa@example.fi", "TRUE", "2026-11-03"]),
                .init(number: 3, cells: ["tarkastuspyyntö", "5.11.2026", "Pekka Korhonen"]),
            ])
    }

    @Test func sharedStringsAndBuiltInDateFormatsRead() throws {
        // Given a workbook XlsxWriter wrote: texts in the shared-string table, dates in built-in format 14
        let rows = try SheetFixtures.rows(SheetFixtures.fixture("shared-strings.xlsx"))
        #expect(
            rows == [
                .init(number: 1, cells: ["kind", "received", "name", "note", "language"]),
                .init(number: 2, cells: ["access", "2026-11-16", "Aino Aaltonen", "", "fi"]),
                .init(
                    number: 3,
                    cells: ["access", "2026-11-17", "Eero Aaltonen", "Puhelu; soita uudelleen, \"kiireellinen\"", "fi"]),
            ])
    }

    @Test func aCellIsADateByItsNumberFormatNotByItsColumn() {
        #expect(SerialDate.isDateFormat(id: 14, code: nil))
        #expect(SerialDate.isDateFormat(id: 164, code: "d.m.yyyy"))
        #expect(SerialDate.isDateFormat(id: 164, code: "yyyy\\-mm\\-dd"))
        #expect(SerialDate.isDateFormat(id: 165, code: "[$-40B]d\\.mmmm\\ yyyy;@"))
        #expect(!SerialDate.isDateFormat(id: 0, code: nil))
        #expect(!SerialDate.isDateFormat(id: 164, code: "0.00"))
        #expect(!SerialDate.isDateFormat(id: 164, code: "\"days\" 0"))
        #expect(!SerialDate.isDateFormat(id: 164, code: "[h]:mm:ss"))
    }

    @Test func serialNumbersFollowBothDateSystemsAndTheLeapYearMistake() {
        #expect(SerialDate.date(serial: 1, date1904: false)?.description == "1900-01-01")
        #expect(SerialDate.date(serial: 59, date1904: false)?.description == "1900-02-28")
        #expect(SerialDate.date(serial: 60, date1904: false) == nil)  // 29 February 1900 never was
        #expect(SerialDate.date(serial: 61, date1904: false)?.description == "1900-03-01")
        #expect(SerialDate.date(serial: 46_331.75, date1904: false)?.description == "2026-11-05")
        #expect(SerialDate.date(serial: 44_869, date1904: true)?.description == "2026-11-05")
        #expect(SerialDate.date(serial: 0, date1904: true)?.description == "1904-01-01")
        #expect(SerialDate.date(serial: -1, date1904: false) == nil)
        #expect(SerialDate.date(serial: .infinity, date1904: false) == nil)
        #expect(SerialDate.date(serial: 1e300, date1904: false) == nil)
        let day = CivilDate(year: 2026, month: 11, day: 5)!
        #expect(SerialDate.serial(of: day) == 46_331)
    }

    @Test func inlineStringsRichTextAndOtherCellTypesRead() throws {
        // Given a sheet with an inline string in rich-text runs with a phonetic guide, a formula's text, an error,
        // an ISO date cell and cells without references
        let data = try SheetFixtures.workbook(
            sheetData: """
                <row r="1"><c r="B1" t="inlineStr"><is><r><t>Aal</t></r><r><t>tonen</t></r><rPh><t>x</t></rPh></is></c>\
                <c r="C1" t="str"><f>A1</f><v>kaava</v></c><c r="D1" t="e"><v>#N/A</v></c>\
                <c r="AA1" t="d"><v>2026-11-05T00:00:00</v></c></row>\
                <row><c t="b"><v>0</v></c><c><v>7</v></c></row>
                """)
        let rows = try SheetFixtures.rows(data)
        #expect(rows.count == 2)
        #expect(rows[0].cells.count == 27)
        #expect(Array(rows[0].cells.prefix(4)) == ["", "Aaltonen", "kaava", "#N/A"])
        #expect(rows[0].cells[26] == "2026-11-05")
        #expect(rows[1] == .init(number: 2, cells: ["FALSE", "7"]))
    }
}
