import DSRCore
import Foundation
import Testing

@testable import DSRNotice

/// Causes of wrong values and false lint errors found on the development notices added in the fourth round of
/// issue 16: English words for the controller's heading, a controller named in prose with its role in parentheses,
/// a labelled e-mail whose value a React page fills in from a constant, retention limited by necessity or stated as
/// unlimited, and the right of access in other English words. Each snippet is written here, not copied from a notice.
struct NoticeRoundFourTests: NoticeSnippetTesting {
    // MARK: the controller

    @Test(arguments: ["# Registrar", "## **Register holder**", "2. Register keeper"])
    func englishWordsForTheControllerAreItsHeading(_ heading: String) throws {
        // Given an English notice whose controller heading translates "rekisterinpitäjä", when parsed and linted,
        // then the heading is the controller's, its name and address are read, and no controller is missing.
        #expect(HeadingCatalogue.topics(for: heading) == [.controller])
        let text = "\(heading)\n\nErkki Esimerkki\n\nerkki@esimerkki.fi\n\nMallikatu 3 B 7\n\n33100 Tampere\n"
        let notice = try parse(text)
        #expect(notice.profile.name == "Erkki Esimerkki")
        #expect(notice.profile.address?.contains("33100") == true)
        #expect(try !rules(text).contains("missing-controller"))
    }

    @Test func aControllerNamedInProseWithItsRoleInParenthesesIsRead() throws {
        // Given a notice whose only naming of the controller is "X (rekisterinpitäjä)" in a sentence, when parsed,
        // then X is the controller's name and lint does not call the controller missing.
        let text = """
            # Tietosuojaseloste

            Verkkopalvelua ylläpitää Maija Mallikas (rekisterinpitäjä). Tässä selosteessa kerrotaan käsittelystä.

            ## Mitä tietoja kerätään

            Nimi ja sähköpostiosoite.
            """
        #expect(try parse(text).profile.name == "Maija Mallikas")
        #expect(try !rules(text).contains("missing-controller"))
        #expect(
            FallbackParty.nameBeforeRole(in: "Palvelun tarjoaa Esimerkki Oy (Controller), Helsinki") == "Esimerkki Oy")
        #expect(FallbackParty.nameBeforeRole(in: "tiedot antaa rekisteröity (rekisterinpitäjä)") == nil)
    }

    // MARK: a labelled value that is not one

    @Test func aLabelWhoseValueIsAnotherLabelGivesNoEMail() throws {
        // Given a source page whose e-mail and phone are JavaScript constants (dropped with the code), when parsed,
        // then the e-mail label followed by the phone label gives no e-mail (a wrong value is worse than none), and
        // a labelled e-mail written with "(at)" is still read.
        let page = """
            export default function Tietosuoja() {
              return (
                <main>
                  <h2>Rekisterinpitäjä</h2>
                  <p>Esimerkki Oy</p>
                  <p><strong>Sähköposti:</strong> {CONTACT_EMAIL}</p>
                  <p><strong>Puhelin / WhatsApp:</strong> {CONTACT_PHONE}</p>
                </main>
              );
            }
            """
        #expect(try parse(page).profile.email == nil)
        #expect(PartyParser.couldBe(.email, "info (at) esimerkki.fi"))
        #expect(!PartyParser.couldBe(.email, "Puhelin / WhatsApp:"))
        #expect(!PartyParser.couldBe(.phone, "ks. verkkosivut"))
    }

    // MARK: missing-retention

    private let controller = "1. Rekisterinpitäjä\nEsimerkki Oy\nKauppakatu 1, 00100 Helsinki\n\n"

    @Test(arguments: [
        "2. Tietojen säilytys\nAsiakkaiden tietoja ei säilytetä pidempään kuin on tarpeen.",
        "2. Kuinka kauan säilytämme tietoa\nLomakkeella annetut tiedot säilytetään toistaiseksi.",
        "2. Register content\nWe will process the information for as long as necessary for the purpose of the register.",
    ])
    func retentionLimitedByNecessityOrUnlimitedIsStated(_ section: String) throws {
        // Given retention limited by necessity, stated as unlimited, or stated as a processing period, when linted,
        // then the retention is not missing (whether an unlimited period is lawful is another question).
        #expect(try !rules(controller + section + "\n").contains("missing-retention"))
    }

    @Test func aRetentionHeadingAboutStorageOnlyIsStillMissing() throws {
        // Given a retention heading whose text names only where data are stored, when linted, then it is missing.
        #expect(
            try rules(controller + "2. Tietojen säilytys\nTiedot säilytetään Suomessa.\n").contains("missing-retention")
        )
    }

    // MARK: missing-right-access

    @Test(arguments: [
        "Every registered person has the right to:\n- inspect the information stored in the register",
        "What rights you have to your data\nYou can request to receive an exported file of personal data we hold about you.",
    ])
    func theRightOfAccessInOtherEnglishWordsIsNamed(_ rights: String) throws {
        // Given the right of access as "inspect" or an exported file, when linted, then access is not missing.
        #expect(try !rules(controller + "2. Your rights\n" + rights + "\n").contains("missing-right-access"))
    }

    // MARK: forms of the page

    @Test func numberedAndCapitalLinesInMarkdownAreHeadingsAndAStreetKeepsItsFirstWord() throws {
        // Given a page saved as Markdown whose headings are plain numbered capitals and whose contact block puts the
        // name and a two-word street on consecutive lines, when parsed, then the heading is the controller's, the
        // name stops before the street, and the street keeps both words.
        let text = """
            # Tietosuojaseloste

            1. REKISTERINPITÄJÄ

            Esimerkin Omaiset ry
            Läntinen Rantakatu 4, 20100 Turku
            +358 40 123 4567

            2. YHTEYSHENKILÖ REKISTERIÄ KOSKEVISSA ASIOISSA

            Maija Mallikas
            """
        let notice = try parse(text)
        #expect(notice.profile.name == "Esimerkin Omaiset ry")
        #expect(notice.profile.address == "Läntinen Rantakatu 4, 20100 Turku")
        #expect(notice.profile.contactPerson == "Maija Mallikas")
        // A person's or a company's name before a street on the same line is not part of it.
        #expect(
            PartyTokens("Elina Esimerkki Kauppakatu 1, 00100 Helsinki").first(.address)?.value.hasPrefix("Kauppakatu")
                == true)
        #expect(PartyTokens("Esimerkki Oy Kauppakatu 1").first(.address)?.value == "Kauppakatu 1")
    }

    @Test func aHeadingTagAroundBodyTextIsAParagraph() throws {
        // Given a page that writes its text in <h3> under <h2> headings, when parsed and linted, then an <h3> with an
        // e-mail address or a sentence is body text: the contact person's section is not empty.
        let page = """
            <h2>1. Rekisterinpitäjä</h2>
            <h3>Esimerkki Oy<br>Y-tunnus: 1572860-0</h3>
            <h2>2. Yhteyshenkilö rekisteriä koskevissa asioissa</h2>
            <h3>Matti Meikäläinen, matti@esimerkki.fi</h3>
            <h2>3. Henkilötietojen käsittelyn tarkoitus</h2>
            <h3>Henkilötietoja käytetään asiakassuhteen hoitamiseen.</h3>
            """
        #expect(try !rules(page).contains("missing-contact"))
        #expect(try parse(page).profile.purposes?.contains("asiakassuhteen") == true)
        #expect(HTMLBlockBuilder.isBodyText("Matti Meikäläinen, matti@esimerkki.fi"))
        #expect(!HTMLBlockBuilder.isBodyText("3. Rekisterin tietosisältö"))
    }

    // MARK: lint wording

    @Test func anAddressHiddenByCloudflareIsNotTemplateText() throws {
        // Given a saved page where Cloudflare replaced an address with "[email protected]", when linted, then it is
        // not a template placeholder; "[Yrityksen nimi]" still is.
        #expect(try !rules(controller + "Sähköposti: [email protected]\n").contains("template-text"))
        #expect(try rules(controller + "Y-tunnus: [Yrityksen nimi]\n").contains("template-text"))
    }

    @Test func aTransferDeniedUnderAnyCircumstancesNeedsNoSafeguards() throws {
        // Given a Swedish notice that says data are under no circumstances disclosed outside the EU, when linted,
        // then no transfer safeguards are asked for.
        let text =
            controller
            + "2. Lagring och utlämnande\nUnder inga omständigheter kommer uppgifter att lämnas ut utanför EU eller EES.\n"
        #expect(try !rules(text).contains("transfer-safeguards"))
    }

    @Test func consentNamedAsTheGroundOfProcessingIsALegalBasis() throws {
        // Given a purposes section that says the data are processed with the customer's consent, when linted, then
        // a legal basis is stated.
        let text =
            controller + "2. Rekisterin käyttötarkoitus\nAsiakkaan tietoja käsitellään asiakkaan suostumuksella.\n"
        #expect(try !rules(text).contains("missing-legal-basis"))
        #expect(
            try rules(controller + "2. Rekisterin käyttötarkoitus\nAsiakassuhteen hoito.\n").contains(
                "missing-legal-basis"))
    }
}
