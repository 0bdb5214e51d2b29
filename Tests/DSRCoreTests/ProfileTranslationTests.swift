import DSRCore
import Testing

/// `dsr controller set --purposes-sv/-en --legal-basis-sv/-en`: the notice's texts in the letters' other languages
/// (legal-facts § 2.9), checked as the notice's own texts are.
struct ProfileTranslationTests {
    @Test func theLegalBasisAndPurposesAreKeptPerLanguage() throws {
        var profile = ControllerProfile(name: "Esimerkki Oy")
        profile.legalBasis = "Sopimus."
        var changes = ControllerProfileChanges()
        changes.legalBasisInLanguage = [.sv: "Avtal.", .en: "Contract."]
        changes.purposesInLanguage = [.en: "Customer service."]
        try changes.apply(to: &profile)
        #expect(profile.legalBasis == "Sopimus.")
        #expect(profile.legalBasisSv == "Avtal." && profile.legalBasisEn == "Contract.")
        #expect(profile.purposesEn == "Customer service." && profile.purposesSv == nil)
    }

    @Test func aFinnishTranslationOrAnEmptyTextIsRefusedNamingTheField() throws {
        var profile = ControllerProfile(name: "Esimerkki Oy")
        var changes = ControllerProfileChanges()
        changes.legalBasisInLanguage = [.fi: "Sopimus."]
        #expect(
            throws: InputError.unknownValue(
                field: ControllerProfileField.translatedLegalBasis.rawValue, text: "fi", accepted: ["sv", "en"])
        ) { try changes.apply(to: &profile) }
        changes.legalBasisInLanguage = [.sv: "  "]
        #expect(throws: InputError.empty(field: ControllerProfileField.translatedLegalBasis.rawValue)) {
            try changes.apply(to: &profile)
        }
        #expect(profile.legalBasisSv == nil)
    }
}
