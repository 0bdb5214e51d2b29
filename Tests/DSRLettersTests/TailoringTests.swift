import DSRCore
import Foundation
import Testing

@testable import DSRLetters

/// The handler's additions to a letter: paragraphs and enclosures after the body, before the signature, and the
/// signer from `--signed-by` or the profile.
struct TailoringTests {
    /// The tailoring the tests add, in the letter's language.
    static func tailoring(_ language: Language) -> LetterTailoring {
        let texts: (String, String, String, String, String) =
            switch language {
            case .fi:
                (
                    "Pahoittelemme, että vastauksemme viivästyi.",
                    "Lisätietoja antaa Liisa Lakimies, puh. 040 765 4321.",
                    "Päätös 12.3.2026", "Tilausvahvistus", "tietosuojavastaava"
                )
            case .sv:
                (
                    "Vi beklagar att vårt svar dröjde.", "Närmare upplysningar ger Liisa Lakimies, tfn 040 765 4321.",
                    "Beslut 12.3.2026", "Orderbekräftelse", "dataskyddsansvarig"
                )
            case .en:
                (
                    "We apologise for the delay in our answer.",
                    "Liisa Lakimies, tel. +358 40 765 4321, can tell you more.",
                    "Decision of 12 March 2026", "Order confirmation", "Data Protection Officer"
                )
            }
        return LetterTailoring(
            paragraphs: [texts.0, texts.1], enclosures: [texts.2, texts.3],
            signer: LetterTailoring.Signer(name: "Liisa Lakimies", title: texts.4))
    }

    /// A letter with the tailoring.
    static func letter(
        _ type: LetterType, _ language: Language, format: LetterFormat = .text,
        tailoring: LetterTailoring? = nil, profile: ControllerProfile = LetterFixtures.fullController
    ) throws -> String {
        let record =
            type == .refusal
            ? try LetterFixtures.wholeRefusal(language) : try LetterFixtures.record(for: type, language: language)
        return String(
            decoding: try LetterRenderer().renderFile(
                type, for: record, controller: profile, language: language,
                date: try LetterFixtures.letterDate(for: type), format: format,
                tailoring: tailoring ?? Self.tailoring(language)),
            as: UTF8.self)
    }

    @Test(arguments: LetterType.allCases)
    func paragraphsAndEnclosuresComeAfterTheBodyAndBeforeTheClosing(type: LetterType) throws {
        let plain = try Self.letter(type, .fi, tailoring: LetterTailoring())
        let text = try Self.letter(type, .fi)
        let closing = try #require(text.range(of: "\n\nYstävällisin terveisin\n"))
        let before = text[..<closing.lowerBound]
        let plainBody = try #require(plain.range(of: "\n\nYstävällisin terveisin\n"))
        // The access response lists its copy of the data itself; the handler's enclosures continue that one list,
        // which comes after the handler's paragraphs.
        let copyLines =
            type == .accessResponse
            ? ["1. asiakastiedot-2026-0015.pdf: jäljennös käsiteltävistä henkilötiedoistanne (15 artiklan 3 kohta)"]
            : []
        let plainList = copyLines.isEmpty ? "" : "\n\nLiitteet\n" + copyLines.joined(separator: "\n")
        let plainText = String(plain[..<plainBody.lowerBound])
        #expect(plainText.hasSuffix(plainList))
        let body = String(plainText.dropLast(plainList.count))
        #expect(before.hasPrefix(body))
        let added = before.dropFirst(body.count)
        let first = copyLines.count + 1
        let list = copyLines + ["\(first). Päätös 12.3.2026", "\(first + 1). Tilausvahvistus"]
        #expect(
            String(added)
                == "\n\nPahoittelemme, että vastauksemme viivästyi.\n\nLisätietoja antaa Liisa Lakimies, puh. 040 765 4321."
                + "\n\nLiitteet\n" + list.joined(separator: "\n")
        )
        // The signature names the signer; the profile's contact person's details are not theirs, so they are left out.
        #expect(text.hasSuffix("Ystävällisin terveisin\n\nLiisa Lakimies\ntietosuojavastaava\nEsimerkki Oy\n"))
    }

    @Test func theHTMLFormSetsTheEnclosuresAsASectionWithAList() throws {
        let page = try Self.letter(.refusal, .en, format: .html)
        #expect(page.contains("<p>We apologise for the delay in our answer.</p>"))
        #expect(
            page.contains(
                "<h2>Enclosures</h2>\n<ol>\n<li>Decision of 12 March 2026</li>\n<li>Order confirmation</li>\n</ol>"))
        let markdown = try Self.letter(.refusal, .sv, format: .markdown)
        #expect(markdown.contains("## Bilagor\n"))
    }

    @Test func theProfileSignsWithItsContactPersonAndTitle() throws {
        var profile = LetterFixtures.fullController
        profile.signerTitle = "Data Protection Officer"
        let text = try Self.letter(.acknowledgement, .en, tailoring: LetterTailoring(), profile: profile)
        #expect(text.contains("Yours sincerely\n\nMaija Virtanen\nData Protection Officer\nEsimerkki Oy\n"))
        let untitled = try Self.letter(.acknowledgement, .en, tailoring: LetterTailoring())
        #expect(untitled.contains("Yours sincerely\n\nMaija Virtanen\nEsimerkki Oy\n"))
    }

    @Test func theSignerIsReadAsNameCommaTitle() throws {
        #expect(
            try LetterTailoring.Signer(parsing: "Liisa Lakimies, lakimies, tietosuoja", field: "signer")
                == LetterTailoring.Signer(name: "Liisa Lakimies", title: "lakimies, tietosuoja"))
        #expect(try LetterTailoring.Signer(parsing: " Liisa Lakimies ", field: "signer").title == nil)
        #expect(try LetterTailoring.Signer(parsing: "Liisa Lakimies, ", field: "signer").title == nil)
        #expect(throws: InputError.empty(field: "signer")) {
            try LetterTailoring.Signer(parsing: " , Title", field: "signer")
        }
    }

    @Test func emptyOrMultiLineAdditionsAreRefused() throws {
        #expect(throws: InputError.empty(field: LetterTailoring.Field.paragraph)) {
            try LetterTailoring(paragraphs: ["  "]).checked()
        }
        #expect(throws: InputError.empty(field: LetterTailoring.Field.enclosure)) {
            try LetterTailoring(enclosures: [""]).checked()
        }
        #expect(throws: InputError.self) { try LetterTailoring(enclosures: ["a\nb"]).checked() }
        #expect(try LetterTailoring(paragraphs: [" Text. "]).checked().paragraphs == ["Text."])
    }

    @Test(arguments: Language.allCases)
    func snapshotsOfTailoredLetters(language: Language) throws {
        Snapshot.expect(try Self.letter(.refusal, language), matches: "tailoring/refusal.\(language.rawValue)")
        Snapshot.expect(
            try Self.letter(.accessResponse, language), matches: "tailoring/access-response.\(language.rawValue)")
    }
}
