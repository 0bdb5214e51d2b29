import DSRCore
import Foundation
import Testing

/// Issue 12, input and output hygiene, through the built binary: formula injection in every CSV dsr writes and the
/// lossless round trip, the argument parser's messages without values, the actor's characters and terminal output,
/// the years dsr accepts, unknown case numbers, and the bounds of `dsr import`.
struct InputOutputHygieneTests {
    /// Texts a spreadsheet program would run as formulas, or that start with the escape's own quote.
    static let formulas = [
        "=HYPERLINK(\"http://x\",\"click\")", "+Plus Nimi", "-Miinus Nimi", "@At Nimi", "'Lainaus Nimi",
    ]

    /// The fields of every record of a CSV text.
    static func cells(_ text: String) throws -> [String] {
        var parser = CSVParser()
        var cells: [String] = []
        try parser.parse(Array(text.utf8)) { cells += $0.fields }
        try parser.finish { cells += $0.fields }
        return cells
    }

    /// Whether a cell would be run by a spreadsheet program.
    static func isFormula(_ cell: String) -> Bool {
        guard let first = cell.unicodeScalars.first else { return false }
        // A negative number in digits (`-30`) is a number to a spreadsheet, not a formula.
        if cell.wholeMatch(of: /-[0-9]+(\.[0-9]+)?/) != nil { return false }
        return "=+-@\t\r".unicodeScalars.contains(first)
    }

    /// Runs dsr with its own environment (the test's DSR_ACTOR and DSR_TODAY replaced or removed).
    static func run(_ dsr: DSRBinary, _ arguments: [String], environment extra: [String: String]) throws
        -> RawProcess.Result
    {
        var environment = ProcessInfo.processInfo.environment
        environment["DSR_DATABASE"] = dsr.database
        environment["DSR_TODAY"] = "2026-11-21"
        for (key, value) in extra { environment[key] = value }
        return try RawProcess.run(
            DSRBinary.executable.path, arguments: arguments.map { Array($0.utf8) },
            environment: environment)
    }

    // MARK: Spreadsheet formula injection

    @Test func everyCSVNeutralisesFormulasAndTheExportImportsBackLosslessly() throws {
        // Given requests whose name, telephone number and note a spreadsheet would run, recorded by such an actor
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        for (index, name) in Self.formulas.enumerated() {
            let result = try dsr.run([
                "register", "access", "--name=" + name, "--phone", "+358 40 123 456\(index)",
                "--note", "=1+1", "--received", "2026-11-0\(index + 1)",
                "--actor", "=cmd|' /C calc'!A0",
            ])
            #expect(result.status == 0, "\(result.stderr)")
        }

        for excel in [false, true] {
            // When the requests are exported as CSV
            let export = try dsr.run(["export"] + (excel ? ["--excel"] : []))
            #expect(export.status == 0)

            // Then no cell starts with a formula character; each such text has one quote in front
            let cells = try Self.cells(export.stdout)
            #expect(!cells.contains(where: Self.isFormula), "\(cells)")
            for name in Self.formulas { #expect(cells.contains("'" + name)) }
            #expect(cells.contains("'+358 40 123 4560") && cells.contains("'=1+1"))

            // And importing the export into an empty register gives back the same texts and the same export
            let copy = try DSRBinary()
            defer { copy.remove() }
            let file = try ImportExportTests.write(export.stdout, named: "export.csv", in: copy)
            let imported = try copy.run(["import", file])
            #expect(imported.status == 0, "\(imported.stderr)")
            #expect(try copy.run(["export"] + (excel ? ["--excel"] : [])).stdout == export.stdout)
            let shown = try copy.run(["show", "2026-0001"]).stdout
            #expect(shown.contains("Name:      =HYPERLINK(\"http://x\",\"click\")"), "\(shown)")
            #expect(shown.contains("Phone:     +358 40 123 4560") || shown.contains("+358 40 123 4560"))
            #expect(try copy.run(["show", "2026-0005"]).stdout.contains("Name:      'Lainaus Nimi"))
        }

        // And the audit trail, the lists and the report are neutralised too
        for arguments in [
            ["audit", "export", "--format", "csv"], ["list", "--format", "csv", "--as-of", "2026-12-31"],
            ["due", "--format", "csv", "--as-of", "2026-12-31"], ["report", "--format", "csv"],
        ] {
            let result = try dsr.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            let cells = try Self.cells(result.stdout)
            #expect(!cells.contains(where: Self.isFormula), "\(arguments): \(cells)")
        }
        #expect(try Self.cells(dsr.run(["audit", "export", "--format", "csv"]).stdout).contains("'=cmd|' /C calc'!A0"))
        #expect(try Self.cells(dsr.run(["list", "--format", "csv", "--as-of", "2026-12-31"]).stdout).contains("-30"))
    }

    // MARK: Personal data in the parser's messages

    @Test func theParsersMessagesNameTheOptionButNotTheValue() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let cases: [(arguments: [String], says: String, hidden: String)] = [
            (
                ["register", "access", "--name", "Matti", "Meikäläinen"],
                "unexpected extra argument after --name (quote values that contain spaces)", "Meikäläinen"
            ),
            (
                ["register", "access", "--name", "Matti", "Meikäläinen", "010101-123X"],
                "unexpected extra arguments after --name", "010101-123X"
            ),
            (["show", "2026-0001", "Meikalainen"], "unexpected extra argument at position 3", "Meikalainen"),
            (["list", "--format", "Matti Meikäläinen 010101-123X"], "is not valid for --format", "Matti"),
            (["list", "--due-within", "Maija Meikäläinen"], "is not valid for --due-within", "Meikäläinen"),
            (["import", "--dry-run=Meikalainen", "x.csv"], "--dry-run takes no value", "Meikalainen"),
            (["list", "--Meikäläinen"], "unknown option", "Meikäläinen"),
        ]
        for (arguments, says, hidden) in cases {
            let result = try dsr.run(arguments)
            #expect(result.status == 64, "\(arguments): \(result.stderr)")
            #expect(result.stderr.hasPrefix("Error: "), "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(says), "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains(hidden), "\(arguments): \(result.stderr)")
        }
        // What cannot be personal data is still repeated, to help
        #expect(try dsr.run(["list", "--format", "xml"]).stderr.contains("the value 'xml' is not valid for --format"))
        #expect(try dsr.run(["bogus-command"]).stderr.contains("unknown command 'bogus-command'"))
        #expect(try dsr.run(["list", "--bogus"]).stderr.contains("unknown option '--bogus'"))
        // Help and version are untouched
        #expect(try dsr.run(["--version"]).status == 0)
        #expect(try dsr.run(["register", "--help"]).stdout.contains("USAGE"))
    }

    // MARK: Control characters

    @Test func theActorIsOneToAHundredPrintableCharacters() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let refused: [(actor: String, says: String)] = [
            ("\u{1B}[31mred\u{1B}[0m", "--actor contains control characters"),
            // The longest single argument Linux passes (MAX_ARG_STRLEN, 131,072 bytes with the terminating zero)
            (String(repeating: "a", count: 131_071), "--actor is longer than 100 characters"),
            ("", "--actor must not be empty"), ("  ", "--actor must not be empty"),
            ("Maija\u{202E}NEM", "--actor contains control characters"),
        ]
        for (actor, says) in refused {
            let result = try dsr.run([
                "register", "access", "--name", "X", "--received", "2026-11-20", "--actor", actor,
            ])
            #expect(result.status == 65, "\(result.stderr)")
            #expect(result.stderr.contains(says), "\(result.stderr)")
            #expect(!result.stderr.contains("\u{1B}") && result.stderr.count < 400)
        }
        let fromEnvironment = try Self.run(
            dsr, ["register", "access", "--name", "X", "--received", "2026-11-20"],
            environment: ["DSR_ACTOR": "officer\u{7}"])
        #expect(fromEnvironment.status == 65)
        #expect(fromEnvironment.stderrText.contains("DSR_ACTOR contains control characters"))
        // Nothing was registered: the refused commands did not even create the register.
        #expect(!FileManager.default.fileExists(atPath: dsr.database))

        let longest = String(repeating: "ä", count: 100)
        #expect(
            try dsr.run(["register", "access", "--name", "X", "--received", "2026-11-20", "--actor", longest]).status
                == 0)
        #expect(try dsr.run(["show", "2026-0001"]).stdout.contains("by " + longest))
    }

    @Test func showEscapesControlCharactersOfStoredTexts() throws {
        // Given a note with a carriage return, a tab and a right-to-left override (multi-line texts may hold them)
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let note = "eka\rtoka\u{202E}kolmas\tneljäs\nviides"
        #expect(
            try dsr.run(["register", "access", "--name", "X", "--received", "2026-11-20", "--note", note]).status == 0)

        // When it is shown
        let shown = try dsr.run(["show", "2026-0001"]).stdout

        // Then the characters that act on a terminal are written out; the line break stays
        #expect(shown.contains("eka\\rtoka\\u{202E}kolmas\\tneljäs\nviides"), "\(shown)")
        #expect(!shown.contains("\r") && !shown.contains("\u{202E}") && !shown.contains("\t"))
        // And the data itself is kept as it was
        #expect(
            try dsr.run(["export", "--format", "jsonl"]).stdout.contains("eka\\rtoka\u{202E}kolmas\\tneljäs\\nviides"))
    }

    @Test func importIssuesEscapeWhatTheFileNames() throws {
        // Given a JSON line whose unknown key holds a right-to-left override (text, so the file is read)
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let file = try ImportExportTests.write(
            "{\"kind\":\"access\",\"colo\u{202E}ur\":\"x\"}\n", named: "k.jsonl", in: dsr)

        // When it is imported
        let result = try dsr.run(["import", file])

        // Then the issue names the key with the override written out
        #expect(result.status == 65)
        #expect(result.stderr.contains("column colo\\u{202E}ur: unknown column"), "\(result.stderr)")
        #expect(!result.stderr.contains("\u{202E}"))
    }

    // MARK: Dates and case numbers

    @Test func yearsOutsideNineteenNinetyToTwentyTwoHundredAreRefusedWithAClearMessage() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        for (arguments, today) in [
            (["deadline", "--received", "2201-01-01"], "2026-11-21"),
            (["list", "--as-of", "1989-12-31"], "2026-11-21"),
            (["register", "access", "--name", "X"], "9999-12-20"), (["list"], "9999-12-20"),
        ] {
            let result = try dsr.run(arguments, today: today)
            #expect(result.status == 65, "\(arguments) \(today): \(result.stderr)")
            #expect(result.stderr.contains("dsr accepts dates from 1990 to 2200"), "\(result.stderr)")
        }
        // The last accepted day works end to end: its deadline falls in 2201 and the list reads it back
        let registered = try dsr.run(
            ["register", "access", "--name", "X", "--received", "2200-12-31"], today: "2200-12-31")
        #expect(registered.status == 0, "\(registered.stderr)")
        #expect(try dsr.run(["extend", "2200-0001", "--reason", "R"], today: "2200-12-31").status == 0)
        let listed = try dsr.run(["list", "--format", "csv"], today: "2200-12-31")
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("2200-0001,access,") && listed.stdout.contains(",2201-"))
        #expect(
            try dsr.run(["deadline", "--received", "2200-12-31", "--extended", "--paused-days", "3650"]).status == 0)
    }

    @Test func aWellFormedCaseNumberThatDoesNotExistIsNotFound() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        #expect(try dsr.run(["init"]).status == 0)
        let old = try dsr.run(["show", "1999-9999"])
        #expect(old.status == 66, "\(old.stderr)")
        #expect(old.stderr == "Error: no request has case number 1999-9999.\n" || old.stderr.contains("1999-9999"))
        #expect(!old.stderr.contains("use one of"))
        let malformed = try dsr.run(["show", "1999-99x9"])
        #expect(malformed.status == 65)
        #expect(malformed.stderr.contains("YYYY-NNNN"))
    }

    // MARK: Bounded import

    @Test func aRecordLongerThanOneMebibyteIsRefusedWithItsLine() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let long = String(repeating: "a", count: 3 << 20)
        let files = [
            ("line.csv", "kind,received,name\naccess,2026-11-01,A\naccess,2026-11-01," + long + "\n", 3),
            (
                "quoted.csv",
                "kind,received,name\naccess,2026-11-01,\"" + String(repeating: "b\n", count: 600_000) + "\"\n", 2
            ),
            ("header.csv", long, 1),
            (
                "line.jsonl",
                "{\"kind\":\"access\",\"received\":\"2026-11-01\",\"name\":\"A\"}\n{\"name\":\"" + long + "\"}\n", 2
            ),
        ]
        for (name, text, line) in files {
            let result = try dsr.run(["import", try ImportExportTests.write(text, named: name, in: dsr)])
            #expect(result.status == 65, "\(name): \(result.stderr)")
            #expect(
                result.stderr.contains("line \(line): the record that starts here is longer than 1 MiB"),
                "\(name): \(result.stderr)")
        }
        // Nothing was registered: the refused commands did not even create the register.
        #expect(!FileManager.default.fileExists(atPath: dsr.database))
    }

    @Test func aFileThatIsNotTextIsRefusedWithTheByteOffset() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let zeros = try dsr.run(["import", "/dev/zero"])
        #expect(zeros.status == 65)
        #expect(zeros.stderr.contains("the file is not text: byte offset 0 holds a NUL byte"), "\(zeros.stderr)")

        let start = "kind,received,name\naccess,2026-11-01,Ma"
        for (bad, scalar) in [("\u{1B}", "U+001B"), ("\u{85}", "U+0085"), ("\u{7F}", "U+007F"), ("\u{0C}", "U+000C")] {
            let file = try ImportExportTests.write(start + bad + "ija\n", named: "bad.csv", in: dsr)
            let result = try dsr.run(["import", file])
            #expect(result.status == 65)
            #expect(
                result.stderr.contains("byte offset \(start.utf8.count) holds the control character \(scalar)"),
                "\(result.stderr)")
        }
        let utf16 = dsr.folder.appendingPathComponent("utf16.csv")
        try "kind,received,name\n".data(using: .utf16LittleEndian)?.write(to: utf16)
        #expect(try dsr.run(["import", utf16.path]).status == 65)
        // Tabs, carriage returns and line feeds are text
        let fine = try ImportExportTests.write(
            "kind,received,name,note\r\naccess,2026-11-01,A,\"x\ty\r\nz\"\r\n",
            named: "fine.csv", in: dsr)
        let imported = try dsr.run(["import", fine])
        #expect(imported.status == 0, "\(imported.stderr)")
    }
}
