import DSRCore
import Testing

/// The CSV reader: separators, byte-order mark, quotes, line ends and chunk boundaries.
struct CSVParserTests {
    /// Parses a whole text, fed in chunks of `chunk` bytes.
    static func parse(_ text: String, chunk: Int = 1 << 20) -> [CSVParser.Record] {
        // No record here comes near the limit: the parser cannot throw.
        (try? parse(Array(text.utf8), chunk: chunk)) ?? []
    }

    /// Parses bytes, fed in chunks of `chunk` bytes.
    static func parse(_ bytes: [UInt8], chunk: Int = 1 << 20) throws -> [CSVParser.Record] {
        var parser = CSVParser()
        var records: [CSVParser.Record] = []
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + chunk)
            try parser.parse(bytes[start..<end]) { records.append($0) }
            start = end
        }
        try parser.finish { records.append($0) }
        return records
    }

    @Test(arguments: [1, 2, 3, 7, 1 << 20])
    func semicolonsQuotesAndLineBreaksInAnyChunking(chunk: Int) {
        // Given a file as Finnish Excel writes it: BOM, semicolons, CR LF, a quoted field with a line break
        let text =
            "\u{FEFF}laji;nimi;osoite\r\naccess;\"Meikäläinen; Matti\";\"Kotikatu 1\r\n00100 Helsinki\"\r\n"
            + "erasure;\"Sanoi \"\"hei\"\"\";\r\n"

        // When it is read in chunks of any size
        let records = Self.parse(text, chunk: chunk)

        // Then the records, their fields and their first lines are right, and line breaks in fields are LF
        #expect(
            records == [
                CSVParser.Record(line: 1, fields: ["laji", "nimi", "osoite"]),
                CSVParser.Record(line: 2, fields: ["access", "Meikäläinen; Matti", "Kotikatu 1\n00100 Helsinki"]),
                CSVParser.Record(line: 4, fields: ["erasure", "Sanoi \"hei\"", ""]),
            ])
    }

    @Test func commaSeparatedWithoutBOMOrFinalLineEnd() {
        let records = Self.parse("kind,received,name\naccess,2026-11-05,\"Virtanen, Anna\"")
        #expect(records.map(\.fields) == [["kind", "received", "name"], ["access", "2026-11-05", "Virtanen, Anna"]])
    }

    @Test func separatorIsTheMoreFrequentOneOutsideQuotes() {
        // A comma-separated header whose quoted name holds semicolons
        let commas = Self.parse("\"a;b;c\",d,e\n1,2,3\n")
        #expect(commas.map(\.fields) == [["a;b;c", "d", "e"], ["1", "2", "3"]])
        // A semicolon-separated header whose quoted name holds commas
        let semicolons = Self.parse("\"a,b,c\";d;e\n1;2,5;3\n")
        #expect(semicolons.map(\.fields) == [["a,b,c", "d", "e"], ["1", "2,5", "3"]])
    }

    @Test func excelSeparatorLineIsHonouredAndSkipped() {
        let records = Self.parse("sep=;\r\nkind;name\r\naccess;A, B\r\n", chunk: 4)
        #expect(
            records == [
                CSVParser.Record(line: 2, fields: ["kind", "name"]),
                CSVParser.Record(line: 3, fields: ["access", "A, B"]),
            ])
    }

    @Test func blankLinesAndEmptyRowsAreSkippedButCounted() {
        let records = Self.parse("a;b\n\n;\n  ;  \r\n1;2\n")
        #expect(
            records == [CSVParser.Record(line: 1, fields: ["a", "b"]), CSVParser.Record(line: 5, fields: ["1", "2"])])
    }

    @Test func oldMacLineEndsAndLoneCarriageReturns() {
        let records = Self.parse("a,b\r1,2\r3,4")
        #expect(records.map(\.line) == [1, 2, 3])
        #expect(records.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"]])
    }

    @Test func unclosedQuoteIsReportedAtTheLineItStarts() {
        let records = Self.parse("a,b\n1,\"never closed\n2,3\n")
        #expect(records.count == 2)
        #expect(records[1].line == 2)
        #expect(records[1].problem != nil)
    }

    @Test func textAfterClosingQuoteIsKept() {
        #expect(Self.parse("a\n\"abc\"def\n").last?.fields == ["abcdef"])
    }

    @Test func notUTF8BecomesReplacementCharacters() throws {
        // "Mäki" in Windows-1252, as Excel writes a plain "CSV" file
        let records = try Self.parse(Array("name\nM".utf8) + [0xE4] + Array("ki\n".utf8))
        #expect(records.last?.fields.first?.contains("\u{FFFD}") == true)
    }

    @Test func emptyFileGivesNoRecords() {
        #expect(Self.parse("").isEmpty)
        #expect(Self.parse("\u{FEFF}").isEmpty)
    }
}
