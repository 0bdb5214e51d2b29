import DSRCore
import Testing

/// Issue 12, input and output hygiene, in the core: the formula-injection escape of CSV cells and its reversal, the
/// bounds of the import readers, and the years dsr accepts.
struct InputHygieneTests {
    // MARK: Spreadsheet formula injection

    @Test(arguments: [
        "=HYPERLINK(\"http://x\",\"click\")", "+358 40 123 4567", "-2+3", "@SUM(A1)", "\tx", "\rx", "'",
        "'=1", "''x",
    ])
    func aCellAspreadsheetWouldRunGetsOneQuoteAndComesBack(cell: String) {
        let written = SpreadsheetCell.neutralised(cell)
        #expect(written == "'" + cell)
        #expect(SpreadsheetCell.restored(written) == cell)
    }

    @Test(arguments: ["Maija Meikäläinen", "2026-11-05", "", "a=b", " =x", "12"])
    func otherCellsAreWrittenAsTheyAre(cell: String) {
        #expect(SpreadsheetCell.neutralised(cell) == cell)
        #expect(SpreadsheetCell.restored(cell) == cell)
    }

    @Test func everyCSVCellIsNeutralisedBeforeItIsQuoted() {
        #expect(
            RequestListing.quoted("=HYPERLINK(\"http://x\",\"click\")")
                == "\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"")
        #expect(RequestListing.quoted("-3") == "-3")
        #expect(RequestListing.quoted("-2.5") == "-2.5")
        #expect(RequestListing.quoted("-3+cmd|' /C calc'!A0") == "'-3+cmd|' /C calc'!A0")
        #expect(RequestListing.quoted("-") == "'-")
        #expect(RequestListing.quoted("-.5") == "'-.5")
        #expect(RequestListing.quoted("2026-0001") == "2026-0001")
    }

    @Test func anImportedCSVCellLosesExactlyOneLeadingQuote() throws {
        let header = try ImportHeader(["kind", "received", "name", "note"])
        let parsed = header.row(CSVParser.Record(line: 2, fields: ["access", "2026-11-05", "'=HYPERLINK(1)", "''x"]))
        guard case .row(let row) = parsed else {
            Issue.record("the row was not read: \(parsed)")
            return
        }
        #expect(row[.name] == "=HYPERLINK(1)")
        #expect(row[.note] == "'x")
    }

    // MARK: Bounded import readers

    /// Feeds bytes to a CSV parser in chunks and returns the records, or the error that stopped it.
    static func csv(_ bytes: [UInt8], limit: Int, chunk: Int) -> Result<[CSVParser.Record], ImportError> {
        var parser = CSVParser(limit: limit)
        var records: [CSVParser.Record] = []
        do {
            var start = 0
            while start < bytes.count {
                try parser.parse(bytes[start..<min(bytes.count, start + chunk)]) { records.append($0) }
                start += chunk
            }
            try parser.finish { records.append($0) }
            return .success(records)
        } catch let error as ImportError {
            return .failure(error)
        } catch {
            Issue.record("unexpected error \(error)")
            return .success([])
        }
    }

    @Test(arguments: [1, 7, 64, 1 << 20])
    func aCSVRecordLongerThanTheLimitStopsTheReadingWithItsFirstLine(chunk: Int) throws {
        // A quoted field that spans lines: the record starts on line 3
        let long = "a,b\n1,2\n3,\"" + String(repeating: "x\n", count: 60) + "\"\n4,5\n"
        #expect(Self.csv(Array(long.utf8), limit: 100, chunk: chunk) == .failure(.recordTooLong(line: 3, limit: 100)))
        // A header line that never ends
        let header = String(repeating: "h", count: 500)
        #expect(Self.csv(Array(header.utf8), limit: 100, chunk: chunk) == .failure(.recordTooLong(line: 1, limit: 100)))
        // Records up to the limit are read
        let fits = "a,b\n" + String(repeating: "y", count: 90) + ",z\n"
        #expect(try Self.csv(Array(fits.utf8), limit: 100, chunk: chunk).get().count == 2)
    }

    @Test func aJSONLineLongerThanTheLimitStopsTheReadingWithItsLine() throws {
        var parser = JSONLinesParser(limit: 64)
        var rows = 0
        try parser.parse(Array("{\"kind\":\"access\"}\n\n".utf8)) { _ in rows += 1 }
        #expect(throws: ImportError.recordTooLong(line: 3, limit: 64)) {
            try parser.parse(Array(repeating: UInt8(ascii: "a"), count: 65)) { _ in rows += 1 }
        }
        #expect(rows == 1)
    }

    @Test func theDefaultLimitIsOneMebibyte() {
        #expect(ImportFormat.recordByteLimit == 1_048_576)
        #expect(
            ImportError.recordTooLong(line: 2, limit: 1 << 20).errorDescription?
                .hasPrefix("line 2: the record that starts here is longer than 1 MiB") == true)
    }

    // MARK: Years

    @Test func datesGivenToDsrAreFrom1990To2200() throws {
        #expect(try CivilDate.given("1990-01-01", field: "--as-of") == CivilDate(year: 1990, month: 1, day: 1))
        #expect(try CivilDate.given("31.12.2200", field: "--as-of") == CivilDate(year: 2200, month: 12, day: 31))
        #expect(throws: InputError.yearOutOfRange(field: "--as-of", year: 1989)) {
            try CivilDate.given("1989-12-31", field: "--as-of")
        }
        #expect(throws: InputError.yearOutOfRange(field: "--as-of", year: 9999)) {
            try CivilDate.given("9999-12-31", field: "--as-of")
        }
        #expect(throws: InputError.invalidDate(field: "--as-of", text: "10000-01-01")) {
            try CivilDate.given("10000-01-01", field: "--as-of")
        }
        let message = InputError.yearOutOfRange(field: "--received", year: 2201).errorDescription ?? ""
        #expect(message.contains("1990") && message.contains("2200"))
    }

    @Test func anImportedDateOutsideTheYearsIsAnIssueOfItsColumn() throws {
        let issues = try ImportRowCheckerTests.issues([
            "kind": "access", "received": "2026-11-01", "name": "A",
            "closed": "1.1.9999", "outcome": "completed",
        ])
        #expect(
            issues.contains(
                ImportIssue(
                    line: 2, column: "closed",
                    message: "is in the year 9999; dsr accepts dates from 1990 to 2200")),
            "\(issues)")
    }

    @Test func deadlinesFromTheLastAcceptedDaysStayFourDigitYears() {
        // The latest day dsr accepts, with an extension and ten years of pauses: no trap, and a year dsr can write
        let calculator = DeadlineCalculator()
        var day = CivilDate(year: 2200, month: 10, day: 1) ?? CivilDate(daysSinceEpoch: 0)
        while day.year <= 2200 {
            for (extended, paused) in [(false, 0), (true, 0), (true, 3650)] {
                let deadline = calculator.deadline(received: day, extended: extended, pausedDays: paused)
                #expect(deadline.date > day)
                #expect(deadline.date.description.count == 10)
            }
            day = day.adding(days: 1)
        }
        let earliest = calculator.deadline(
            received: CivilDate(year: 1990, month: 1, day: 1) ?? day, extended: true,
            pausedDays: 0)
        #expect(earliest.date.year == 1990)
    }
}
