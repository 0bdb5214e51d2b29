import DSRCore
import DSRSheets
import Foundation
import Testing

/// Hostile workbooks are refused with a ``SheetError`` (exit 65), never a trap, within bounded memory.
struct HostileWorkbookTests {
    /// The error reading `data` throws, or `nil` if it reads.
    static func failure(_ data: Data, limits: WorkbookReader.Limits = .init()) -> SheetError? {
        do {
            _ = try SheetFixtures.rows(data, limits: limits)
            return nil
        } catch let error as SheetError {
            return error
        } catch {
            Issue.record("unexpected error \(error)")
            return nil
        }
    }

    @Test func aZipBombIsRefusedByItsDeclaredSize() throws {
        // Given a sheet part of 64 MiB of spaces, which deflates to a few tens of KiB
        let bomb = String(repeating: " ", count: 64 << 20)
        let data = try SheetFixtures.workbook(sheetData: "", sheetXML: bomb)
        #expect(data.count < 1 << 20)

        // Then it is refused by the size its entry declares, before anything is decompressed
        #expect(Self.failure(data) == .partTooLarge("xl/worksheets/sheet1.xml", limit: 8 << 20))
        #expect(SheetError.partTooLarge("x", limit: 1).category == .invalidData)
    }

    @Test func aZipBombThatUnderstatesItsSizeIsRefusedByWhatItDecompressesTo() throws {
        // Given a sheet part of 2 MiB whose entry declares 100 bytes (in its local and central headers)
        let sheet =
            "<worksheet xmlns=\"\(SheetFixtures.main)\"><sheetData>" + String(repeating: " ", count: 2 << 20)
            + "</sheetData></worksheet>"
        var data = try SheetFixtures.workbook(sheetData: "", sheetXML: sheet)
        let name = Data("xl/worksheets/sheet1.xml".utf8)
        var patched = 0
        var search = data.startIndex
        while let found = data.range(of: name, in: search..<data.endIndex) {
            search = found.upperBound
            // The central header's name starts 46 bytes after its signature, the local header's 30.
            for (offset, sizeField) in [(46, 24), (30, 22)] where found.lowerBound >= offset {
                let header = found.lowerBound - offset
                let signature: [UInt8] = offset == 46 ? [0x50, 0x4B, 0x01, 0x02] : [0x50, 0x4B, 0x03, 0x04]
                guard data[header..<header + 4].elementsEqual(signature) else { continue }
                data.replaceSubrange(header + sizeField..<header + sizeField + 4, with: [100, 0, 0, 0])
                patched += 1
            }
        }
        #expect(patched == 2)

        // Then, under a limit above the declared size and below the actual one, it is refused
        var limits = WorkbookReader.Limits()
        limits.sheetBytes = 1 << 20
        let error = Self.failure(data, limits: limits)
        #expect(error == .partTooLarge("xl/worksheets/sheet1.xml", limit: 1 << 20) || error == .notWorkbook)
        #expect(error != nil)
    }

    @Test func aMillionDeclaredSharedStringsAreRefusedBeforeTheyAreRead() throws {
        let strings =
            "<sst xmlns=\"\(SheetFixtures.main)\" count=\"1000000\" uniqueCount=\"1000000\"><si><t>a</t></si></sst>"
        let data = try SheetFixtures.workbook(
            sheetData: "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>",
            sharedStrings: strings)
        #expect(Self.failure(data) == .tooManyStrings(limit: 100_000))
    }

    @Test func moreSharedStringsThanTheLimitAreRefusedEvenIfUndeclared() throws {
        let strings =
            "<sst xmlns=\"\(SheetFixtures.main)\">" + String(repeating: "<si><t>a</t></si>", count: 11) + "</sst>"
        let data = try SheetFixtures.workbook(sheetData: "", sharedStrings: strings)
        var limits = WorkbookReader.Limits()
        limits.sharedStrings = 10
        #expect(Self.failure(data, limits: limits) == .tooManyStrings(limit: 10))
    }

    @Test func aTextFileNamedXlsxIsNotAWorkbook() {
        #expect(Self.failure(Data("kind,received,name\naccess,2026-11-05,A\n".utf8)) == .notWorkbook)
        #expect(Self.failure(Data()) == .notWorkbook)
        #expect(Self.failure(Data([0x50, 0x4B, 0x03, 0x04])) == .notWorkbook)
    }

    @Test func everyTruncationOfARealWorkbookIsRefusedWithoutATrap() throws {
        let whole = try SheetFixtures.fixture("serial-dates.xlsx")
        for length in stride(from: 0, to: whole.count, by: 97) {
            #expect(Self.failure(whole.prefix(length)) != nil, "a workbook cut at \(length) bytes was read")
        }
    }

    @Test func damagedBytesGiveASheetErrorOrRowsNeverATrap() throws {
        // Given a real workbook with bytes changed at many places (a fixed pseudo-random sequence)
        let whole = try SheetFixtures.fixture("shared-strings.xlsx")
        var state: UInt64 = 0x5EED
        for _ in 0..<300 {
            var data = whole
            for _ in 0..<4 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let position = Int(state >> 33) % data.count
                data[data.startIndex + position] = UInt8(truncatingIfNeeded: state >> 13)
            }
            // Then reading ends, with rows or with a sheet error (anything else is recorded by failure())
            _ = Self.failure(data)
        }
    }

    @Test func aDocumentTypeDeclarationIsRefused() throws {
        // Given the "billion laughs" entity expansion in the sheet part
        let sheet = """
            <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>\
            <worksheet xmlns="\(SheetFixtures.main)"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t>\
            </is></c></row></sheetData></worksheet>
            """
        let data = try SheetFixtures.workbook(sheetData: "", sheetXML: sheet)
        #expect(Self.failure(data) == .malformedPart("xl/worksheets/sheet1.xml"))
    }

    @Test func badReferencesAndMissingPartsAreRefused() throws {
        let outside = try SheetFixtures.workbook(
            sheetData: "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>5</v></c></row>",
            sharedStrings: "<sst><si><t>a</t></si></sst>")
        #expect(Self.failure(outside) == .badCell("A1"))
        let wide = try SheetFixtures.workbook(sheetData: "<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>")
        #expect(Self.failure(wide) == .sheetTooLarge(limit: 16_384))
        let deep = try SheetFixtures.workbook(sheetData: "<row r=\"1048577\"><c><v>1</v></c></row>")
        #expect(Self.failure(deep) == .sheetTooLarge(limit: 1_048_576))
        let backwards = try SheetFixtures.workbook(sheetData: "<row r=\"3\"/><row r=\"2\"/>")
        #expect(Self.failure(backwards) != nil)
        let broken = try SheetFixtures.workbook(sheetData: "<row r=\"1\"><c>")
        #expect(Self.failure(broken) == .malformedPart("xl/worksheets/sheet1.xml"))
        let noWorkbook = try SheetFixtures.zip([("a.txt", Data("x".utf8))])
        #expect(Self.failure(noWorkbook) == .missingPart("xl/workbook.xml"))
    }
}
