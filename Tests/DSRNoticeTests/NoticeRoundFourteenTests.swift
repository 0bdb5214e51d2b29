import DSRCore
import Foundation
import Testing

@testable import DSRNotice

/// General rules added before the fourteenth round's fresh set was scored (issue 16): each covers a family of
/// wordings and layouts that fresh sets kept revealing, not one notice's phrase. Each snippet is written here, not
/// copied from a notice.
struct NoticeRoundFourteenTests: NoticeSnippetTesting {
    @Test func theNoticesOnlyAddressIsTheContactEmailWhereverItStands() throws {
        // Given a notice whose controller's section gives no e-mail and whose one address stands after a label for
        // requests, after a verb in prose, or in the footer, when imported, then that address is the e-mail.
        let layouts = [
            "<h2>Rekisteröidyn oikeudet</h2>\n<p>Pyynnöt: info@esimerkki.fi. Vastaamme kuukauden kuluessa.</p>\n",
            "<h2>Your rights</h2>\n<p>Parents may review their child's data by emailing info@esimerkki.fi.</p>\n",
            "<h2>Rättigheter</h2>\n<p>Du har rätt till tillgång.</p>\n<footer><p>info@esimerkki.fi</p></footer>\n",
        ]
        for layout in layouts {
            let notice = try parse(page(controller: "Esimerkki Oy, Esimerkkikatu 1, 00100 Helsinki", body: layout))
            #expect(notice.profile.email == "info@esimerkki.fi", "\(layout)")
        }
    }

    @Test func twoAddressesOrOnlyTheAuthoritysOrAProcessorsGiveNoEmail() throws {
        // Given two distinct addresses, only the authority's, or an address only in the recipients' section, when
        // imported, then no e-mail is guessed; the same address written twice is still the only one.
        let controller = "Esimerkki Oy, Esimerkkikatu 1, 00100 Helsinki"
        let two =
            "<h2>Evästeet</h2>\n<p>Laskut tulevat osoitteesta laskut@esimerkki.fi, uutiskirje osoitteesta "
            + "uutiset@esimerkki.fi.</p>\n"
        let authority = "<h2>Valitusoikeus</h2>\n<p>Tietosuojavaltuutettu, tietosuoja@om.fi</p>\n"
        let processor = "<h2>Tietojen vastaanottajat</h2>\n<p>Kirjanpitäjä Laskenta Oy, laskenta@laskenta.fi</p>\n"
        for body in [two, authority, processor] {
            #expect(try parse(page(controller: controller, body: body)).profile.email == nil, "\(body)")
        }
        let twice = "<h2>Oikeudet</h2>\n<p>Pyynnöt: info@esimerkki.fi.</p>\n<footer><p>info@esimerkki.fi</p></footer>\n"
        #expect(try parse(page(controller: controller, body: twice)).profile.email == "info@esimerkki.fi")
        let withAuthority = twice + authority
        #expect(try parse(page(controller: controller, body: withAuthority)).profile.email == "info@esimerkki.fi")
    }

    @Test func theContactPersonsOnlyAddressStaysInTheDetails() throws {
        // Given the notice's one address under the contact person's heading, when imported, then it stays in the
        // contact details (as a plain contact address always has), not copied to the controller's e-mail.
        let body = "<h2>Yhteyshenkilö</h2>\n<ul><li>Sähköposti: info@esimerkki.fi</li></ul>\n"
        let notice = try parse(page(controller: "Esimerkki Oy, Esimerkkikatu 1, 00100 Helsinki", body: body))
        #expect(notice.profile.email == nil)
        #expect(notice.profile.contactDetails?.contains("info@esimerkki.fi") == true)
    }

    /// An HTML page with a `<title>`, a notice with no controller's section, and `footer` at its end.
    private func titledPage(_ title: String, footer: String) -> String {
        "<html><head><title>\(title)</title></head><body>\n<h1>Tietosuojaseloste</h1>\n"
            + "<h2>Mitä tietoja keräämme</h2>\n<p>Keräämme vain palvelimen lokitiedot.</p>\n"
            + "<footer><p>\(footer)</p></footer>\n</body></html>\n"
    }

    @Test func aNameOnlyInThePagesTitleWhenThePageAgrees() throws {
        // Given the controller named only in the page's title, when the page writes a copyright line for the same
        // name, an e-mail at the domain the title writes, or the title gives a legal form, then it is the name.
        let agreeing: [(title: String, footer: String, name: String)] = [
            ("Esimerkki", "© Esimerkki.fi 2024. Kaikki oikeudet pidätetään.", "Esimerkki"),
            ("esimerkki.info - tietosuojaseloste", "Palaute: palaute@esimerkki.info", "esimerkki.info"),
            ("Integritetspolicy | Exempel AB", "Kontakt: info@annan.se", "Exempel AB"),
            ("Privacy policy – Example Ltd", "", "Example Ltd"),
        ]
        for page in agreeing {
            #expect(try parse(titledPage(page.title, footer: page.footer)).profile.name == page.name, "\(page)")
        }
    }

    @Test func aTitlesBrandAloneNamesNoController() throws {
        // Given a title naming a brand or a product that only the page's header, a same-named heading or an e-mail
        // at the brand's domain repeats, when imported, then no name is guessed: a project's notice may name no
        // controller.
        let alone: [(title: String, footer: String)] = [
            ("Tietosuojaseloste — Esimerkki", "Kysymykset: info@esimerkki.com"),
            ("Tietosuojaseloste - Esimerkki", "Esimerkki"),
            ("Esimerkki – Etusivu", "Powered by Publii"),
        ]
        for page in alone {
            #expect(try parse(titledPage(page.title, footer: page.footer)).profile.name == nil, "\(page)")
        }
    }

    @Test func theTitleIsReadOnlyWhenNothingElseNamesTheController() throws {
        // Given a controller's section naming the controller and a title naming another brand with agreeing evidence,
        // when imported, then the section's name is kept.
        let text =
            "<html><head><title>Toinen</title></head><body>\n<h1>Tietosuojaseloste</h1>\n"
            + "<h2>Rekisterinpitäjä</h2>\n<p>Esimerkki Oy, Esimerkkikatu 1, 00100 Helsinki</p>\n"
            + "<footer><p>© Toinen 2024</p></footer>\n</body></html>\n"
        #expect(try parse(text).profile.name == "Esimerkki Oy")
    }

    /// The rules reported for a page whose rights section holds `rights`.
    private func rightsRules(_ rights: String) throws -> Set<String> {
        try rules(
            page(controller: "Esimerkki Oy<br>info@esimerkki.fi", body: "<h2>Your rights</h2>\n<p>\(rights)</p>\n"))
    }

    @Test func rightsInTheirNounsParticiplesAndOtherNamesOfTheAuthority() throws {
        // Given a rights section naming erasure by its noun or a Swedish participle, rectification by a Swedish
        // participle or "fix", or the authority by the British title or as a regulator, when linted, then the right is named.
        let named: [(wording: String, rule: String)] = [
            ("Request removal of your data by emailing us.", "missing-right-erasure"),
            ("Du kan få dina uppgifter borttagna.", "missing-right-erasure"),
            ("Du har rätt att få dina uppgifter ändrade.", "missing-right-rectification"),
            ("You can ask us to fix incorrect data.", "missing-right-rectification"),
            ("You can raise a concern with the Information Commissioner's Office.", "missing-right-complaint"),
            ("You can contact your national data protection regulator.", "missing-right-complaint"),
        ]
        for (wording, rule) in named {
            #expect(!(try rightsRules(wording)).contains(rule), "\(wording)")
        }
        // Other words, another's data, an icon: the rights stay unnamed.
        let unnamed = "Du kan läsa andra uppgifter. Click the icon to see your profile."
        let reported = try rightsRules(unnamed)
        for rule in ["missing-right-erasure", "missing-right-rectification", "missing-right-complaint"] {
            #expect(reported.contains(rule), "\(rule)")
        }
    }

    /// The rules reported for a page with one more section, `heading` over `text`.
    private func sectionRules(_ heading: String, _ text: String) throws -> Set<String> {
        try rules(page(controller: "Esimerkki Oy<br>info@esimerkki.fi", body: "<h2>\(heading)</h2>\n<p>\(text)</p>\n"))
    }

    @Test func theRetentionPeriodNamedByItsNounWithItsLength() throws {
        // Given a sentence naming the retention period by its noun, in any inflection, with its length, outside a
        // retention heading, when linted, then the retention is stated; the noun without a length is not.
        for wording in [
            "Lagringstiden är tre år.", "The retention period is 12 months.", "Säilytysajan pituus on kaksi vuotta.",
        ] {
            #expect(!(try sectionRules("Behandling", wording)).contains("missing-retention"), "\(wording)")
        }
        #expect(
            try sectionRules("Processing", "The retention period depends on many things.").contains("missing-retention")
        )
    }

    @Test func consentAsTheGroundInAnyInflectionButNotNegatedOrWithdrawn() throws {
        // Given a sentence about processing that names the data subject's own consent in a possessive form or with
        // the pronoun, or the contract in another inflection, when linted, then a legal basis is stated; consent
        // denied, withdrawn, or a cookie banner's bare consent is none.
        let grounds = [
            "Käsittelemme tietojasi, koska olet antanut siihen suostumuksesi.",
            "Tiedot kerätään suostumuksenne nojalla.",
            "We process your data because you consented to it.",
            "Uppgifterna behandlas efter att du har samtyckt.",
            "Käsittely on tarpeen sopimuksen täytäntöönpanemiseksi.",
        ]
        for wording in grounds {
            let reported = try sectionRules("Miksi käsittelemme tietoja", wording)
            #expect(!reported.contains("missing-legal-basis"), "\(wording)")
        }
        let none = [
            "Tietoja ei käytetä markkinointiin ilman suostumustasi.",
            "Voit peruuttaa suostumuksesi tietojen käsittelyyn milloin tahansa.",
            "Ulkoiset upotukset latautuvat vasta suostumuksen jälkeen, ja tiedot käsitellään vain viestin hoitamiseksi.",
            "Käytämme Google Consent Mode -tekniikkaa.",
        ]
        for wording in none {
            #expect(
                try sectionRules("Miksi käsittelemme tietoja", wording).contains("missing-legal-basis"), "\(wording)")
        }
    }
}
