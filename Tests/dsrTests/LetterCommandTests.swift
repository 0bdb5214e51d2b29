import Foundation
import Testing

/// `dsr letter`: formats, issuing, reproducing and verifying letters through the built binary.
@Suite("dsr letter")
struct LetterCommandTests {
    /// A register with a controller and a refused access request, 2026-0001.
    private func refused() throws -> DSRBinary {
        let dsr = try DSRBinary()
        try dsr.run([
            "controller", "set", "--name", "Esimerkki Oy", "--business-id", "2747637-5", "--contact", "Sasu Mikkola",
        ])
        try dsr.run([
            "register", "access", "--name", "Matti Meikäläinen", "--address", "Kotikatu 1, 00100 Helsinki",
            "--received", "2026-10-05",
        ])
        try dsr.run([
            "refuse", "2026-0001", "--ground", "art12-5-excessive", "--reason", "Neljäs pyyntö.", "--on", "2026-11-21",
        ])
        return dsr
    }

    @Test func everyFormatIsWrittenAndTheStateChoosesTheLetter() throws {
        let dsr = try refused()
        defer { dsr.remove() }
        let markdown = try dsr.run(["letter", "2026-0001", "--format", "markdown"])
        #expect(markdown.status == 0)
        #expect(markdown.stdout.contains("\n# KIRJALLINEN TODISTUS PYYNNÖN EPÄÄMISESTÄ\n"))
        let html = try dsr.run(["letter", "2026-0001", "refusal", "--format", "html"])
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
        let pdf = dsr.folder.appendingPathComponent("letter.pdf")
        let written = try dsr.run(["letter", "2026-0001", "refusal", "--format", "pdf", "--output", pdf.path])
        #expect(written.status == 0 && written.stdout.isEmpty)
        #expect(try Data(contentsOf: pdf).starts(with: Array("%PDF-1.7".utf8)))
        #expect(try dsr.run(["letter", "2026-0001", "--format", "odt"]).status == 64)
        #expect(try dsr.run(["letter", "types"]).stdout.contains("extension-notice"))
    }

    @Test func aNameOutsideWesternEuropeanLettersPrintsInThePDF() throws {
        // Given a refused request from Jiří Dvořák (ř was outside the PDF's fonts before they were embedded)
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        try dsr.run([
            "controller", "set", "--name", "Esimerkki Oy", "--business-id", "2747637-5", "--contact", "Łukasz Żółć",
        ])
        try dsr.run([
            "register", "access", "--name", "Jiří Dvořák", "--address", "Kotikatu 1, 00100 Helsinki",
            "--received", "2026-10-05",
        ])
        try dsr.run([
            "refuse", "2026-0001", "--ground", "art12-5-excessive", "--reason", "Neljäs pyyntö.", "--on", "2026-11-21",
        ])
        // When the refusal is written as PDF, then it is written, with its fonts embedded
        let pdf = dsr.folder.appendingPathComponent("letter.pdf")
        let written = try dsr.run(["letter", "2026-0001", "refusal", "--format", "pdf", "--output", pdf.path])
        #expect(written.status == 0, "\(written.stderr)")
        let bytes = String(decoding: try Data(contentsOf: pdf), as: UTF8.self)
        #expect(
            bytes.contains("/Subtype /CIDFontType2 ") && bytes.contains("/FontFile2 ") && bytes.contains("/ToUnicode "))
    }

    @Test func anIssuedLetterVerifiesAndAChangedCopyDoesNot() throws {
        // Given a refusal certificate issued as PDF and as text
        let dsr = try refused()
        defer { dsr.remove() }
        let pdf = dsr.folder.appendingPathComponent("issued.pdf")
        let text = dsr.folder.appendingPathComponent("issued.txt")
        let issued = try dsr.run(["letter", "2026-0001", "refusal", "--issue", "--format", "pdf", "--output", pdf.path])
        #expect(issued.status == 0)
        #expect(issued.stderr.contains("Issued letter 2026-0001/L1"))
        let again = try dsr.run(["letter", "2026-0001", "refusal", "--issue", "--output", text.path])
        #expect(again.stderr.contains("already issued"))
        #expect(try String(contentsOf: text, encoding: .utf8).contains("Kirjenumero 2026-0001/L1 · Tarkiste "))

        // When the files are verified, they match; a changed copy does not (exit 1)
        let verified = try dsr.run(["letter", "verify", pdf.path])
        #expect(verified.status == 0)
        #expect(verified.stdout.contains("matches letter 2026-0001/L1 (refusal, fi, dated 21.11.2026)"))
        #expect(try dsr.run(["letter", "verify", text.path]).status == 0)
        let changed = dsr.folder.appendingPathComponent("changed.txt")
        try (try String(contentsOf: text, encoding: .utf8)).replacingOccurrences(of: "Neljäs", with: "Viides")
            .write(to: changed, atomically: true, encoding: .utf8)
        let mismatch = try dsr.run(["letter", "verify", changed.path])
        #expect(mismatch.status == 1)
        #expect(mismatch.stdout.contains("does NOT match: it names letter 2026-0001/L1"))
        #expect(!mismatch.stdout.contains("Matti"))

        // And the issued letter is listed and reproduced byte for byte
        #expect(try dsr.run(["letter", "issued", "2026-0001"]).stdout.contains("2026-0001/L1  refusal  fi"))
        let copy = dsr.folder.appendingPathComponent("copy.pdf")
        #expect(try dsr.run(["letter", "show-issued", "2026-0001/L1", "--output", copy.path]).status == 0)
        #expect(try Data(contentsOf: copy) == Data(contentsOf: pdf))
        #expect(try dsr.run(["letter", "show-issued", "2026-0001/L2"]).status == 66)
    }
}
