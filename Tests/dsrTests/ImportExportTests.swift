import Foundation
import Testing

/// `dsr import` and `dsr export` through the built binary: the documented sample, exit codes, re-imports, the
/// round trip and the Excel form.
struct ImportExportTests {
    /// The repository's `Fixtures/import` folder.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/import")

    /// Writes a file in the binary's private folder and returns its path.
    static func write(_ text: String, named name: String, in dsr: DSRBinary) throws -> String {
        let path = dsr.folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func theDocumentedSampleImportsAndRoundTripsThroughExport() throws {
        // Given the sample of docs/import.md (Finnish Excel: BOM, semicolons, CR LF, Finnish headers and dates)
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let sample = Self.fixtures.appendingPathComponent("sample.csv").path

        // When it is imported
        let imported = try dsr.run(["import", sample])

        // Then every row is a request, and nothing but the notes on the new register and its key is printed on
        // standard error (no progress when piped)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout == "Imported 10 requests (2025-0001 … 2026-0004), 7 of them closed.\n")
        #expect(imported.stderr.split(separator: "\n").allSatisfy { $0.hasPrefix("Note: ") })
        let overdue = try dsr.run(["overdue", "--format", "csv"])
        #expect(overdue.stdout.contains("2026-0004,access,received"))  // the row without a reference, 1 Oct 2026

        // When it is exported and the export imported into an empty register
        let exported = try dsr.run(["export", "--all"])
        #expect(exported.status == 0)
        let copy = try DSRBinary()
        defer { copy.remove() }
        let file = try Self.write(exported.stdout, named: "export.csv", in: copy)
        let reimported = try copy.run(["import", file])

        // Then the copy exports the same file
        #expect(reimported.status == 0, "\(reimported.stderr)")
        #expect(try copy.run(["export", "--all"]).stdout == exported.stdout)
        #expect(try copy.run(["show", "2025-0005"]).stdout == (try dsr.run(["show", "2025-0005"]).stdout))
    }

    @Test func requestsWaitingForTheDataSubjectRoundTripWithTheDayTheirPauseBegan() throws {
        // Given requests registered by hand: one waiting for identity, one acknowledged and waiting for a
        // clarification, one whose pause ended (its deadline moved), and one closed while paused
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let commands: [[String]] = [
            ["register", "access", "--name", "A", "--received", "2026-11-02"],
            ["request-identity", "2026-0001", "--on", "2026-11-03"],
            ["register", "erasure", "--name", "B", "--received", "2026-10-01"],
            ["acknowledge", "2026-0002", "--on", "2026-10-02"],
            ["request-clarification", "2026-0002", "--on", "2026-10-05"],
            ["register", "portability", "--name", "C", "--received", "2026-10-01"],
            ["request-identity", "2026-0003", "--on", "2026-10-02"],
            ["withdraw", "2026-0003", "--on", "2026-10-09"],
        ]
        for command in commands {
            let result = try dsr.run(command)
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }

        // When the register is exported and the file imported into an empty register
        let exported = try dsr.run(["export", "--all"])
        #expect(exported.stdout.contains(",awaiting-identity,,,,2026-11-03,,\n"))
        #expect(exported.stdout.contains(",awaiting-clarification,2026-10-02,,,2026-10-05,,\n"))
        let copy = try DSRBinary()
        defer { copy.remove() }
        let file = try Self.write(exported.stdout, named: "export.csv", in: copy)
        let imported = try copy.run(["import", file])

        // Then the copy holds the same requests in the same states, the open ones paused since the same days with the
        // same deadlines, and verifies
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try copy.run(["export", "--all"]).stdout == exported.stdout)
        #expect(try copy.run(["list"]).stdout == (try dsr.run(["list"]).stdout))
        #expect(try copy.run(["show", "2026-0002"]).stdout.contains("awaiting-clarification"))
        #expect(try copy.run(["audit", "verify"]).status == 0)
    }

    @Test func aReferenceGivenAtRegistrationIsUniqueAndRecognisedByAnImport() throws {
        // Given a request registered by hand with the controller's own reference
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let first = try dsr.run([
            "register", "access", "--name", "A", "--received", "2026-11-02", "--reference", "CRM-7",
        ])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try dsr.run(["show", "2026-0001"]).stdout.contains("Reference: CRM-7"))

        // When another registration gives the same reference, it is refused (65) and nothing is written
        let before = try Data(contentsOf: URL(fileURLWithPath: dsr.database))
        let second = try dsr.run(["register", "erasure", "--name", "B", "--reference", "CRM-7"])
        #expect(second.status == 65)
        #expect(
            second.stderr == "Error: the reference is already used by case 2026-0001; nothing was registered. "
                + "Give another --reference, or see the request with 'dsr show 2026-0001'.\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: dsr.database)) == before)

        // And a spreadsheet row with that reference is recognised as the same request
        let file = try Self.write(
            "kind,received,name,reference\naccess,2026-11-02,A,CRM-7\n", named: "rows.csv", in: dsr)
        #expect(try dsr.run(["import", file]).stdout == "Imported 0 requests; 1 already in the register.\n")
    }

    @Test func importingTheSameFileTwiceAddsNothingTheSecondTime() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let sample = Self.fixtures.appendingPathComponent("sample.csv").path
        #expect(try dsr.run(["import", sample]).status == 0)
        let again = try dsr.run(["import", sample])
        #expect(again.status == 0)
        #expect(again.stdout == "Imported 0 requests; 10 already in the register.\n")
        // And exporting and importing into the same register adds nothing either
        let exported = try Self.write(
            try dsr.run(["export", "--all", "--format", "jsonl"]).stdout, named: "all.jsonl", in: dsr)
        #expect(try dsr.run(["import", exported]).stdout == "Imported 0 requests; 10 already in the register.\n")
    }

    @Test func jsonLinesImportsLikeCSV() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let result = try dsr.run(["import", Self.fixtures.appendingPathComponent("sample.jsonl").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Imported 2 requests (2026-0001 … 2026-0002), 1 of them closed.\n")
    }

    @Test func anInvalidRowExitsSixtyFiveListsEveryProblemAndWritesNothing() throws {
        // Given a file with two invalid rows among valid ones
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let file = try Self.write(
            "laji;saapunut;nimi\ntarkastus;1.10.2026;Matti Meikäläinen\nhuono;2.10.2026;B\n"
                + "poisto;32.10.2026;\n", named: "bad.csv", in: dsr)

        // When it is imported
        let result = try dsr.run(["import", file])

        // Then it exits 65, lists each problem by line and column without personal data, and writes nothing
        #expect(result.status == 65)
        let lines = result.stderr.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("Note: ") }
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("Invalid: line 3, column laji:"))
        #expect(lines[1].hasPrefix("Invalid: line 4, column saapunut:"))
        #expect(lines[2].hasPrefix("Invalid: line 4, column nimi:"))
        #expect(lines[3].hasPrefix("Error: nothing was imported: 2 rows are invalid"))
        #expect(!result.stderr.contains("Meikäläinen"))
        // The register this import would have created is not left behind, nor its key.
        #expect(!FileManager.default.fileExists(atPath: dsr.database))
        #expect(!FileManager.default.fileExists(atPath: dsr.database + ".key"))

        // With --skip-invalid the valid row is written and the others are listed
        let skipped = try dsr.run(["import", file, "--skip-invalid"])
        #expect(skipped.status == 0)
        #expect(skipped.stdout == "Imported 1 request (2026-0001); 2 invalid rows skipped.\n")
        #expect(skipped.stderr.contains("line 3, column laji"))
    }

    @Test func aDryRunWritesNothing() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let result = try dsr.run(["import", Self.fixtures.appendingPathComponent("sample.csv").path, "--dry-run"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Dry run: would import 10 requests"))
        #expect(result.stdout.hasSuffix("Nothing was written.\n"))
        #expect(!FileManager.default.fileExists(atPath: dsr.database))
    }

    @Test func jsonSummaryAndFileErrors() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let json = try dsr.run(["import", Self.fixtures.appendingPathComponent("sample.csv").path, "--format", "json"])
        #expect(json.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let summary = object?["summary"] as? [String: Any]
        #expect(summary?["imported"] as? Int == 10)
        #expect(summary?["stored"] as? Bool == true)

        let missing = try dsr.run(["import", dsr.folder.appendingPathComponent("nope.csv").path])
        #expect(missing.status == 66)
        let unknown = try dsr.run(["import", try Self.write("kind,received,colour\n", named: "h.csv", in: dsr)])
        #expect(unknown.status == 65)
        #expect(unknown.stderr.contains("the header (line 1) has 2 problems"), "\(unknown.stderr)")
        #expect(unknown.stderr.contains("column 3: unknown column 'colour'"), "\(unknown.stderr)")
        #expect(unknown.stderr.contains("the required column name (nimi) is missing"), "\(unknown.stderr)")
    }

    @Test func excelExportHasBOMSemicolonsAndCRLFAndImportsBack() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        #expect(try dsr.run(["import", Self.fixtures.appendingPathComponent("sample.csv").path]).status == 0)
        let excel = try dsr.run(["export", "--excel"])
        #expect(excel.stdout.hasPrefix("\u{FEFF}case;reference;kind;"))
        #expect(excel.stdout.contains(";\r\n"))
        // Open requests only, unless --all
        #expect(excel.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 1 + 3)
        let copy = try DSRBinary()
        defer { copy.remove() }
        let result = try copy.run(["import", try Self.write(excel.stdout, named: "excel.csv", in: copy)])
        #expect(result.stdout == "Imported 3 requests (2026-0001 … 2026-0003).\n")
    }
}
