import DSRCore
import Foundation
import Testing

@testable import DSRNotice

/// The parser's layouts, headings and field extraction, on small notices written here.
struct NoticeParserTests {
    func parse(_ text: String) throws -> ParsedNotice {
        try NoticeParser().parse(Data(text.utf8))
    }

    @Test(arguments: [
        (
            "Rekisterinpitäjä\tEsimerkki Oy\nRekisterin nimi\tAsiakkaat\nSäilytysaika\t5 vuotta\n",
            NoticeFormat.twoColumn
        ),
        ("# Seloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy\n\n## Säilytysaika\n\n5 vuotta\n", .markdown),
        ("1. Rekisterinpitäjä\nEsimerkki Oy\n\n2. Säilytysaika\n5 vuotta\n", .numberedText),
        ("<html><body><h2>Rekisterinpitäjä</h2><p>Esimerkki Oy</p></body></html>", .html),
        ("<p><b>Rekisterinpitäjä</b></p>\n<p>Esimerkki Oy</p>\n<p>Säilytysaika 5 vuotta</p>\n", .html),
        ("REKISTERINPITÄJÄ\nEsimerkki Oy\n\nSÄILYTYSAIKA\n5 vuotta\n", .text),
    ])
    func formatIsDetected(_ text: String, _ format: NoticeFormat) throws {
        // Given a notice in a layout, when parsed, then the layout is detected and the controller found.
        let notice = try parse(text)
        #expect(notice.format == format)
        #expect(notice.profile.name == "Esimerkki Oy")
    }

    @Test(arguments: [
        ("Rekisterinpitäjä", [NoticeTopic.controller]),
        ("REKISTERIN PITÄJÄ", [.controller]),
        ("1. Rekisterinpitäjä", [.controller]),
        ("Personuppgiftsansvarig", [.controller]),
        ("Data controller", [.controller]),
        ("Yhteisrekisterinpitäjät", [.controller]),
        ("Yhteys henkilö rekisteriä koskevissa asioissa", [.contactPerson]),
        ("Rekisterinpitäjän yhteyshenkilö", [.contactPerson]),
        ("Rekisterinpitäjä ja yhteyshenkilö", [.controller, .contactPerson]),
        ("Kontaktperson i registerärenden", [.contactPerson]),
        ("Tietosuojavastaava", [.dataProtectionOfficer]),
        ("Rekisterin nimi", [.registerName]),
        ("Oikeusperuste ja henkilötietojen käsittelyn tarkoitus", [.purposes, .legalBasis]),
        ("Ändamål och rättslig grund för behandlingen", [.purposes, .legalBasis]),
        ("Purposes and legal basis", [.purposes, .legalBasis]),
        ("Rekisterinpitäjän oikeutetut edut", [.legitimateInterest]),
        ("Kyseessä olevat henkilötietoryhmät", [.dataCategories]),
        ("Registrets innehåll", [.dataCategories]),
        ("Säännönmukaiset tietolähteet", [.sources]),
        ("Tietojen luovutukset ja siirrot EU:n ulkopuolelle", [.recipients, .transfers]),
        ("Tietojen siirto EU:n tai ETA:n ulkopuolelle", [.transfers]),
        ("Henkilötietojen säilyttämisaika", [.retention]),
        ("Tietojen säilytys ja poistaminen", [.retention]),
        ("How long we keep your data", [.retention]),
        ("Lagringstid", [.retention]),
        ("Tarkastusoikeus, eli oikeus saada pääsy henkilötietoihin.", [.rightOfAccess]),
        ("Oikeus tietojen oikaisemiseen ja poistamiseen", [.rightToRectification, .rightToErasure]),
        ("Oikeus siirtää tiedot järjestelmästä toiseen", [.rightToPortability]),
        ("Kielto-oikeus", [.rightToObject]),
        ("Oikeus tehdä valitus valvontaviranomaiselle", [.complaint]),
        ("Den registrerades rättigheter", [.rights]),
        ("Evästeiden käyttötarkoitus", [.cookies]),
        ("Automaattinen käsittely ja profilointi", [.automatedDecisions]),
        ("TIETOSUOJASELOSTE", [.title]),
        ("Ostoslista", []),
    ])
    func headingsAreRecognisedByWording(_ heading: String, _ topics: [NoticeTopic]) {
        // Given a heading in Finnish, Swedish or English, when classified, then its topics are found.
        #expect(HeadingCatalogue.topics(for: heading) == topics)
    }

    @Test func twoColumnValuesContinueOnLaterLines() throws {
        // Given a value cut mid-sentence and continued on a line with an empty label, when parsed,
        let notice = try parse(
            "Rekisterinpitäjä\tEsimerkki Oy\nSäännönmukaiset tietolähteet\tTiedot saadaan asiakkaalta sekä\n\n"
                + "\t<p>viranomaisilta.</p> <p>Lisäksi kumppaneilta.</p>\nSäilytysaika\t5 vuotta\n")
        // then the sentence is joined and the next paragraph kept apart.
        #expect(notice.profile.sources == "Tiedot saadaan asiakkaalta sekä viranomaisilta.\nLisäksi kumppaneilta.")
        #expect(notice.profile.retention == "5 vuotta")
    }

    @Test func runTogetherListsAreSplit() {
        // Given the seeds' run-together lists, when split, then compounds keep their hyphen.
        #expect(
            ListSplitter.split("- Henkilön etu- ja sukunimi- Sähköpostiosoite- www-osoite- IP numero").items == [
                "Henkilön etu- ja sukunimi", "Sähköpostiosoite", "www-osoite", "IP numero",
            ])
        #expect(
            ListSplitter.split(" - vierailijan IP-osoite - vierailun ajankohta").items == [
                "vierailijan IP-osoite", "vierailun ajankohta",
            ])
        #expect(ListSplitter.split("Nimi- tai osoitetiedot").items.isEmpty)
        #expect(ListSplitter.split("Seuraavat tiedot: - nimi - osoite").intro == "Seuraavat tiedot:")
    }

    @Test func controllerLinesAreSplitIntoFields() throws {
        // Given prose and labelled controller details, when parsed,
        let notice = try parse(
            "1. Rekisterinpitäjä\nRekisterinpitäjänä toimii Esimerkki Oy (Y-tunnus 737546-2).\n"
                + "Postiosoite: PL 12, 00101 Helsinki\nPuhelin: 09 123 4567\nSähköposti: tietosuoja@esimerkki.example\n"
                + "Kotisivut: www.esimerkki.example\n\n2. Säilytysaika\n5 vuotta\n")
        // then each detail lands in its field and the legacy six-digit business ID is padded.
        #expect(notice.profile.name == "Esimerkki Oy")
        #expect(notice.profile.businessID == "0737546-2")
        #expect(notice.profile.address == "PL 12, 00101 Helsinki")
        #expect(notice.profile.phone == "09 123 4567")
        #expect(notice.profile.email == "tietosuoja@esimerkki.example")
    }

    @Test func invalidBusinessIDIsRecordedButNotUsed() throws {
        // Given a business ID whose check digit is wrong, when parsed,
        let notice = try parse(
            "Rekisterinpitäjä\tEsimerkki Oy, Y-tunnus 1234567-8\nRekisterin nimi\tA\nSäilytysaika\t1 v\n")
        // then the profile has none, the field record says invalid, and the field is missing.
        #expect(notice.profile.businessID == nil)
        #expect(notice.fields.contains { $0.field == .businessID && $0.value == "1234567-8" && !$0.isValid })
        #expect(notice.missing.contains(.businessID))
    }

    @Test func controllersInSeparateSectionsAreSeparate() throws {
        // Given two controller headings with different companies, when parsed,
        let notice = try parse(
            "## Rekisterinpitäjä 1\n\nAlfa Oy\n\nY-tunnus: 2747637-5\n\n## Rekisterinpitäjä 2\n\nBeeta Oy\n\n"
                + "Y-tunnus: 2934885-2\n\n## Yhteyshenkilö\n\nMaija Meikäläinen, maija@alfa.example\n")
        // then both are controllers, the first is the profile and has the contact person.
        #expect(notice.controllers.map(\.name) == ["Alfa Oy", "Beeta Oy"])
        #expect(notice.controllers.map(\.businessID) == ["2747637-5", "2934885-2"])
        #expect(notice.profile.contactPerson == "Maija Meikäläinen")
        #expect(notice.controllers[1].contactPerson == nil)
        #expect(notice.fields.filter { $0.controller == 1 }.map(\.field) == [.name, .businessID])
    }

    @Test func aNumberedListInsideASectionIsNotAHeading() throws {
        // Given numbered items under the third heading, when parsed, then they stay in that section.
        let notice = try parse(
            "1. Rekisterinpitäjä\nEsimerkki Oy\n\n2. Rekisterin nimi\nAsiakkaat\n\n3. Rekisterin tietosisältö\n"
                + "1. nimi\n2. osoite\n\n4. Säilytysaika\n2 vuotta\n")
        #expect(notice.profile.dataCategories == ["nimi", "osoite"])
        #expect(notice.profile.retention == "2 vuotta")
        #expect(notice.sections.compactMap(\.heading).count == 4)
    }

    @Test func htmlMarkupIsStrippedAndStructureKept() throws {
        // Given an HTML page with scripts, comments, entities, a table and a definition list, when parsed,
        let notice = try parse(
            """
            <!DOCTYPE html><html><head><title>Rekisterinpitäjä X</title><style>p{}</style></head><body>
            <script>document.write("<h2>Säilytysaika</h2>")</script><!-- <h2>Rekisterin nimi</h2> -->
            <h2>Rekisterinpit&auml;j&auml;</h2>
            <table><tr><td>Nimi</td><td>Esimerkki &amp; Poika Oy</td></tr>
            <tr><td>Y-tunnus</td><td>2747637-5</td></tr></table>
            <dl><dt>Säilytysaika</dt><dd>Kolme vuotta.</dd></dl>
            </body></html>
            """)
        // then only the visible text is read and headings come from <h2> and <dt>.
        #expect(notice.profile.name == "Esimerkki & Poika Oy")
        #expect(notice.profile.businessID == "2747637-5")
        #expect(notice.profile.retention == "Kolme vuotta.")
        #expect(notice.profile.registerName == nil)
        #expect(notice.sections.compactMap(\.heading) == ["Rekisterinpitäjä", "Säilytysaika"])
    }

    @Test func linesMatchTheSourceLines() throws {
        // Given a two-column notice with HTML, when parsed, then there is one markup-free entry per source line.
        let notice = try parse(
            "Otsikko\n\nRekisterinpitäjä\t<p>Esimerkki <b>Oy</b></p>\r\nRekisterin nimi\tAsiakkaat\r\n"
                + "Säilytysaika\t2 v\r\n"
        )
        #expect(notice.format == .twoColumn)
        #expect(
            notice.lines == [
                "Otsikko", "", "Rekisterinpitäjä Esimerkki Oy", "Rekisterin nimi Asiakkaat", "Säilytysaika 2 v",
            ])
        #expect(notice.fields.first { $0.field == .retention }?.line == 5)
    }

    @Test func emptySectionsLeaveFieldsMissing() throws {
        // Given headings with nothing under them, when parsed, then the fields are missing, not empty strings.
        let notice = try parse("Rekisterinpitäjä\tEsimerkki Oy\nSäilytysaika\t\nAutomaattinen päätöksenteko\t \n")
        #expect(notice.profile.retention == nil)
        #expect(notice.profile.automatedDecisions == nil)
        #expect(notice.missing.contains(.retention))
        #expect(notice.fields.allSatisfy { !$0.value.isEmpty })
    }

    @Test func authorityIsQuotedFromItsName() throws {
        // Given the authority named before its address, in one sentence or over several lines, when parsed,
        let inline = try parse(
            "Rekisterinpitäjä\tEsimerkki Oy\nRekisterin nimi\tA\n"
                + "Valitusoikeus\tVoit valittaa tietosuojavaltuutetulle osoitteella: "
                + "Tietosuojavaltuutetun toimisto, PL 800, 00531 Helsinki. Lisätietoja saat meiltä.\n")
        let lines = try parse(
            "## Rekisterinpitäjä\n\nEsimerkki Oy\n\n## Valvontaviranomainen\n\nTietosuojavaltuutetun toimisto  \n"
                + "Lintulahdenkuja 4, 00530 Helsinki  \ntietosuoja@om.fi\n")
        // then the quote starts at the name and ends with the details.
        #expect(inline.profile.authorityAsQuoted == "Tietosuojavaltuutetun toimisto, PL 800, 00531 Helsinki")
        #expect(
            lines.profile.authorityAsQuoted
                == "Tietosuojavaltuutetun toimisto\nLintulahdenkuja 4, 00530 Helsinki\ntietosuoja@om.fi")
    }

    @Test func datesAreFoundInSeveralForms() {
        #expect(DateFinder.date(in: "Päivitetty 5. marraskuuta 2020") == "5. marraskuuta 2020")
        #expect(DateFinder.date(in: "Uppdaterad 2024-03-01.") == "2024-03-01")
        #expect(DateFinder.date(in: "Last updated: June 23, 2020") == "June 23, 2020")
        #expect(DateFinder.date(in: "Laadittu toukokuu 2019") == "toukokuu 2019")
        #expect(DateFinder.date(in: "Versio 3, ei päiväystä") == nil)
    }
}
