import Foundation
import Testing

/// `dsr letter` tailored: the handler's paragraphs, enclosures and signer, the controller's own templates, the
/// notice's texts in the letter's language, and the acknowledgement's dates, through the built binary.
@Suite("dsr letter tailoring")
struct LetterTailoringCommandTests {
    /// A register with a controller and a refused access request, 2026-0001.
    private func refused() throws -> DSRBinary {
        let dsr = try DSRBinary()
        try dsr.run([
            "controller", "set", "--name", "Esimerkki Oy", "--business-id", "2747637-5", "--contact", "Sasu Mikkola",
            "--signer-title", "tietosuojavastaava",
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

    @Test func paragraphsEnclosuresAndTheSignerComeBeforeTheClosing() throws {
        let dsr = try refused()
        defer { dsr.remove() }
        let plain = try dsr.run(["letter", "2026-0001", "refusal"])
        #expect(plain.stdout.contains("Ystävällisin terveisin\n\nSasu Mikkola\ntietosuojavastaava\nEsimerkki Oy\n"))
        let tailored = try dsr.run([
            "letter", "2026-0001", "refusal", "--paragraph", "Pahoittelemme viivästystä.", "--enclosure",
            "Päätös 12.3.2026", "--enclosure", "Kuitti", "--signed-by", "Liisa Lakimies, lakimies",
        ])
        #expect(tailored.status == 0, "\(tailored.stderr)")
        #expect(
            tailored.stdout.contains(
                "\n\nPahoittelemme viivästystä.\n\nLiitteet\n1. Päätös 12.3.2026\n2. Kuitti\n\nYstävällisin terveisin\n\n"
                    + "Liisa Lakimies\nlakimies\nEsimerkki Oy\n"))
        let html = try dsr.run(["letter", "2026-0001", "refusal", "--format", "html", "--enclosure", "Kuitti"])
        #expect(html.stdout.contains("<h2>Liitteet</h2>\n<ol>\n<li>Kuitti</li>"))
        let empty = try dsr.run(["letter", "2026-0001", "refusal", "--paragraph", " "])
        #expect(empty.status == 65)
        #expect(try dsr.run(["letter", "2026-0001", "refusal", "--signed-by", ", lakimies"]).status == 65)
    }

    @Test func aControllersTemplateIsUsedAndAMisspeltNameIsRefused() throws {
        let dsr = try refused()
        defer { dsr.remove() }
        let folder = dsr.folder.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("refusal.fi.mustache")
        try "{{%CONTENT_TYPE: TEXT}}\nPÄÄTÖS\n\nPerustelut\n{{#refusal}}{{reason}}{{/refusal}}\n"
            .write(to: file, atomically: true, encoding: .utf8)
        try "not a template".write(
            to: folder.appendingPathComponent("README.txt"), atomically: true, encoding: .utf8)
        let used = try dsr.run(["letter", "2026-0001", "refusal", "--templates", folder.path])
        #expect(used.status == 0, "\(used.stderr)")
        #expect(used.stdout.contains("\nPÄÄTÖS\n\nPerustelut\nNeljäs pyyntö.\n\nYstävällisin terveisin"))
        let html = try dsr.run(["letter", "2026-0001", "refusal", "--templates", folder.path, "--format", "html"])
        #expect(html.stdout.contains("<h1>PÄÄTÖS</h1>") && html.stdout.contains("<h2>Perustelut</h2>"))

        try "{{%CONTENT_TYPE: TEXT}}\nPÄÄTÖS\n\n{{#refusal}}\n{{reson}}\n{{/refusal}}\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let misspelt = try dsr.run(["letter", "2026-0001", "refusal", "--templates", folder.path])
        #expect(misspelt.status == 65)
        #expect(misspelt.stderr.contains("refusal.fi.mustache"))
        #expect(misspelt.stderr.contains("line 5: {{reson}}"))
        #expect(misspelt.stdout.isEmpty)
        let missing = try dsr.run([
            "letter", "2026-0001", "refusal", "--templates", folder.appendingPathComponent("none").path,
        ])
        #expect(missing.status == 66)
    }

    @Test func anEnglishAccessResponseWithFinnishNoticeTextsIsRefusedUnlessAllowedOrTranslated() throws {
        // Given the profile imported from a Finnish privacy notice and a completed access request
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let notice = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/notices/000_61210c77dfd498b8.txt")
        #expect(try dsr.run(["notice", "import", notice.path]).status == 0)
        try dsr.run([
            "register", "access", "--name", "Matti Meikäläinen", "--address", "Kotikatu 1, 00100 Helsinki",
            "--received", "2026-11-02", "--language", "en",
        ])
        try dsr.run(["complete", "2026-0001", "--on", "2026-11-20"])
        // (the notice says nothing of automated decisions, which an access response must state: the case records it)
        #expect(try dsr.run(["case", "set", "2026-0001", "--automated-decisions", "none"]).status == 0)
        #expect(try dsr.run(["letter", "2026-0001", "access-response", "--language", "fi"]).status == 0)

        // When the English letter is asked for, it is refused (exit 1), naming both texts and what to do
        let refused = try dsr.run(["letter", "2026-0001", "access-response"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("would print the privacy notice's purposes and data categories"))
        #expect(refused.stderr.contains("--purposes-en") && refused.stderr.contains("--allow-mixed-language"))
        #expect(refused.stdout.isEmpty)
        #expect(try dsr.run(["letter", "2026-0001", "access-response", "--issue"]).status == 1)
        #expect(try dsr.run(["letter", "issued", "2026-0001"]).stdout.contains("access-response") == false)

        // With --allow-mixed-language it is written, with a warning
        let allowed = try dsr.run(["letter", "2026-0001", "access-response", "--allow-mixed-language"])
        #expect(allowed.status == 0)
        #expect(allowed.stderr.contains("Warning: the letter prints the privacy notice's purposes and data categories"))

        // With English texts in the profile it is written in English, without a warning
        #expect(
            try dsr.run([
                "controller", "set", "--purposes-en", "Providing our social services.", "--categories-en",
                "Name and contact details", "--categories-en", "Service history",
            ]).status == 0)
        let translated = try dsr.run(["letter", "2026-0001", "access-response"])
        #expect(translated.status == 0, "\(translated.stderr)")
        #expect(translated.stdout.contains("Providing our social services."))
        #expect(translated.stdout.contains("- Name and contact details\n- Service history\n"))
        #expect(translated.stderr.isEmpty)
        #expect(try dsr.run(["controller", "set", "--notice-language", "de"]).status == 65)
    }

    @Test func theAcknowledgementPromisesChristmasEveAndStatesTheTarget() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        try dsr.run([
            "controller", "set", "--name", "Esimerkki Oy", "--business-id", "2747637-5", "--internal-target-days", "3",
        ])
        try dsr.run(
            ["register", "access", "--name", "Matti Meikäläinen", "--received", "2026-11-24"], today: "2026-11-25")
        let letter = try dsr.run(["letter", "2026-0001", "acknowledgement", "--language", "en"], today: "2026-11-25")
        #expect(letter.status == 0, "\(letter.stderr)")
        #expect(letter.stdout.contains("ends on 24 December 2026 (Christmas Eve) or,"))
        #expect(
            letter.stdout.contains(
                "on 28 December 2026. We will answer your request without undue delay and at the latest on 24 December 2026."
            ))
        #expect(letter.stdout.contains("We will send our answer by 21 December 2026."))
    }
}
