import DSRCore
import Foundation
import Testing

@testable import DSRNotice

/// Causes of wrong or missed values and false lint errors found in the seventh round's fresh set (development data
/// since it was scored and read, issue 16): a separator after the controller's name, a business ID only in a footer
/// that names nobody, a retention period given after a label in a list, a legal obligation or consent named as the
/// ground outside a basis heading, Swedish wordings of rectification and erasure, and a website's operator named in
/// prose. Each snippet is written here, not copied from a notice.
struct NoticeRoundEightTests: NoticeSnippetTesting {
    @Test(arguments: [
        ("Esimerkki Oy · Y-tunnus 1234567-1", "Esimerkki Oy"),
        ("Esimerkki Oy • info@esimerkki.fi", "Esimerkki Oy"),
        ("Esimerkki Oy — Esimerkkikatu 1, 00100 Helsinki", "Esimerkki Oy"),
    ])
    func aSeparatorAfterTheNameIsNotPartOfIt(_ line: String, _ name: String) {
        // Given a name and its details joined by a middle dot, a bullet or a dash, when split, then the name part
        // ends with the name.
        #expect(PartyTokens(line).namePart == name)
    }

    @Test func aControllerLineWithAMiddleDotGivesTheName() throws {
        // Given "Rekisterinpitäjä: name · Y-tunnus …" in a paragraph of a page, when parsed, then the name has no dot.
        let text =
            "<html><body>\n<h1>Tietosuojaseloste</h1>\n"
            + "<p><strong>Rekisterinpitäjä:</strong> Esimerkki Oy · Y-tunnus 1234567-1</p>\n"
            + "<h2>Mitä tietoja keräämme</h2>\n<p>Nimi ja sähköposti.</p>\n</body></html>\n"
        #expect(try parse(text).profile.name == "Esimerkki Oy")
        #expect(try parse(text).profile.businessID == "1234567-1")
    }

    private func page(footer: String, sections: String = "") -> String {
        "<html><body>\n<h1>Tietosuojaseloste</h1>\n<p>Rekisterinpitäjä: Esimerkki ry</p>\n"
            + "<p>Yhteystiedot: hallitus@esimerkki.fi</p>\n<h2>Oikeutesi</h2>\n"
            + "<p>Sinulla on oikeus tarkastaa tietosi.</p>\n\(sections)<footer><div>\(footer)</div></footer>\n"
            + "</body></html>\n"
    }

    @Test func thePagesOnlyBusinessIDInAFooterThatNamesNobodyIsTheControllers() throws {
        // Given a controller named without an ID and the page's only business ID in a footer block that names no
        // one, when parsed, then the ID is the controller's.
        let text = page(footer: "Pakollinen lakiteksti<br>Y-tunnus: 1234567-1<br>Keräyslupa: RA/2000/1")
        #expect(try parse(text).profile.name == "Esimerkki ry")
        #expect(try parse(text).profile.businessID == "1234567-1")
    }

    @Test func aFooterIDNextToAnotherNameOrBesideASecondIDIsNotTheControllers() throws {
        // Given the footer's ID next to another party's name, or a second ID on the page, or the ID under the
        // recipients, when parsed, then the controller has no ID.
        let named = page(footer: "Webhotelli Esimerkki Oy<br>Y-tunnus: 1234567-1")
        #expect(try parse(named).profile.businessID == nil)
        let two = page(
            footer: "Y-tunnus: 1234567-1",
            sections: "<h2>Vastaanottajat</h2>\n<p>Kumppanimme, Y-tunnus: 7654321-2.</p>\n")
        #expect(try parse(two).profile.businessID == nil)
        let recipient = page(
            footer: "Sivukartta", sections: "<h2>Vastaanottajat</h2>\n<p>Y-tunnus: 1234567-1</p>\n")
        #expect(try parse(recipient).profile.businessID == nil)
    }

    private func listed(_ item: String) -> String {
        "# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel AB\nE-post: info@exempel.se\n\n"
            + "## Vilka uppgifter samlas in?\n\nWebbplatsen loggar IP-adress.\n\n- **Ändamål:** drift.\n- \(item)\n"
    }

    @Test(arguments: [
        ("**Lagringstid:** loggarna raderas löpande enligt leverantörens rutiner.", false),
        ("Säilytysaika: 12 kuukautta viimeisestä käynnistä.", false),
        ("**Retention:** deleted after the contract ends.", false),
        ("**Lagringstid:** i molnet hos leverantören.", true),
    ])
    func aRetentionLabelInAListStatesTheRetention(_ item: String, _ missing: Bool) throws {
        // Given a list item labelled with the retention period, when linted, then a period or a criterion after the
        // label states the retention; a place of storage does not.
        #expect(try rules(listed(item)).contains("missing-retention") == missing)
    }

    private func purposes(_ text: String) -> String {
        "# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy\ninfo@esimerkki.fi\n\n## Tarkoitukset ja peruste\n\n"
            + text + "\n"
    }

    @Test(arguments: [
        ("- Tarjousten laatiminen\n- Kirjanpito (lakisääteinen velvoite)", false),
        ("Genom att du registrerar dig ger du samtidigt ditt samtycke till att dina uppgifter behandlas.", false),
        ("By signing up you consent to the processing of your e-mail address.", false),
        ("- Tarjousten laatiminen\n- Kirjanpito", true),
    ])
    func aLegalObligationOrConsentNamedAsTheGroundIsABasis(_ text: String, _ missing: Bool) throws {
        // Given the legal obligation or the data subject's consent to the processing named as the ground, when
        // linted, then a basis is stated; purposes alone state none.
        #expect(try rules(purposes(text)).contains("missing-legal-basis") == missing)
    }

    private let swedish =
        "# Integritetspolicy\n\n## Personuppgifter\n\nExempel AB behandlar dina uppgifter.\n\n"

    @Test func changingAndRemovingYourDataInSwedishAreTheRights() throws {
        // Given "ändra dina uppgifter" and "Borttagande av uppgifter" outside a rights section, when linted, then
        // rectification and erasure are mentioned; "andra uppgifter" (other data) is not rectification.
        let text =
            swedish + "För att ändra dina uppgifter, kontakta oss.\n\n"
            + "Borttagande av uppgifter: kontakta oss när som helst.\n"
        let found = try rules(text)
        #expect(!found.contains("missing-right-rectification"))
        #expect(!found.contains("missing-right-erasure"))
        let other = try rules(swedish + "Andra uppgifter lämnas inte ut.\n")
        #expect(other.contains("missing-right-rectification"))
        #expect(other.contains("missing-right-erasure"))
    }

    @Test(arguments: [
        ("Denna webbplats ägs och drivs av Exempel Evenemang AB.", "Exempel Evenemang AB"),
        ("Ditt besök på denna webbplats som drivs av Exempel AB regleras av villkoren nedan.", "Exempel AB"),
        ("This website is operated by Example Events Ltd.", "Example Events Ltd"),
        ("Sivustoa ylläpitää mainostoimisto Esimerkki.", nil),
    ])
    func aWebsitesOperatorNamedInProseIsTheController(_ sentence: String, _ name: String?) throws {
        // Given a website's operator named in prose and nothing else naming the controller, when parsed, then a name
        // ending in a legal form is the controller; a name without one is not taken.
        let text = "# Integritetspolicy\n\n\(sentence)\n\n## Personuppgifter\n\nNamn och e-post.\n"
        #expect(try parse(text).profile.name == name)
    }

    @Test func aLimitedTimeInSwedishIsNotTheRightToRestriction() throws {
        // Given "under en begränsad tid" in the retention text and no right to restriction, when linted, then the
        // right is missing; "begränsning av behandlingen" or "begränsa behandlingen" names it.
        let text = swedish + "## Lagringstid\n\nAnalysdata sparas under en begränsad tid.\n"
        #expect(try rules(text).contains("missing-right-restriction"))
        let noun = try rules(text + "\nDu kan begära begränsning av behandlingen.\n")
        #expect(!noun.contains("missing-right-restriction"))
        let verb = try rules(text + "\nVi kan begränsa behandlingen på din begäran.\n")
        #expect(!verb.contains("missing-right-restriction"))
        // The same in a paragraph that names the legal basis ("Den rättsliga grunden …"), which is not about rights.
        let basis = try rules(
            swedish + "## Analys\n\nVi samlar in begränsade uppgifter. Den rättsliga grunden är berättigat intresse.\n")
        #expect(basis.contains("missing-right-restriction"))
        // And a short line ending in a colon, read as a heading, that says "begränsade" (limited).
        let heading = try rules(
            swedish + "## Analys\n\nVi samlar in begränsade tekniska uppgifter, såsom:\n\n- antal besök\n")
        #expect(heading.contains("missing-right-restriction"))
    }
}
