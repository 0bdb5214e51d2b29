import DSRCore
import Foundation
import Testing

@testable import DSRNotice

/// Causes of wrong and missed values and false lint errors found in the twelfth round's new development notices
/// (issue 16): a PO box number of five digits read as the postal code, a template's word for the kind of party read
/// as its name, an unfilled business ID ("TODO", or labels left when template expressions were dropped) reported as
/// invalid, a brand defined as "we" before "toimii henkilötietojen rekisterinpitäjänä", and a brand whose details in
/// parentheses and a defining clause stand between it and the verb of the notice's sentence about itself, a notice
/// that keeps no personal data at all, seeing one's data written "nähtäväksi", a heading that joins the rights
/// and the contact, wordings of a period, a legal basis, the rights and the complaint that the word lists missed,
/// the e-mail in a contact block under the brand, and a site named as the place of processing in the notice's
/// sentence about itself. Each snippet is written here, not copied from a notice.
struct NoticeRoundTwelveTests: NoticeSnippetTesting {
    @Test func aPOBoxNumberIsNoPostalCode() throws {
        // Given a controller named again in a contact card whose PO box has a five-digit number and whose postal
        // code is on the next line, when parsed, then the address keeps both lines.
        let text = """
            <html><body>
            <h1>Tietosuojaseloste</h1>
            <h2>Rekisterinpitäjä</h2>
            <p>Esimerkki.fi</p>
            <p>Sähköposti: tietosuoja@esimerkki.fi</p>
            <h2>Yhteystiedot</h2>
            <h3>Postiosoite</h3>
            <p>Esimerkki.fi</p>
            <p>PL 12345</p>
            <p>00100 Helsinki</p>
            </body></html>
            """
        let notice = try parse(text)
        #expect(notice.profile.address == "PL 12345\n00100 Helsinki")
        #expect(!PartyTokens.hasPostalCode("PL 12345"))
        #expect(!PartyTokens.hasPostalCode("Box 12345"))
        #expect(PartyTokens.hasPostalCode("PL 12, 00100 Helsinki"))
        #expect(PartyTokens.hasPostalCode("Esimerkkikatu 4, FI-00100 Helsinki"))
    }

    @Test func aTemplatesWordForThePartyIsNoName() throws {
        // Given a template's controller section "Yritys Y-tunnus: …" and a street line, when parsed, then no name
        // is read, and the street line after the ID is still the address.
        let notice = try parse(
            """
            Rekisteri- ja tietosuojaseloste

            Rekisterinpitäjä
            Yritys Y-tunnus: 1234567-1
            Esimerkkitie 1 A 3
            00100 Helsinki

            Rekisterin nimi
            Asiakasrekisteri
            """)
        #expect(notice.profile.name == nil)
        #expect(notice.profile.address == "Esimerkkitie 1 A 3\n00100 Helsinki")
        #expect(!PartyParser.isControllerName("Yritys"))
        #expect(!PartyParser.isControllerName("Yrityksen nimi"))
        #expect(!PartyParser.isControllerName("Company"))
        #expect(PartyParser.isControllerName("Yritys Esimerkki Oy"))
    }

    @Test func anUnfilledBusinessIDIsNotInvalid() throws {
        // Given a business-ID label followed by a developer's marker, or only by further labels (their values were
        // template expressions the source reader drops), when linted, then no invalid business ID is reported.
        let marker = page(controller: "[ Yrityksen nimi ]<br>Y-tunnus: TODO<br>Sähköposti: info@esimerkki.fi")
        #expect(!(try rules(marker)).contains("invalid-business-id"))
        let source = """
            export default function Page() {
              return (
                <main>
                  <h1>Tietosuojaseloste</h1>
                  <h2>1. Rekisterinpitäjä</h2>
                  <p>
                    <strong>{process.env.NEXT_PUBLIC_COMPANY_NAME}</strong>
                    <span>Y-tunnus: {process.env.NEXT_PUBLIC_COMPANY_ID}</span>
                    <span>Osoite: {process.env.NEXT_PUBLIC_COMPANY_ADDRESS}</span>
                    <span>Sähköposti: {process.env.NEXT_PUBLIC_COMPANY_EMAIL}</span>
                  </p>
                  <h2>2. Rekisterin nimi</h2>
                  <p>Asiakasrekisteri</p>
                </main>
              )
            }
            """
        #expect(!(try rules(source)).contains("invalid-business-id"))
        #expect(BusinessIDCheck.isUnfilled("TODO"))
        #expect(BusinessIDCheck.isUnfilled("TBD (haetaan)"))
        #expect(BusinessIDCheck.isUnfilled("Osoite: Sähköposti: Puhelin:"))
        #expect(!BusinessIDCheck.isUnfilled("1234567-8"))
        #expect(!BusinessIDCheck.isUnfilled("[Y-tunnus]"))
        // A wrong ID is still reported.
        #expect(try rules(page(controller: "Esimerkki Oy, Y-tunnus: 1234567-8")).contains("invalid-business-id"))
    }

    @Test func aBrandDefinedAsWeActsAsTheController() throws {
        // Given a controller's section "Esimerkki.fi ("me") toimii henkilötietojen rekisterinpitäjänä.", when
        // parsed, then the brand is the controller, although it is one word written once.
        let notice = try parse(
            page(controller: "Esimerkki.fi (&quot;me&quot;) toimii henkilötietojen rekisterinpitäjänä."))
        #expect(notice.profile.name == "Esimerkki.fi")
        #expect(
            FallbackParty.nameWithRole(in: "Esimerkki Oy toimii henkilötietojen rekisterinpitäjänä.") == "Esimerkki Oy")
        // A sentence's first word without the definition stays no name.
        #expect(FallbackParty.nameWithRole(in: "Yhdistys toimii henkilötietojen rekisterinpitäjänä.") == nil)
    }

    @Test func aBrandWithDetailsAndADefinitionBeforeItsVerb() throws {
        // Given a Swedish notice whose sentence about itself names the brand, its details in parentheses and how the
        // notice calls it before the verb, and the brand written again later, when parsed, then the brand is the
        // controller.
        let text = """
            **Integritetspolicy för Exempel**

            Denna integritetspolicy beskriver hur Exempel (Exempel Hälsa, organisationsnummer 000000-XXXX, \
            Gatan 1, 123 45 Orten), nedan kallad "vi", "oss" eller "vår", samlar in och använder dina \
            personuppgifter.

            **1\\. Dina rättigheter**

            Du har rätt till tillgång. Kontakta Exempel.
            """
        let notice = try parse(text)
        #expect(notice.profile.name == "Exempel")
        #expect(
            BrandName.describedSubject(
                in: "This policy explains how Example (Example Ltd, Street 1), hereinafter \"we\", collects data.")
                == "Example")
    }

    @Test func keepingNoPersonalDataStatesTheRetention() throws {
        // Given a notice that says it keeps no personal data at all, when linted, then no retention is missing; a
        // sentence that only says where data are not stored still lacks it.
        let none = page(
            controller: "Esimerkki Oy",
            body: "<h2>Tietojen käsittely</h2>\n<p>Koska palvelu ei kerää eikä säilytä henkilötietoja, ylläpitäjällä"
                + " ei ole niitä hallussaan.</p>\n")
        #expect(!(try rules(none)).contains("missing-retention"))
        let english = page(
            controller: "Example Ltd", body: "<h2>Processing</h2>\n<p>We do not store any personal data.</p>\n")
        #expect(!(try rules(english)).contains("missing-retention"))
        let whereOnly = page(
            controller: "Esimerkki Oy",
            body: "<h2>Tietojen käsittely</h2>\n<p>Emme tallenna henkilötietoja EU:n ulkopuolelle.</p>\n")
        #expect(try rules(whereOnly).contains("missing-retention"))
    }

    @Test func aHeadingOfRightsAndContactsIsAboutRights() throws {
        // Given a heading "Oikeutesi ja yhteydenotot" over a paragraph saying what one could ask to see, when
        // linted, then the right of access is mentioned, and the heading is the contact's too.
        #expect(HeadingCatalogue.topics(for: "Oikeutesi ja yhteydenotot") == [.contactPerson, .rights])
        #expect(HeadingCatalogue.topics(for: "Yhteydenotot") == [.contactPerson])
        let text = page(
            controller: "Esimerkki Oy",
            body: "<h2>Oikeutesi ja yhteydenotot</h2>\n<p>Voit pyytää tietosi nähtäväksi osoitteesta"
                + " info@esimerkki.fi.</p>\n")
        #expect(!(try rules(text)).contains("missing-right-access"))
        // The verb outside a text about rights names no right.
        let elsewhere = page(
            controller: "Esimerkki Oy", body: "<h2>Evästeet</h2>\n<p>Asetukset ovat nähtävillä selaimessa.</p>\n")
        #expect(try rules(elsewhere).contains("missing-right-access"))
    }

    @Test func otherWordingsOfAPeriodAndABasis() throws {
        // Given a notice whose retention and legal basis are stated only in other sections, in wordings the lists
        // did not know, when linted, then neither is missing.
        for sentence in [
            "Tietoja säilytetään niin pitkään kuin se on tarpeen.",
            "Tietoja käsitellään käyttötarkoituksen edellyttämän ajan.",
            "Uppgifterna sparas under den tid som krävs för ändamålet.",
            "We keep the data for the period necessary for the purpose.",
        ] {
            let text = page(controller: "Esimerkki Oy", body: "<h2>Tietojen käsittely</h2>\n<p>\(sentence)</p>\n")
            #expect(!(try rules(text)).contains("missing-retention"), "\(sentence)")
        }
        #expect(try rules(page(controller: "Esimerkki Oy")).contains("missing-retention"))
        for sentence in [
            "Käsittely perustuu sopimuksen täytäntöönpanoon.",
            "Behandlingen är nödvändig för fullgörande av avtal med dig.",
            "We process the data for the performance of a contract with you.",
            "Tietoja käsitellään yleisen edun mukaisen tehtävän suorittamiseksi.",
        ] {
            let text = page(controller: "Esimerkki Oy", body: "<h2>Tietojen käsittely</h2>\n<p>\(sentence)</p>\n")
            #expect(!(try rules(text)).contains("missing-legal-basis"), "\(sentence)")
        }
        #expect(try rules(page(controller: "Esimerkki Oy")).contains("missing-legal-basis"))
    }

    @Test func otherWordingsOfTheRightsAndTheComplaint() throws {
        // Given rights sections in wordings the lists did not know, when linted, then the rights are mentioned.
        let rights = page(
            controller: "Esimerkki Oy",
            body: "<h2>Rekisteröidyn oikeudet</h2>\n<p>Sinulla on oikeus saada kopio tiedoistasi ja täydentää"
                + " puutteellisia tietoja. Voit kääntyä valvovan viranomaisen puoleen.</p>\n")
        let found = try rules(rights)
        #expect(!found.contains("missing-right-access"))
        #expect(!found.contains("missing-right-rectification"))
        #expect(!found.contains("missing-right-complaint"))
        let english = page(
            controller: "Example Ltd",
            body: "<h2>Your rights</h2>\n<p>You may also contact your local data protection authority.</p>\n")
        #expect(!(try rules(english)).contains("missing-right-complaint"))
        // A backup copy outside a text about rights is no right of access.
        let backup = page(
            controller: "Esimerkki Oy", body: "<h2>Tietoturva</h2>\n<p>Tiedoista otetaan kopio joka yö.</p>\n")
        #expect(try rules(backup).contains("missing-right-access"))
    }

    @Test func theEMailInTheContactBlockUnderTheName() throws {
        // Given a notice whose controller is named only by its brand and whose contact block at the end opens with
        // the brand, then the registered name, the address and the e-mail, when parsed, then the e-mail is the
        // controller's and the address is read.
        let text = """
            **Integritetspolicy för Exempel**

            Denna integritetspolicy beskriver hur Exempel samlar in och använder dina personuppgifter.

            **1\\. Dina rättigheter**

            Du har rätt till tillgång.

            **2\\. Kontaktuppgifter**

            Exempel
            Exempel Hälsa AB
            Gatan 1, 123 45 Orten
            info@exempel.se
            """
        let notice = try parse(text)
        #expect(notice.profile.name == "Exempel")
        #expect(notice.profile.email == "info@exempel.se")
        #expect(
            PartyTokens("Exempel (Exempel AB, Exempelgatan 1, 123 45 Orten), nedan").first(.address)?.value
                == "Exempelgatan 1, 123 45 Orten")
    }

    @Test func aSiteNamedAsThePlaceOfProcessing() throws {
        // Given a notice whose sentence about itself says how data are processed on a named site ("Tällä sivulla
        // kerromme, miten X -sivustolla käsitellään kävijätietoja") and whose e-mail repeats the name, when parsed,
        // then the site's name is the controller; a site type without a hyphen, or no processing verb, gives none.
        let text = """
            <html><body>
            <h1>Tietosuojaseloste</h1>
            <p>Tällä sivulla kerromme, miten Esimerkin Kahvila -sivustolla käsitellään kävijätietoja.</p>
            <h2>Yhteystiedot</h2>
            <p>esimerkinkahvila@example.com</p>
            </body></html>
            """
        #expect(try parse(text).profile.name == "Esimerkin Kahvila")
        #expect(
            BrandName.describedSubject(in: "Tällä sivulla kerromme, miten Esimerkki -palvelussa kerätään tietoja.")
                == "Esimerkki")
        #expect(BrandName.describedSubject(in: "Tällä sivulla kerromme, miten Esimerkki -sivustoa kehitetään.") == nil)
    }
}
