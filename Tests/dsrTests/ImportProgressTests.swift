import Foundation
import Testing

/// `dsr import` shows its progress (rows read, their rate, the time left) on a terminal, and nothing of it when its
/// output goes to a pipe or a file.
struct ImportProgressTests {
    /// A CSV of `count` requests: more than one progress interval (2,000 rows) of them.
    static func file(of count: Int, in dsr: DSRBinary) throws -> String {
        var text = "kind,received,name\n"
        for index in 1...count {
            text += "access,2026-0\(1 + index % 9)-1\(index % 9),Person \(index)\n"
        }
        return try ImportExportTests.write(text, named: "requests.csv", in: dsr)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func anImportShowsRowsRateAndTimeLeftOnATerminal() throws {
        // Given a file of 4,500 requests
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let file = try Self.file(of: 4_500, in: dsr)

        // When it is imported on a terminal (util-linux script runs dsr on a pseudo-terminal and copies what it
        // shows to its own output)
        let command = "'\(DSRBinary.executable.path)' import '\(file)'"
        let shown = try dsr.run(
            ["--quiet", "--return", "--command", command, "/dev/null"],
            executable: URL(fileURLWithPath: "/usr/bin/script"))

        // Then the progress line shows the rows read, their rate and the time left, and is rewritten in place
        #expect(shown.status == 0, "\(shown.stdout)")
        let line = try #require(
            shown.stdout.components(separatedBy: "\r\u{1B}[K").first { $0.contains("rows read") }, "\(shown.stdout)")
        #expect(line.wholeMatch(of: /\d+ rows read, \d+ rows\/s, about .+ left: \d+ to import, .*/) != nil, "\(line)")
        #expect(shown.stdout.contains("Imported 4500 requests"), "\(shown.stdout)")
    }

    @Test func anImportShowsNoProgressWhenItsOutputIsPiped() throws {
        // Given the same file
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let file = try Self.file(of: 4_500, in: dsr)

        // When it is imported with standard output and standard error piped
        let piped = try dsr.run(["import", file])

        // Then nothing but the summary and the notes on the new register is printed
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stdout.hasPrefix("Imported 4500 requests"), "\(piped.stdout)")
        #expect(!piped.stderr.contains("rows read"))
        #expect(!piped.stderr.contains("\u{1B}"))
        #expect(piped.stderr.split(separator: "\n").allSatisfy { $0.hasPrefix("Note: ") }, "\(piped.stderr)")
    }
}
