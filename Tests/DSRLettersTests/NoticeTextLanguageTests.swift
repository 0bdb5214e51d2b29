import DSRCore
import DSRLetters
import Testing

/// Legal-facts § 2.9: a Swedish or English letter must not silently print the privacy notice's Finnish free text;
/// the purposes, the legal basis and the data categories are taken in the letter's language where the profile has
/// them, and the ones it lacks are named, for the access response and the partial refusal of access alike.
struct NoticeTextLanguageTests {
    let renderer: LetterRenderer

    init() throws {
        renderer = try LetterRenderer()
    }

    /// The full profile with only its Finnish (notice) texts.
    private var finnishOnly: ControllerProfile {
        var profile = LetterFixtures.fullController
        profile.legalBasisSv = nil
        profile.legalBasisEn = nil
        return profile
    }

    @Test(arguments: [Language.sv, .en])
    func theAccessResponseNamesEveryNoticeTextWithoutATranslation(language: Language) throws {
        var record = try LetterFixtures.record(for: .accessResponse, language: language)
        record.access = AccessInformation(recipients: "none", automatedDecisions: "none")
        #expect(
            LetterRenderer.untranslatedNoticeTexts(
                .accessResponse, controller: finnishOnly, language: language, record: record)
                == [.purposes, .legalBasis, .dataCategories])
        // The profile's own translation of the legal basis is enough for it; the case's own purposes and categories
        // are printed instead of the notice's.
        record.access = LetterFixtures.accessInformation(language)
        #expect(
            LetterRenderer.untranslatedNoticeTexts(
                .accessResponse, controller: LetterFixtures.fullController, language: language, record: record
            )
            .isEmpty)
        #expect(
            LetterRenderer.untranslatedNoticeTexts(
                .accessResponse, controller: finnishOnly, language: .fi, record: record
            )
            .isEmpty)
    }

    @Test(arguments: [Language.sv, .en])
    func aPartialRefusalOfAccessIsCheckedAsTheAccessResponseIs(language: Language) throws {
        let partial = try LetterFixtures.restrictedRefusal(language)
        #expect(
            LetterRenderer.untranslatedNoticeTexts(
                .refusal, controller: finnishOnly, language: language, record: partial)
                == [.legalBasis])
        let whole = try LetterFixtures.wholeRefusal(language)
        #expect(
            LetterRenderer.untranslatedNoticeTexts(.refusal, controller: finnishOnly, language: language, record: whole)
                .isEmpty)
        // The letter itself prints the legal basis in its own language.
        let letter = try renderer.render(
            .refusal, for: partial, controller: LetterFixtures.fullController, language: language,
            date: LetterFixtures.letterDate())
        let legalBasis = try #require(
            language == .sv ? LetterFixtures.fullController.legalBasisSv : LetterFixtures.fullController.legalBasisEn)
        #expect(letter.contains(legalBasis))
        #expect(!letter.contains("Sopimus (tietosuoja-asetuksen"))
    }

    @Test func theTextsAreNamedInASentence() {
        #expect(NoticeTextField.sentence([.purposes]) == "purposes")
        #expect(NoticeTextField.sentence([.purposes, .dataCategories]) == "purposes and data categories")
        #expect(
            NoticeTextField.sentence([.purposes, .legalBasis, .dataCategories])
                == "purposes, legal basis and data categories")
    }
}
