import DSRCore
import DSRLetters
import Foundation
import Testing

/// Names and reasons are printed exactly as recorded: never interpreted as template syntax, never escaped in text.
struct HostileTextTests {
    static let rtlOverride = "\u{202E}"
    static let samples: [String] = [
        "{{x}} {{#refusal}}{{/refusal}} {{> common/signature.fi}} {{{caseNumber}}} {{%CONTENT_TYPE: HTML}}",
        "<script>alert('x')</script> & <b>bold</b> &amp;",
        "\"double\" 'single' ”finnish” «guillemets» `backtick`",
        "first line\nsecond line\n\nfourth line\r\nafter CRLF",
        "abc\(rtlOverride)fed \u{200F}rtl mark\u{200E} تجربة",
        String(repeating: "Pitkä teksti ", count: 770) + "loppu",
    ]

    @Test(arguments: Array(samples.indices))
    func hostileTextAppearsLiterally(index: Int) throws {
        // Given a refusal whose reason, grant, data-subject name and address hold hostile text
        let text = Self.samples[index]
        var record = try LetterFixtures.partialRefusal(.fi)
        record.subject.name = "Nimi " + text
        record.subject.address = "Osoite " + text
        record.refusal?.reason = "Syy " + text
        record.refusal?.granted = "Myönnetty " + text
        let controller = ControllerProfile(name: "Rekisterinpitäjä " + text, contactPerson: "Allekirjoittaja " + text)
        // When the certificate is written in each language
        for language in Language.allCases {
            let letter = try LetterRenderer().render(
                .refusal, for: record, controller: controller, language: language,
                date: LetterFixtures.letterDate())
            // Then every hostile value appears exactly once, unchanged, and the template around it is intact
            for value in ["Nimi ", "Osoite ", "Syy ", "Myönnetty ", "Allekirjoittaja "] {
                #expect(letter.components(separatedBy: value + text).count == 2, "\(value) in \(language)")
            }
            #expect(letter.contains("Rekisterinpitäjä " + text))
            #expect(!letter.contains("&lt;") && !letter.contains("&quot;") && !letter.contains("&#39;"))
            #expect(letter.contains("tietosuoja@om.fi"))
            #expect(letter.contains("2026-0002"))
        }
    }

    @Test func tenThousandCharacterReasonIsKeptWhole() throws {
        var record = try LetterFixtures.wholeRefusal(.en)
        let reason = String(repeating: "x", count: 9_999) + "!"
        record.refusal?.reason = reason
        let letter = try LetterRenderer().render(
            .refusal, for: record, controller: LetterFixtures.controller,
            language: .en, date: LetterFixtures.letterDate())
        #expect(reason.count == 10_000)
        #expect(letter.contains("Reasons\n" + reason + "\n\nRight to lodge a complaint"))
    }

    @Test(arguments: Array(samples.indices))
    func hostileTextInOtherLettersAppearsLiterally(index: Int) throws {
        let text = Self.samples[index]
        let renderer = try LetterRenderer()
        var rectification = try LetterFixtures.record(for: .rectificationNotice, language: .sv)
        rectification.details = "Tehty " + text
        rectification.recipientsNotified = ["Vastaanottaja " + text]
        var extended = try LetterFixtures.record(for: .extensionNotice, language: .en)
        extended.extensionReason = "Syy " + text
        var restricted = try LetterFixtures.record(for: .restrictionNotice, language: .fi)
        restricted.endCondition = "Ehto " + text
        var profile = LetterFixtures.fullController
        profile.purposes = "Tarkoitus " + text
        profile.dataCategories = ["Ryhmä " + text]
        var access = try LetterFixtures.record(for: .accessResponse, language: .fi)
        access.access?.recipients = "Vastaanottaja " + text
        access.access?.purposes = nil
        access.access?.categories = nil
        let letters: [(LetterType, RequestRecord, [String])] = [
            (.rectificationNotice, rectification, ["Tehty ", "- Vastaanottaja "]),
            (.extensionNotice, extended, ["Syy "]),
            (.restrictionNotice, restricted, ["Ehto "]),
            (.accessResponse, access, ["Tarkoitus ", "- Ryhmä ", "Vastaanottaja "]),
        ]
        for (type, record, prefixes) in letters {
            let letter = try renderer.render(
                type, for: record, controller: profile, language: record.language,
                date: LetterFixtures.letterDate(for: type))
            for prefix in prefixes {
                #expect(letter.components(separatedBy: prefix + text).count == 2, "\(type.rawValue): \(prefix)")
            }
            #expect(letter.hasSuffix("Esimerkki Oy\nmaija.virtanen@esimerkki.fi, 040 123 4567\n"))
        }
    }
}
