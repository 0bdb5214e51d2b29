import DSRCore
import Foundation
import Testing

@testable import DSRNotice

/// Causes of wrong and missed values and false lint errors found in the eleventh round's fresh set (development data
/// since it was scored once and read, issue 16): an identifier label after a comma in an inline name line, the
/// controller after "rekisterinpitäjänä toimii" in mid-sentence, a role line read as the controller's name, labels
/// and values in sibling `<span>` cells, an HTML heading inside Markdown, placeholders where a value belongs, a
/// business ID without its dash, a legal duty as the legal basis and the right of access in a hyphenated series.
/// Each snippet is written here, not copied from a notice.
struct NoticeRoundElevenTests: NoticeSnippetTesting {
    @Test func aNameEndsAtACommaBeforeAnIdentifiersLabel() throws {
        // Given an inline controller line whose organisation number (no Finnish business ID) follows the name after
        // a comma, when parsed, then the name ends before the comma; a comma inside the name's parentheses stays.
        let notice = try parse(
            page(
                heading: "Personuppgiftsansvarig",
                controller: "EXEMPEL AB (Exempel Verkstad, tidigare Annat Namn), org.nr 556000-0000, Box 12,"
                    + " 123 45 Exempelby. E-post: info@exempel.se"))
        #expect(notice.profile.name == "EXEMPEL AB (Exempel Verkstad, tidigare Annat Namn)")
        #expect(PartyTokens("Esimerkki Oy, y-tunnus haetaan").namePart == "Esimerkki Oy")
        #expect(PartyTokens("Exempel AB, org. nr 556000-0000").namePart == "Exempel AB")
        #expect(PartyTokens("Esimerkki, Oy ja Kumppanit").namePart == "Esimerkki, Oy ja Kumppanit")
    }

    @Test func theControllerAfterRekisterinpitajanaToimiiInMidSentence() throws {
        // Given the controller's section opening "Tämän verkkosivuston rekisterinpitäjänä toimii X Oy (y-tunnus …).
        // …", when parsed, then the name is the subject after the lead-in, not the clause before it.
        let notice = try parse(
            page(
                controller: "Tämän verkkosivuston rekisterinpitäjänä toimii <strong>Esimerkki Oy</strong> (y-tunnus:"
                    + " 1234567-1). Toimipaikkamme sijaitsee Turussa, ja meihin saa yhteyden osoitteessa"
                    + " info@esimerkki.fi."))
        #expect(notice.profile.name == "Esimerkki Oy")
        #expect(notice.profile.businessID == "1234567-1")
        #expect(PartyParser.stripLeadIn("Sivuston rekisterinpitäjänä toimii Esimerkki Oy") == "Esimerkki Oy")
        // A long clause before it, or a subject in lower case, is left as written.
        let clause = "Kun käytät palvelua ja lähetät lomakkeen, rekisterinpitäjänä toimii Esimerkki Oy"
        #expect(PartyParser.stripLeadIn(clause) == clause)
        let lower = "Yhdistyksen rekisterinpitäjänä toimii hallitus"
        #expect(PartyParser.stripLeadIn(lower) == lower)
    }

    @Test func aRoleLineIsNoControllersName() throws {
        // Given a controllers' section that names them in prose and then a line naming a role, followed by the
        // person who holds it, when parsed, then neither the role nor the person is the controller's name.
        let text = """
            <html><body>
            <h1>Tietosuojaseloste</h1>
            <h2>Rekisterinpitäjät</h2>
            <p>Tutkimuksen yhteisrekisterinpitäjiä ovat Esimerkkisäätiö sr ja Toinen korkeakoulu.</p>
            <p>Tutkimuksesta vastaava henkilö</p>
            <p>Kysymykset voi osoittaa vastaavalle henkilölle:</p>
            <p>Maija Esimerkki</p>
            <p>maija.esimerkki@esimerkki.fi</p>
            </body></html>
            """
        let notice = try parse(text)
        #expect(notice.profile.name != "Tutkimuksesta vastaava henkilö")
        #expect(notice.profile.name != "Maija Esimerkki")
        #expect(PartyParser.isRolePhrase("Tutkimuksesta vastaava henkilö"))
        #expect(PartyParser.isRolePhrase("Rekisteriasioiden yhteyshenkilö:"))
        #expect(!PartyParser.isRolePhrase("Maija Henkilö"))
        #expect(!PartyParser.isRolePhrase("Esimerkki Oy"))
    }

    @Test func labelsAndValuesInSiblingSpans() throws {
        // Given a card of sibling label and value spans before the sections, when read, then each label is read
        // over its value ("Osoite: …"), and the controller's name and address are found.
        let text = """
            <html><body>
            <h1>Tietosuojaseloste</h1>
            <div class="meta">
              <div class="cell">
                <span class="lbl">Rekisterinpitäjä</span>
                <span class="val">Asianajotoimisto Esimerkki &amp; Kumppanit</span>
              </div>
              <div class="cell">
                <span class="lbl">Osoite</span>
                <span class="val">Esimerkkikatu 20 B 5, 96200 Rovaniemi</span>
              </div>
              <div class="cell"><span class="lbl">Sähköposti</span><span class="val">info@esimerkki.fi</span></div>
            </div>
            <h2>Käsittelyn tarkoitus</h2>
            <p>Asiakassuhteen hoitaminen.</p>
            </body></html>
            """
        let blocks = HTMLBlockBuilder.blocks(from: text, firstLine: 1).map(\.block.text)
        #expect(blocks.contains("Osoite: Esimerkkikatu 20 B 5, 96200 Rovaniemi"))
        #expect(blocks.contains("Sähköposti: info@esimerkki.fi"))
        let notice = try parse(text)
        #expect(notice.profile.name == "Asianajotoimisto Esimerkki & Kumppanit")
        #expect(notice.profile.address?.contains("96200") == true)
        // A label span with nothing after it in its block gets no colon.
        let alone = HTMLBlockBuilder.blocks(from: "<div><span class=\"label\">Lakiasiat</span></div>", firstLine: 1)
        #expect(alone.map(\.block.text) == ["Lakiasiat"])
        #expect(HTMLBlockBuilder.isLabelClass(" class=\"legal-meta-label small\""))
        #expect(!HTMLBlockBuilder.isLabelClass(" class=\"value\""))
    }

    @Test func anHTMLHeadingInsideMarkdown() throws {
        // Given a Markdown page (one "#" heading, a list and a bold label) whose sections open with HTML headings,
        // the name on the next line with a hard break, when parsed, then it is read as Markdown, the heading is a
        // heading and the name is read under it.
        let text = [
            "# Tietosuojaseloste", "", "**Päivitetty:** 1.1.2026", "", "<h2 id=\"controller\">1. Rekisterinpitäjä</h2>",
            "", "Esimerkki Oy  ", "Yhteystiedot: info@esimerkki.fi", "", "<h2 id=\"data\">2. Käsiteltävät tiedot</h2>",
            "", "- nimi", "- sähköpostiosoite", "", "<h2 id=\"retention\">3. Tietojen säilytys</h2>", "",
            "Tietoja säilytetään kaksi vuotta.",
        ].joined(separator: "\n")
        #expect(NoticeFormatDetector.detect(lines: text.components(separatedBy: "\n")) == .markdown)
        let notice = try parse(text)
        #expect(notice.sections.contains { $0.heading == "1. Rekisterinpitäjä" })
        #expect(notice.profile.name == "Esimerkki Oy")
        #expect(MarkdownReader.htmlHeading("<h2 id=\"x\">1. Rekisterinpitäjä</h2>") == "1. Rekisterinpitäjä")
        #expect(MarkdownReader.htmlHeading("<h2>a</h2> and <h3>b</h3>") == nil)
        #expect(MarkdownReader.htmlHeading("<hr>") == nil)
    }

    @Test func placeholdersAreNoValue() throws {
        // Given a template's placeholders for the address and the organisation number, when parsed and linted,
        // then no address is read and no invalid business ID is reported; a bracketed ID placeholder still is.
        let text = page(
            heading: "Personuppgiftsansvarig",
            controller: "Exempel EL<br>Org.nr: XXX XXX-XXXX<br>Adress: [Adress]<br>E-post: info@exempel.se")
        let notice = try parse(text)
        #expect(notice.profile.name == "Exempel EL")
        #expect(notice.profile.address == nil)
        #expect(!(try rules(text).contains("invalid-business-id")))
        #expect(PartyParser.isPlaceholder("[Adress]"))
        #expect(PartyParser.isPlaceholder("XXXXXXX-X"))
        #expect(!PartyParser.isPlaceholder("[Esimerkkikatu 1]"))
        #expect(!PartyParser.isPlaceholder("Box 6"))
        let bracketed = page(controller: "Esimerkki Oy<br>Y-tunnus: [Y-tunnus]<br>info@esimerkki.fi")
        #expect(try rules(bracketed).contains("invalid-business-id"))
    }

    @Test func aBusinessIDWithoutItsDash() throws {
        // Given "Y-tunnus 12345671" (1234567-1 without its dash), when parsed, then the ID is read with its dash;
        // eight digits whose last is not the check digit are no ID.
        let notice = try parse(page(controller: "Esimerkki Oy<br>Y-tunnus 12345671<br>info@esimerkki.fi"))
        #expect(notice.profile.businessID == "1234567-1")
        #expect(PartyTokens("Y-tunnus 12345671").first(.businessID)?.value == "1234567-1")
        #expect(PartyTokens("Y-tunnus 12345672").first(.businessID) == nil)
        #expect(PartyTokens("Asiakasnumero 12345671").first(.businessID) == nil)
    }

    @Test func aLegalDutyIsALegalBasis() throws {
        // Given a notice whose only ground is a statutory duty ("lakisääteinen velvollisuus"), when linted, then no
        // missing legal basis is reported.
        let body =
            "<h2>Käsittelyn tarkoitus</h2><p>Rekisterinpitäjällä on lakisääteinen velvollisuus"
            + " potilasasiakirjojen laatimiseen.</p>"
        #expect(
            !(try rules(page(controller: "Esimerkki Oy<br>info@esimerkki.fi", body: body)).contains(
                "missing-legal-basis")))
        let none = "<h2>Käsittelyn tarkoitus</h2><p>Potilasasiakirjojen laatiminen.</p>"
        #expect(
            try rules(page(controller: "Esimerkki Oy<br>info@esimerkki.fi", body: none)).contains(
                "missing-legal-basis"))
    }

    @Test func theRightOfAccessInAHyphenatedSeries() throws {
        // Given the right of access named only as the first part of a hyphenated series ("tarkastus-, oikaisu- tai
        // poistopyyntö"), when linted, then no missing right of access is reported.
        let body =
            "<h2>Oikeudet</h2><p>Rekisteröidyn pyynnöt (esim. tarkastus-, oikaisu- tai poistopyyntö) voi lähettää"
            + " sähköpostilla.</p>"
        #expect(
            !(try rules(page(controller: "Esimerkki Oy<br>info@esimerkki.fi", body: body)).contains(
                "missing-right-access")))
        let without = body.replacingOccurrences(of: "tarkastus-, ", with: "")
        #expect(
            try rules(page(controller: "Esimerkki Oy<br>info@esimerkki.fi", body: without)).contains(
                "missing-right-access"))
    }

    @Test func aSentenceSayingNoRequestIsNeededStatesNoRight() throws {
        // Given a rights section saying the users have no need to request erasure, when linted, then the right to
        // erasure is missing; a sentence that states the right names it.
        let negated =
            "<h2>Oikeutesi</h2><p>Koska sovellus ei käsittele henkilötietoja, käyttäjillä ei ole tarpeita pyytää"
            + " tietojen poistamista.</p>"
        #expect(
            try rules(page(controller: "Esimerkki Oy<br>info@esimerkki.fi", body: negated)).contains(
                "missing-right-erasure"))
        let stated = "<h2>Oikeutesi</h2><p>Käyttäjät voivat pyytää tietojen poistamista.</p>"
        #expect(
            !(try rules(page(controller: "Esimerkki Oy<br>info@esimerkki.fi", body: stated)).contains(
                "missing-right-erasure")))
        #expect(!RightsRules.namesErasure("kayttajilla ei ole tarpeita pyytaa tietojen poistamista."))
    }
}
