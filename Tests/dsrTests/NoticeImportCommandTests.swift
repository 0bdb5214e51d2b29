import Foundation
import Testing

/// `dsr notice import` never loses a good profile: an incomplete notice is not saved, a dry run saves nothing, and
/// settings no notice carries survive an import.
struct NoticeImportCommandTests {
    /// Writes a notice into the test's folder.
    func notice(_ text: String, in dsr: DSRBinary, name: String = "seloste.md") throws -> String {
        let url = dsr.folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func aNamelessNoticeIsNotSavedAndSaysWhichFlagHelps() throws {
        // Given a good profile, when a notice without a controller name is imported, then exit 65 names --name,
        // the JSON still lists what was read, and the profile is unchanged.
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        try dsr.run(["controller", "set", "--name", "Hyvä Oy", "--email", "tietosuoja@hyva.fi"])
        let file = try notice("# Tietosuoja\n\n## Säilytysaika\n\nKaksi vuotta.\n", in: dsr)
        let text = try dsr.run(["notice", "import", file])
        #expect(text.status == 65)
        #expect(text.stderr.contains("--name"))
        #expect(!text.stdout.contains("saved from"))
        let json = try dsr.run(["notice", "import", file, "--format", "json"])
        #expect(json.status == 65)
        #expect(json.stdout.contains("\"saved\" : false"))
        #expect(json.stdout.contains("\"missing-name\""))
        #expect(json.stdout.contains("Kaksi vuotta."))
        #expect(
            try dsr.run(["notice", "history"]).stdout.components(separatedBy: "\n").filter { !$0.isEmpty }.count == 1)
        #expect(try dsr.run(["controller", "show"]).stdout.contains("Name: Hyvä Oy"))
    }

    @Test func aDryRunSavesNothingAndAnImportKeepsTheInternalTarget() throws {
        // Given a profile with an internal target, when a notice is imported with --dry-run and then for real with
        // --keep phone, then the dry run saves nothing and the import keeps the target and the phone.
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        try dsr.run([
            "controller", "set", "--name", "Vanha Oy", "--phone", "09 123 4567", "--internal-target-days", "5",
        ])
        let file = try notice(
            "1. Rekisterinpitäjä\nUusi Oy\nY-tunnus: 5908301-5\ntietosuoja@uusi.fi\n\n2. Rekisterin nimi\nAsiakkaat\n",
            in: dsr, name: "seloste.txt")
        let dry = try dsr.run(["notice", "import", file, "--dry-run", "--format", "json"])
        #expect(dry.status == 0)
        #expect(dry.stdout.contains("\"change\" : \"changed\""))
        #expect(dry.stdout.contains("\"line\" : 2"))
        #expect(try dsr.run(["controller", "show"]).stdout.contains("Name: Vanha Oy"))
        let saved = try dsr.run(["notice", "import", file, "--keep", "phone"])
        #expect(saved.status == 0)
        let show = try dsr.run(["controller", "show"]).stdout
        #expect(show.contains("Name: Uusi Oy"))
        #expect(show.contains("Phone: 09 123 4567"))
        #expect(show.contains("5 working days"))
    }

    @Test func aNoticeWithoutAContactIsNotSavedAndTheTextShowsEachFieldAgainstTheProfile() throws {
        // Given a good profile, when a notice naming a controller but no e-mail, phone or address is imported, then
        // exit 65 names the --keep flags that supply a contact and nothing is saved; and a dry run of a complete
        // notice prints each field with its line, marked [changed] next to the current value.
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        try dsr.run(["controller", "set", "--name", "Vanha Oy", "--email", "tietosuoja@vanha.fi"])
        let contactless = try notice("1. Rekisterinpitäjä\nUusi Oy\n\n2. Rekisterin nimi\nAsiakkaat\n", in: dsr)
        let refused = try dsr.run(["notice", "import", contactless])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("no contact could be read"))
        #expect(refused.stderr.contains("--keep email"))
        #expect(try dsr.run(["controller", "show"]).stdout.contains("Name: Vanha Oy"))
        let complete = try notice("1. Rekisterinpitäjä\nUusi Oy\ntietosuoja@uusi.fi\n", in: dsr, name: "uusi.txt")
        let dry = try dsr.run(["notice", "import", complete, "--dry-run"])
        #expect(dry.status == 0)
        #expect(dry.stdout.contains("(line 2) [changed]"))
        #expect(dry.stdout.contains("was:\n    Vanha Oy"))
        #expect(dry.stdout.contains("Dry run: nothing was saved."))
        #expect(try dsr.run(["controller", "show"]).stdout.contains("Name: Vanha Oy"))
        // Settings no notice carries (the signer's title, per-language texts) survive the real import.
        try dsr.run(["controller", "set", "--signer-title", "Toimitusjohtaja", "--purposes-sv", "Kundrelationer"])
        #expect(try dsr.run(["notice", "import", complete]).status == 0)
        let profile = try dsr.run(["controller", "show", "--format", "json"]).stdout
        #expect(profile.contains("\"name\" : \"Uusi Oy\""))
        #expect(profile.contains("\"signerTitle\" : \"Toimitusjohtaja\""))
        #expect(profile.contains("\"purposesSv\" : \"Kundrelationer\""))
    }

    @Test func anUnknownKeepFieldIsAUsageError() throws {
        // Given --keep with a field no notice has, when run, then exit 64 lists the fields without echoing the value.
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let file = try notice("1. Rekisterinpitäjä\nUusi Oy\n", in: dsr, name: "s.txt")
        let result = try dsr.run(["notice", "import", file, "--keep", "Matti Meikäläinen"])
        #expect(result.status == 64)
        #expect(!result.stderr.contains("Meikäläinen"))
        #expect(result.stderr.contains("businessID"))
    }

    @Test func aPDFIsReadThroughPdftotextOrRefusedWithTheInstallHint() throws {
        // Given a PDF, when imported, then it is read through pdftotext when installed, else exit 65 says how to
        // install poppler-utils.
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let file = dsr.folder.appendingPathComponent("seloste.pdf")
        try Data("%PDF-1.4\n%garbage that is not a real PDF\n".utf8).write(to: file)
        let result = try dsr.run(["notice", "import", file.path, "--dry-run"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("poppler-utils") || result.stderr.contains("pdftotext could not read"))
    }
}
