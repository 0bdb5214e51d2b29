import DSRCore
import DSRLetters
import Testing

/// The refusal certificate (*kirjallinen todistus pyynnön epäämisestä*, GDPR Art. 12(4)) in each language.
struct RefusalLetterTests {
    let renderer: LetterRenderer

    init() throws {
        renderer = try LetterRenderer()
    }

    private func render(
        _ record: RequestRecord, _ language: Language,
        controller: ControllerProfile? = LetterFixtures.controller
    ) throws -> String {
        try renderer.render(
            .refusal, for: record, controller: controller, language: language,
            date: LetterFixtures.letterDate())
    }

    /// The Art. 12(4) content every refusal must carry, whatever the language.
    private func expectStatutoryContent(_ letter: String, _ record: RequestRecord, _ language: Language) throws {
        let authority = renderer.authority[language]
        #expect(letter.contains(record.caseNumber.description))
        #expect(letter.contains(language == .en ? "5 March 2026" : "5.3.2026"))
        #expect(letter.contains(language == .en ? "20 March 2026" : "20.3.2026"))
        #expect(letter.contains(record.kind.names[language]))
        #expect(letter.contains(record.kind.rightNames[language]))
        for code in try #require(record.refusal).grounds {
            let ground = try #require(RefusalGround.named(code))
            #expect(letter.contains(ground.reference[language]))
            #expect(letter.contains(ground.title[language]))
            #expect(letter.contains(ground.explanation[language]))
        }
        #expect(letter.contains(authority.name))
        #expect(letter.contains(authority.visitingAddress))
        #expect(letter.contains(authority.postalAddress))
        #expect(letter.contains("tietosuoja@om.fi"))
        #expect(letter.contains(language == .sv ? "Fågelviksgränden 4" : "Lintulahdenkuja 4"))
        let articles: [Language: [String]] = [
            .fi: ["77 artikla", "79 artikla", "hallinto-oikeuteen"],
            .sv: ["artikel 77", "artikel 79", "förvaltningsdomstolen"],
            .en: ["Article 77", "Article 79", "administrative court"],
        ]
        for phrase in articles[language] ?? [] { #expect(letter.contains(phrase)) }
        // Controller and data subject.
        #expect(letter.contains("Esimerkki Oy"))
        #expect(letter.contains("2747637-5"))
        #expect(letter.contains("Esimerkkikatu 1\n00100 Helsinki"))
        #expect(letter.contains("tietosuoja@esimerkki.fi"))
        #expect(letter.contains("Maija Virtanen"))
        #expect(letter.contains("Matti Meikäläinen\nKotikatu 2 A 3\n00200 Helsinki"))
        #expect(letter.hasSuffix("\n") && !letter.hasSuffix("\n\n"))
    }

    @Test(arguments: Language.allCases)
    func refusalWhole(language: Language) throws {
        // Given an access request refused in full as excessive
        let record = try LetterFixtures.wholeRefusal(language)
        // When the certificate is written
        let letter = try render(record, language)
        // Then it states the ground, the reason and the remedies, and matches the baseline
        try expectStatutoryContent(letter, record, language)
        #expect(letter.contains(try #require(record.refusal).reason))
        #expect(!letter.contains("34 §") && !letter.contains("section 34"), "no § 34 paragraph without a § 34 ground")
        Snapshot.expect(letter, matches: "refusalWhole.\(language.rawValue)")
    }

    @Test(arguments: Language.allCases)
    func refusalPartial(language: Language) throws {
        // Given an erasure request refused in part
        let record = try LetterFixtures.partialRefusal(language)
        // When the certificate is written
        let letter = try render(record, language)
        // Then it says what was granted as well as what was refused
        try expectStatutoryContent(letter, record, language)
        let refusal = try #require(record.refusal)
        #expect(letter.contains(try #require(refusal.granted)))
        #expect(letter.contains(refusal.reason))
        let partly: [Language: String] = [.fi: "evätään osittain", .sv: "avslås delvis", .en: "refused in part"]
        #expect(letter.contains(partly[language] ?? "?"))
        Snapshot.expect(letter, matches: "refusalPartial.\(language.rawValue)")
    }

    @Test(arguments: Language.allCases)
    func refusalRestrictedReasonsWithheld(language: Language) throws {
        // Given an access request restricted under Tietosuojalaki § 34 with the reasons withheld (§ 34(3))
        let record = try LetterFixtures.restrictedRefusal(language)
        // When the certificate is written
        let letter = try render(record, language)
        // Then the recorded reason stays out, the withholding is cited, and the § 34(4) route is offered
        try expectStatutoryContent(letter, record, language)
        #expect(!letter.contains("Rikosilmoitus"))
        let withheld: [Language: String] = [
            .fi: "tietosuojalain 34 §:n 3 momentti", .sv: "34 § 3 mom. dataskyddslagen", .en: "section 34(3)",
        ]
        let ombudsman: [Language: String] = [
            .fi: "tietosuojalain 34 §:n 4 momentti", .sv: "34 § 4 mom. dataskyddslagen", .en: "section 34(4)",
        ]
        #expect(letter.contains(withheld[language] ?? "?"))
        #expect(letter.contains(ombudsman[language] ?? "?"))
        Snapshot.expect(letter, matches: "refusalRestrictedReasonsWithheld.\(language.rawValue)")
    }

    /// GDPR Art. 19: a refusal that recorded the recipients told (`refuse --recipient`) names them, and one that
    /// recorded none (`--no-recipients`) says so (legal-facts § 2.9).
    @Test(arguments: Language.allCases)
    func partialRefusalNamesTheRecipientsInformed(language: Language) throws {
        var record = try LetterFixtures.partialRefusal(language)
        record.recipientsNotified = ["Postitus Oy", "Perintä Ab"]
        let letter = try render(record, language)
        let heading: [Language: String] = [
            .fi: "Ilmoitus vastaanottajille", .sv: "Underrättelse till mottagare",
            .en: "Recipients informed",
        ]
        #expect(letter.contains("\n" + (heading[language] ?? "?") + "\n"))
        #expect(letter.contains("- Postitus Oy\n- Perintä Ab\n"))
        record.recipientsNotified = []
        let none = try render(record, language)
        let noneText: [Language: String] = [
            .fi: "Henkilötietojanne ei ole luovutettu vastaanottajille",
            .sv: "Dina personuppgifter har inte lämnats ut till mottagare",
            .en: "Your personal data have not been disclosed to any recipient",
        ]
        #expect(none.contains(noneText[language] ?? "?"))
        record.recipientsNotified = nil
        #expect(!(try render(record, language)).contains(heading[language] ?? "?"))
    }

    /// GDPR Art. 21(1): an objection refused on compelling legitimate grounds states those grounds as recorded for the
    /// person (`--reason`); the request's internal note never reaches the letter (legal-facts § 2.9).
    @Test(arguments: Language.allCases)
    func objectionRefusalStatesTheGroundsAndNeverTheInternalNote(language: Language) throws {
        var record = try LetterFixtures.refusedRecord(
            .objection, sequence: 4,
            refusal: Refusal(
                grounds: [GroundCode(rawValue: "art21-1-compelling-grounds")],
                reason: "Stated grounds: fraud prevention on the customer account."), language: language)
        record.note = "INTERNAL: customer is difficult, keep processing"
        let letter = try render(record, language)
        #expect(letter.contains("Stated grounds: fraud prevention on the customer account."))
        #expect(!letter.contains("INTERNAL"))
        #expect(
            letter.contains(
                try #require(RefusalGround.named(GroundCode(rawValue: "art21-1-compelling-grounds")))
                    .title[language]))
    }

    @Test func swedishLetterUsesSwedishNamesOfAuthorityAndLaws() throws {
        let letter = try render(LetterFixtures.restrictedRefusal(.sv), .sv)
        #expect(letter.contains("Dataombudsmannens byrå"))
        #expect(letter.contains("PB 800, 00531 Helsingfors"))
        #expect(letter.contains("dataskyddslagen"))
        #expect(letter.contains("dataskyddsförordningen"))
        #expect(!letter.contains("Tietosuojavaltuutetun toimisto"))
        #expect(!letter.contains("tietosuojalain"))
    }

    @Test func reasonShownWhenSection34ReasonsAreNotWithheld() throws {
        // Given a § 34 restriction whose reasons can be told
        var record = try LetterFixtures.restrictedRefusal(.fi)
        record.refusal?.reasonsWithheld = false
        // When the certificate is written
        let letter = try render(record, .fi)
        // Then the reason appears and the § 34(4) route is still offered
        #expect(letter.contains("Rikosilmoitus 12.3.2026, tutkinta kesken"))
        #expect(!letter.contains("34 §:n 3 momentti"))
        #expect(letter.contains("34 §:n 4 momentti"))
    }

    @Test func everyGroundOfSeveralIsNumberedWithItsReference() throws {
        var record = try LetterFixtures.wholeRefusal(.en)
        record.refusal?.grounds = [
            GroundCode(rawValue: "art12-5-excessive"),
            GroundCode(rawValue: "art15-4-rights-of-others"),
        ]
        let letter = try render(record, .en)
        #expect(letter.contains("1. The request is excessive\n   Provision: GDPR Article 12(5)"))
        #expect(
            letter.contains("2. A copy would adversely affect the rights of others\n   Provision: GDPR Article 15(4)"))
    }

    @Test func missingControllerFieldsAreLeftOut() throws {
        // Given a profile with only a name
        let letter = try render(LetterFixtures.wholeRefusal(.fi), .fi, controller: ControllerProfile(name: "Pieni Oy"))
        // Then no empty labels are printed and the controller still signs
        #expect(letter.hasPrefix("Pieni Oy\n\nMatti Meikäläinen\n"))
        #expect(!letter.contains("Y-tunnus"))
        #expect(!letter.contains("Puhelin:"))
        #expect(letter.hasSuffix("Ystävällisin terveisin\n\nPieni Oy\n"))
    }

    @Test func emptyProfileStillGivesALetterWithoutLetterhead() throws {
        let letter = try render(LetterFixtures.wholeRefusal(.en), .en, controller: ControllerProfile(name: "  "))
        #expect(letter.hasPrefix("Matti Meikäläinen\n"))
        #expect(letter.hasSuffix("Yours sincerely\n"))
    }

    @Test func subjectWithoutPostalAddressIsAddressedByEmail() throws {
        var record = try LetterFixtures.wholeRefusal(.fi)
        record.subject.address = nil
        let letter = try render(record, .fi)
        #expect(letter.contains("Matti Meikäläinen\nmatti.meikalainen@example.com\n\nPäiväys: 20.3.2026"))
    }
}
