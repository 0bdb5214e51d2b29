import DSRCore
import Foundation
import Testing

@testable import DSRNotice

/// Causes of false lint errors and warnings found on the development set in the third round of issue 16: contact
/// details for register matters given without a person's name, combined and question-form headings, Swedish active
/// verbs, criteria ending in punctuation, the legitimate interest named outside a basis heading, and a request form
/// offered beside e-mail. Each snippet is written here, not copied from a notice.
struct NoticeContactAndRetentionTests {
    func parse(_ text: String) throws -> ParsedNotice {
        try NoticeParser().parse(Data(text.utf8))
    }

    func rules(_ text: String) throws -> Set<String> {
        Set(try NoticeLinter().lint(try parse(text)).map(\.rule))
    }

    private let controller = "1. Rekisterinpitäjä\nEsimerkki Oy\nKauppakatu 1, 00100 Helsinki\n\n"

    // MARK: missing-contact

    @Test(arguments: [
        ("2. Tietosuojavastaava", "Yhteyshenkilö tietosuoja-asioissa: tietosuoja@esimerkki.fi"),
        (
            "2. Rekisterinpitäjän yhteyshenkilö",
            "Yhteyshenkilömme rekisteriä koskevissa asioissa on yhdistyksen hallitus.\n\nPuheenjohtaja: hallitus@esimerkki.fi"
        ),
        ("2. Contact address for matters concerning the register", "Esimerkki Oy, PL 10, 00101 Helsinki"),
        ("2. Contact details for the person in charge of data protection", "tietosuoja@esimerkki.fi"),
    ])
    func contactDetailsWithoutAPersonAreAContact(_ heading: String, _ body: String) throws {
        // Given a contact-person or officer heading over only an address or e-mail, when linted, then the notice has
        // a contact for register matters: no missing-contact.
        #expect(try !rules(controller + heading + "\n" + body + "\n").contains("missing-contact"))
    }

    @Test func aCombinedControllerAndContactHeadingIsBoth() throws {
        // Given one heading for the controller, the person handling register matters and the officer, when
        // classified and linted, then it is also the contact heading and no contact is missing.
        let heading = "1. Rekisterinpitäjä, rekisteriasioita hoitava henkilö ja tietosuojavastaava"
        #expect(HeadingCatalogue.topics(for: heading).contains(.contactPerson))
        #expect(HeadingCatalogue.topics(for: heading).contains(.controller))
        let notice = heading + "\nNimi: Matti Meikäläinen\nSähköposti: matti@esimerkki.fi\n"
        #expect(try !rules(notice).contains("missing-contact"))
    }

    @Test func aContactHeadingThatNamesTheRegisterIsTheContactHeading() throws {
        // Given contact headings, when classified, then one that says it concerns the register or privacy is the
        // contact for register matters; the controller's contact details stay the controller's; a bare
        // "Yhteystiedot" is not recognised by its wording alone.
        #expect(HeadingCatalogue.topics(for: "Yhteydenotto jäsenrekisteriin liittyen") == [.contactPerson])
        #expect(HeadingCatalogue.topics(for: "Kontakt i dataskyddsfrågor") == [.contactPerson])
        #expect(HeadingCatalogue.topics(for: "Rekisterinpitäjän yhteystiedot") == [.controller])
        #expect(HeadingCatalogue.topics(for: "Yhteystiedot").isEmpty)
    }

    /// A controller section and another one, so that a contact section at the end is a section of its own (right
    /// after the controller's heading, "Yhteystiedot" is read as the controller's own sub-heading).
    private let markdownController =
        "# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Kauppakatu 1, 00100 Helsinki\n\n"
        + "## Käsiteltävät tiedot\n\nNimi ja sähköpostiosoite.\n\n"

    @Test func aContactSectionInvitingPrivacyQuestionsIsAContact() throws {
        // Given a contact section that invites questions about privacy and gives an address, when linted, then no
        // contact is missing.
        let notice =
            markdownController
            + "## Yhteystiedot\n\nJos sinulla on kysyttävää tietosuojasta, ota yhteyttä: info@esimerkki.fi\n"
        #expect(try !rules(notice).contains("missing-contact"))
    }

    @Test(arguments: [
        "## Yhteystiedot\n\nEsimerkki Oy, puh. 040 123 4567\n",
        "## Yhteydenottolomake\n\nLomakkeella lähetetyt tiedot käsitellään tietosuojalakien mukaisesti.\n",
        "## Yhteydenotot\n\nYhteydenotot rekisteriasioissa käsitellään tapauskohtaisesti.\n",
    ])
    func aContactBlockThatIsNoContactForRegisterMattersStillWarns(_ section: String) throws {
        // Given only the company's contact block, a section about the contact form, or a contact heading with no
        // way to reach anyone, when linted, then the contact for register matters is still missing.
        #expect(try rules(markdownController + section).contains("missing-contact"))
    }

    @Test func aLabelHeadingOutsideAPartysSectionIsASection() throws {
        // Given "## Yhteystiedot" after the rights and "<h4>Yhteystiedot</h4>" under the controller, when parsed,
        // then the first starts a section of its own and the second stays a label of the controller's section.
        let markdown = try parse(
            "# Tietosuojaseloste\n\n## Rekisteröidyn oikeudet\n\nSinulla on oikeus saada pääsy tietoihisi.\n\n"
                + "## Yhteystiedot\n\ninfo@esimerkki.fi\n")
        #expect(markdown.sections.contains { $0.heading == "Yhteystiedot" })
        let html = try parse(
            "<html><body><h2>Rekisterinpitäjä</h2><h4>Yhteystiedot</h4><p>Esimerkki Oy, Kauppakatu 1, 00100 Helsinki</p>"
                + "<h2>Rekisteröidyn oikeudet</h2><p>Sinulla on oikeus saada pääsy tietoihisi.</p></body></html>")
        #expect(!html.sections.contains { $0.heading == "Yhteystiedot" })
    }

    // MARK: retention

    @Test func aRetentionHeadingJoinedWithTransfersKeepsTheRetention() throws {
        // Given "Tietojen säilytys ja siirto" over a period, when classified and linted, then the heading is about
        // both and the retention is not missing.
        #expect(HeadingCatalogue.topics(for: "5. Tietojen säilytys ja siirto") == [.transfers, .retention])
        let notice =
            controller
            + "5. Tietojen säilytys ja siirto\nSijainti säilyy selaimessasi, kunnes tyhjennät selaimen tiedot. "
            + "Tietoja ei siirretä EU:n ulkopuolelle.\n"
        let parsed = try parse(notice)
        #expect(parsed.profile.retention != nil)
        #expect(try !rules(notice).contains("missing-retention"))
    }

    @Test func swedishQuestionHeadingsAreRecognised() throws {
        // Given headings asked as questions in Swedish, when classified, then they are retention and purposes.
        #expect(HeadingCatalogue.topics(for: "HUR LÄNGE FÖRVARAR VI DINA PERSONUPPGIFTER?") == [.retention])
        #expect(HeadingCatalogue.topics(for: "Vad använder vi dina uppgifter till?").contains(.purposes))
    }

    @Test(arguments: [
        "Vi förvarar dina uppgifter i 14 månader.", "Vi sparar dina uppgifter i två år.",
        "Föreningen lagrar uppgifterna i sex månader.",
    ])
    func swedishActiveVerbsStateAPeriodElsewhere(_ sentence: String) throws {
        // Given a period stated with an active Swedish verb outside a retention heading, when linted, then the
        // retention is stated elsewhere (info), not missing (error).
        let notice =
            "1. Personuppgiftsansvarig\nExempel rf\nStorgatan 1, 00100 Helsingfors\n\n"
            + "2. Ändamål\nVi administrerar medlemsregistret. \(sentence)\n"
        let found = try rules(notice)
        #expect(!found.contains("missing-retention"))
        #expect(found.contains("retention-not-under-heading"))
    }

    @Test func aCriterionBeforeACommaIsACriterion() throws {
        // Given a retention section whose criterion is followed by a comma, when linted, then the criterion counts.
        let notice =
            controller
            + "8. Henkilötietojen säilyttämisaika\nHenkilötietoja säilytetään opintojakson vaatiman ajan, "
            + "mutta osa tiedoista säilyy pidempään.\n"
        #expect(CompletenessRules.statesCriterion(TextFold.fold("opintojakson vaatiman ajan, mutta")))
        #expect(try !rules(notice).contains("missing-retention"))
    }

    // MARK: legal basis

    @Test(arguments: [
        "Vi behandlar dina uppgifter för att uppfylla berättigade intressen i anslutning till kampanjen.",
        "Käsittely perustuu yhdistyksen oikeutettuun etuun.",
        "We process the data for our legitimate interest in running the club.",
    ])
    func aLegitimateInterestNamedElsewhereIsABasis(_ sentence: String) throws {
        // Given the legitimate interest named outside a basis heading, when linted, then the basis is stated
        // elsewhere (info), not missing (error).
        let notice = controller + "3. Rekisterin tietosisältö\nNimi ja sähköpostiosoite. \(sentence)\n"
        let found = try rules(notice)
        #expect(!found.contains("missing-legal-basis"))
        #expect(found.contains("legal-basis-not-under-heading"))
    }

    // MARK: request-form

    @Test func aFormOfferedBesideEmailIsNoDemand() throws {
        // Given a visit in person offered beside e-mail, when linted, then no demanded form is reported; a signed
        // document or a visit with no electronic way still is.
        let choice =
            controller
            + "10. Tarkastusoikeus\nPyyntö tulee esittää hallitukselle sähköpostilla tai henkilökohtaisesti "
            + "rekisterinpitäjän luona.\n"
        #expect(try !rules(choice).contains("request-form"))
        let demand =
            controller
            + "10. Tarkastusoikeus\nTarkastuspyyntö tulee esittää omakätisesti allekirjoitetussa asiakirjassa tai "
            + "henkilökohtaisesti rekisterinpitäjän luona.\n"
        #expect(try rules(demand).contains("request-form"))
    }
}
