import Foundation
import Testing

/// `dsr import` with a spreadsheet's own header names and encodings, through the built binary: `--map`, `--ignore`,
/// `--mapping FILE`, `--template`, Windows-1252 and UTF-16, and Finnish words in `dsr register`.
struct ImportMappingEncodingTests {
    /// Writes bytes in the binary's private folder and returns the path.
    static func write(_ bytes: [UInt8], named name: String, in dsr: DSRBinary) throws -> String {
        let path = dsr.folder.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Text in Windows-1252 (all its characters here are in Latin-1's printable range).
    static func windows1252(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
    }

    @Test func aWindows1252FileWithFinnishHeadersImports() throws {
        // Given a plain "CSV" from Finnish Excel: Windows-1252, semicolons, Finnish headers, words and dates
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let file = try Self.write(
            Self.windows1252(
                "Laji;Saapunut;Nimi;Sähköposti;Kanava\r\n"
                    + "tarkastuspyyntö;5.10.2026;Märta Öhman;marta@example.fi;posti\r\n"),
            named: "excel.csv", in: dsr)

        // When it is imported
        let result = try dsr.run(["import", file])

        // Then the request is there, its name decoded
        #expect(result.status == 0, "\(result.stderr)")
        let shown = try dsr.run(["show", "2026-0001", "--format", "json"])
        #expect(shown.stdout.contains("Märta Öhman"), "\(shown.stdout)")
        #expect(shown.stdout.contains("\"post\""), "\(shown.stdout)")
        #expect(shown.stdout.contains("marta@example.fi"))
    }

    @Test func aUTF16FileWithABOMImportsAndItsControlCharactersAreRefusedWithTheFileOffset() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let text = "kind,received,name\naccess,2026-10-01,Äijälä\n"
        let good = try Self.write(
            [0xFF, 0xFE]
                + text.utf16.flatMap { (unit: UInt16) -> [UInt8] in
                    [UInt8(unit & 0xFF), UInt8(unit >> 8)]
                }, named: "u16.csv", in: dsr)
        let imported = try dsr.run(["import", good])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try dsr.run(["show", "2026-0001", "--format", "json"]).stdout.contains("Äijälä"))

        // U+001B as the 5th character after the BOM: byte 2 + 2 × 4
        let bad = try Self.write(
            [0xFF, 0xFE]
                + "kind\u{1B}".utf16.flatMap { (unit: UInt16) -> [UInt8] in
                    [UInt8(unit & 0xFF), UInt8(unit >> 8)]
                }, named: "bad16.csv", in: dsr)
        let refused = try dsr.run(["import", bad])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("byte offset 10 holds the control character U+001B"), "\(refused.stderr)")

        // A byte Windows-1252 leaves undefined is not text either
        let undefined = try Self.write(
            Array("kind,received,name\naccess,2026-10-01,M".utf8) + [0xE4, 0x81],
            named: "undef.csv", in: dsr)
        let result = try dsr.run(["import", undefined])
        #expect(result.status == 65)
        #expect(result.stderr.contains("byte offset 39 holds the control character U+0081"), "\(result.stderr)")
    }

    @Test func iso885915IsReadWhenNamed() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        // "Šimo" in ISO-8859-15 (0xA6), which Windows-1252 reads as "¦imo"
        let file = try Self.write(
            Array("kind,received,name\naccess,2026-10-01,".utf8) + [0xA6] + Array("imo\n".utf8),
            named: "latin9.csv", in: dsr)
        let result = try dsr.run(["import", file, "--encoding", "iso-8859-15"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try dsr.run(["show", "2026-0001", "--format", "json"]).stdout.contains("Šimo"))
        let wrong = try dsr.run(["import", file, "--encoding", "ebcdic"])
        #expect(wrong.status == 64)
    }

    @Test func headerProblemsAreAllListedAndMappingsFixThem() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let file = try ImportExportTests.write(
            "Laji;Saapunu;Nimi;Sähköpostii;Käsittelijä\naccess;1.10.2026;A;a@example.fi;Lea\n",
            named: "h.csv", in: dsr)

        // Every problem in one run, each with the closest match
        let first = try dsr.run(["import", file])
        #expect(first.status == 65)
        #expect(first.stderr.contains("has 4 problems"), "\(first.stderr)")
        #expect(first.stderr.contains("unknown column 'Saapunu'; did you mean received (saapunut)?"))
        #expect(first.stderr.contains("unknown column 'Sähköpostii'; did you mean email (sähköposti)?"))
        #expect(first.stderr.contains("unknown column 'Käsittelijä'; use a name from docs/import.md"))
        #expect(first.stderr.contains("the required column received (saapunut) is missing; the closest is 'Saapunu'"))
        #expect(!first.stderr.contains("Lea") && !first.stderr.contains("a@example.fi"))

        // --map and --ignore
        let mapped = try dsr.run([
            "import", file, "--map", "Saapunu=received", "--map", "Sähköpostii=sähköposti",
            "--ignore", "käsittelijä",
        ])
        #expect(mapped.status == 0, "\(mapped.stderr)")
        #expect(try dsr.run(["list", "--all"]).stdout.contains("2026-0001"))

        // The same from a mapping file; imported already, so nothing more
        let mapping = try ImportExportTests.write(
            "columns:\n  Saapunu: received\n  \"Sähköpostii\": email\nignore: [Käsittelijä]\n",
            named: "m.yaml", in: dsr)
        let again = try dsr.run(["import", file, "--mapping", mapping])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("1 already in the register"), "\(again.stdout)")
    }

    @Test func aMappingToNoColumnIsAUsageErrorOnTheCommandLineAndInvalidDataInAFile() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let file = try ImportExportTests.write("kind,received,name\n", named: "h.csv", in: dsr)
        let option = try dsr.run(["import", file, "--map", "Sähköposti=colour"])
        #expect(option.status == 64)
        #expect(option.stderr.contains("'Sähköposti' is mapped to something that is not a column"), "\(option.stderr)")
        let mapping = try ImportExportTests.write("columns:\n  Sähköposti: colour\n", named: "m.yaml", in: dsr)
        let inFile = try dsr.run(["import", file, "--mapping", mapping])
        #expect(inFile.status == 65)
        #expect(inFile.stderr.contains("the mapping file: 'Sähköposti' is mapped"), "\(inFile.stderr)")
        let unknownKey = try ImportExportTests.write("colums: {A: email}\n", named: "k.yaml", in: dsr)
        #expect(try dsr.run(["import", file, "--mapping", unknownKey]).status == 65)
        let endless = try dsr.run(["import", file, "--mapping", "/dev/zero"])
        #expect(endless.status == 65)
        #expect(endless.stderr.contains("longer than 1 MiB"), "\(endless.stderr)")
        #expect(try dsr.run(["import", file, "--map", "Sähköposti"]).status == 64)
        #expect(try dsr.run(["import"]).status == 64)
    }

    @Test func theTemplateIsAnEmptySheetThatImports() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let template = try dsr.run(["import", "--template"])
        #expect(template.status == 0)
        #expect(
            template.stdout == "reference,kind,received,name,email,phone,address,language,channel,direct_marketing,"
                + "note,state,acknowledged,extended,extension_reason,paused,closed,outcome\n")
        let mapping = try ImportExportTests.write("columns: {Sähköposti: email}\n", named: "m.yaml", in: dsr)
        let mapped = try dsr.run(["import", "--template", "--mapping", mapping])
        #expect(mapped.stdout.contains(",name,Sähköposti,phone,"))
        let file = try ImportExportTests.write(mapped.stdout, named: "t.csv", in: dsr)
        let imported = try dsr.run(["import", file, "--mapping", mapping])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("Imported 0 requests"), "\(imported.stdout)")
        #expect(try dsr.run(["import", "--template", file]).status == 64)
    }

    @Test func registerReadsFinnishChannelsAndDatesAsImportDoes() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let result = try dsr.run([
            "register", "tarkastuspyyntö", "--name", "A", "--channel", "posti",
            "--received", "05.10.2026", "--format", "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"post\""), "\(result.stdout)")
        #expect(result.stdout.contains("2026-10-05"))
        let email = try dsr.run([
            "register", "access", "--name", "B", "--channel", "Sähköposti", "--received", "5.10.2026",
        ])
        #expect(email.status == 0, "\(email.stderr)")
        let wrong = try dsr.run(["register", "access", "--name", "C", "--channel", "fax"])
        #expect(wrong.status == 65)
        #expect(wrong.stderr.contains("post (posti)"), "\(wrong.stderr)")
        let old = try dsr.run(["register", "access", "--name", "C", "--received", "5.10.1989"])
        #expect(old.status == 65)
    }
}
