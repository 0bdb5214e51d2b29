import Foundation
import Testing

/// `dsr letter CASE TYPE --issue --output FILE`: the letter is recorded as issued only when its file was written;
/// a letter that could not be written, or a commit that failed, records nothing and leaves no file.
@Suite("dsr letter --issue --output")
struct LetterIssueOutputTests {
    /// A register with a refused access request, 2026-0001, and no letter issued yet.
    private func refused() throws -> DSRBinary {
        let dsr = try DSRBinary()
        try dsr.run(["controller", "set", "--name", "Esimerkki Oy", "--business-id", "2747637-5"])
        try dsr.run(["register", "access", "--name", "Matti Meikäläinen", "--received", "2026-10-05"])
        try dsr.run([
            "refuse", "2026-0001", "--ground", "art12-5-excessive", "--reason", "Neljäs pyyntö.", "--on", "2026-11-21",
        ])
        return dsr
    }

    /// The register's events, as `dsr audit export` lists them.
    private func events(_ dsr: DSRBinary) throws -> Int {
        try dsr.run(["audit", "export"]).stdout.split(separator: "\n").count
    }

    @Test(arguments: ["/no-such-folder/letter.pdf", "EXISTING", "FOLDER", "DATABASE"])
    func aLetterThatCannotBeWrittenIsNotRecorded(_ target: String) throws {
        // Given a refused request and a path the letter cannot be written to
        let dsr = try refused()
        defer { dsr.remove() }
        let existing = dsr.folder.appendingPathComponent("existing.pdf").path
        try Data("earlier\n".utf8).write(to: URL(fileURLWithPath: existing))
        let path =
            switch target {
            case "EXISTING": existing
            case "FOLDER": dsr.folder.path
            case "DATABASE": dsr.database
            default: target
            }
        let eventsBefore = try events(dsr)

        // When the refusal certificate is issued to it
        let result = try dsr.run(["letter", "2026-0001", "refusal", "--issue", "--format", "pdf", "--output", path])

        // Then the command fails with 73, and no letter and no event were recorded
        #expect(result.status == 73, "\(result.stderr)")
        #expect(!result.stderr.contains("Issued letter"))
        #expect(try dsr.run(["letter", "issued", "2026-0001"]).stdout.contains("No letters have been issued"))
        #expect(try events(dsr) == eventsBefore)
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "earlier\n")
    }

    @Test func aCommitThatFailsLeavesNoFile() throws {
        // Given a register that refuses to store letters (a trigger stands in for a failing commit)
        let dsr = try refused()
        defer { dsr.remove() }
        try SQLiteTool.run(
            dsr.database,
            "CREATE TRIGGER refuseLetters BEFORE INSERT ON letter "
                + "BEGIN SELECT RAISE(ABORT, 'no letters'); END;")
        let before = try Set(FileManager.default.contentsOfDirectory(atPath: dsr.folder.path))
        let path = dsr.folder.appendingPathComponent("letter.txt").path

        // When a letter is issued to a file
        let result = try dsr.run(["letter", "2026-0001", "refusal", "--issue", "--output", path])

        // Then it fails, and neither the file nor its temporary file is left
        #expect(result.status == 74, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: path))
        let after = try Set(FileManager.default.contentsOfDirectory(atPath: dsr.folder.path))
        #expect(after.subtracting(before).isEmpty, "left behind: \(after.subtracting(before))")
    }

    @Test func anIssuedLetterIsInPlaceAndRecorded() throws {
        let dsr = try refused()
        defer { dsr.remove() }
        let path = dsr.folder.appendingPathComponent("letter.pdf").path
        let result = try dsr.run(["letter", "2026-0001", "refusal", "--issue", "--format", "pdf", "--output", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("Issued letter 2026-0001/L1"))
        #expect(try permissions(path) == 0o600)
        let copy = dsr.folder.appendingPathComponent("copy.pdf").path
        #expect(try dsr.run(["letter", "show-issued", "2026-0001/L1", "--output", copy]).status == 0)
        #expect(FileManager.default.contents(atPath: copy) == FileManager.default.contents(atPath: path))
        #expect(try dsr.run(["letter", "verify", path]).status == 0)
    }
}
