import Foundation
import Testing

/// `dsr import FILE.xlsx` and `dsr export --format xlsx` through the built binary.
struct SheetImportExportTests {
    /// The repository's `Fixtures/xlsx` folder (workbooks written by openpyxl and XlsxWriter).
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/xlsx")

    @Test func anOpenpyxlWorkbookWithSerialDatesImports() throws {
        // Given a register and a workbook openpyxl wrote with dates as serial numbers
        let dsr = try DSRBinary()
        defer { dsr.remove() }

        // When it is imported
        let imported = try dsr.run(["import", Self.fixtures.appendingPathComponent("serial-dates.xlsx").path])

        // Then its three requests are in the register, received on the days the serial numbers stand for
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.hasPrefix("Imported 3 requests"))
        let exported = try dsr.run(["export", "--all"])
        #expect(exported.stdout.contains(",REF-1,access,2026-11-05,Matti Meikäläinen,matti@example.fi,"))
        #expect(exported.stdout.contains(",REF-2,erasure,2026-10-20,Maija Mäkinen,,"))
        #expect(exported.stdout.contains(",12345,rectification,2026-09-01,Björn Lindqvist,"))
    }

    @Test func a1904WorkbookAndAFinnishOneImport() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let old = try dsr.run(["import", Self.fixtures.appendingPathComponent("date1904.xlsx").path, "--dry-run"])
        #expect(old.status == 0, "\(old.stderr)")
        #expect(old.stdout.hasPrefix("Dry run: would import 3 requests"))
        let finnish = try dsr.run(["import", Self.fixtures.appendingPathComponent("finnish.xlsx").path])
        #expect(finnish.status == 0, "\(finnish.stderr)")
        let exported = try dsr.run(["export", "--all"])
        #expect(exported.stdout.contains("objection,2026-11-02,Liisa Virtanen"))
        #expect(exported.stdout.contains("access,2026-11-05,Pekka Korhonen"))
    }

    @Test func anExportedWorkbookImportsIntoAnEmptyRegisterAsTheSameRequests() throws {
        // Given a register with requests
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        #expect(try dsr.run(["import", Self.fixtures.appendingPathComponent("serial-dates.xlsx").path]).status == 0)
        #expect(try dsr.run(["import", Self.fixtures.appendingPathComponent("shared-strings.xlsx").path]).status == 0)

        // When it is exported as a workbook with Finnish headers
        let file = dsr.folder.appendingPathComponent("export.xlsx").path
        let exported = try dsr.run(["export", "--all", "--format", "xlsx", "--language", "fi", "--output", file])
        #expect(exported.status == 0, "\(exported.stderr)")
        let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        // Then the same export again is refused without --force (exit 73), and gives the same bytes with it
        let first = try Data(contentsOf: URL(fileURLWithPath: file))
        let again = try dsr.run(["export", "--all", "--format", "xlsx", "--language", "fi", "--output", file])
        #expect(again.status == 73)
        let forced = try dsr.run([
            "export", "--all", "--format", "xlsx", "--language", "fi", "--output", file,
            "--force",
        ])
        #expect(forced.status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == first)

        // And imported into an empty register (its deadline and days-left columns left out), it gives the same CSV
        let copy = try DSRBinary()
        defer { copy.remove() }
        let imported = try copy.run(["import", file])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try copy.run(["export", "--all"]).stdout == (try dsr.run(["export", "--all"]).stdout))
    }

    @Test func aHostileOrFalseWorkbookIsRefusedWithExit65AndWritesNothing() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let text = dsr.folder.appendingPathComponent("requests.xlsx")
        try Data("kind,received,name\naccess,2026-11-05,A\n".utf8).write(to: text)
        let refused = try dsr.run(["import", text.path])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("not an Excel workbook"))
        #expect(!refused.stderr.contains("access"))

        let whole = try Data(contentsOf: Self.fixtures.appendingPathComponent("serial-dates.xlsx"))
        let truncated = dsr.folder.appendingPathComponent("cut.xlsx")
        try whole.prefix(whole.count / 2).write(to: truncated)
        let cut = try dsr.run(["import", truncated.path])
        #expect(cut.status == 65)

        let listed = try dsr.run(["export", "--all"])
        #expect(listed.stdout.split(separator: "\n").count <= 1)
    }

    @Test func xlsxOptionsAreRefusedWithOtherFormats() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        #expect(try dsr.run(["export", "--language", "fi"]).status == 64)
        #expect(try dsr.run(["export", "--output", dsr.folder.appendingPathComponent("x.csv").path]).status == 64)
    }
}
