import DSRCore
import Foundation
import Testing

@testable import DSRNotice

/// One test per cause that made real notices fail (issue 16), each on a snippet written here in the form real notices
/// take, not on a copied notice.
struct NoticeCauseTests {
    func parse(_ text: String) throws -> ParsedNotice {
        try NoticeParser().parse(Data(text.utf8))
    }

    func errors(_ text: String) throws -> Set<String> {
        Set(try NoticeLinter().lint(try parse(text)).filter { $0.severity == .error }.map(\.rule))
    }

    // MARK: headings

    @Test func aHeadingAloneBetweenBlankLinesIsAHeading() throws {
        // Given a plain-text heading followed by a blank line, when parsed, then it still heads its section.
        let notice = try parse("Tietosuojaseloste\n\nREKISTERINPITÄJÄ\n\nEsimerkki Oy\nKauppakatu 1, 00100 Helsinki\n")
        #expect(notice.profile.name == "Esimerkki Oy")
        #expect(notice.profile.address == "Kauppakatu 1, 00100 Helsinki")
    }

    @Test func aColonInsideAWordDoesNotMakeALabel() throws {
        // Given "EU:n yleinen tietosuoja-asetus: …" in plain text, when read, then it is not split into heading
        // and value at the colon inside "EU:n".
        #expect(HeadingRules.labelledHeading("EU:n yleinen tietosuoja-asetus: käsittely perustuu sopimukseen") == nil)
        #expect(HeadingRules.labelledHeading("Rekisterinpitäjä: Esimerkki Oy")?.value == "Esimerkki Oy")
    }

    @Test(arguments: [
        "1. Rekisterinpitäjä\nEsimerkki Oy\n\n2. Rekisterin nimi\nAsiakasrekisteri\n",
        "# Seloste\n\n**Rekisterin pitäjä**\n\nEsimerkki Oy\n\n**Rekisterin nimi**\n\nAsiakasrekisteri\n",
        "<h3><u>Rekisterinpitäjä</u></h3>\n<p>Esimerkki Oy</p>\n<h3>Rekisterin nimi</h3>\n<p>Asiakasrekisteri</p>\n",
        "PERSONUPPGIFTSANSVARIG\nEsimerkki Oy\n\nREGISTRETS NAMN\nAsiakasrekisteri\n",
        "# Privacy notice\n\n## Controller\n\nEsimerkki Oy\n\n## Name of the register\n\nAsiakasrekisteri\n",
    ])
    func numberedBoldUnderlinedCapitalSwedishAndEnglishHeadings(_ text: String) throws {
        // Given the heading styles real notices use, when parsed, then the controller and register are found.
        let notice = try parse(text)
        #expect(notice.profile.name == "Esimerkki Oy")
        #expect(notice.profile.registerName == "Asiakasrekisteri")
    }

    // MARK: the controller

    @Test(arguments: [
        "Teknologföreningen r.f.", "Visiosto Oy / Asiakasrekisteri", "Tmi S. Virmasalo",
        "Oskillaatio – Helsingin yliopiston fysikaalisten tieteiden alumnit ry",
    ])
    func realNamesAreNames(_ name: String) throws {
        // Given names with abbreviations, initials, slashes and many words, when checked, then they are names.
        #expect(PartyParser.isControllerName(name))
        let notice = try parse("1. Rekisterinpitäjä\n\(name)\nY-tunnus: 5908301-5\n\n2. Rekisterin nimi\nJäsenet\n")
        #expect(notice.profile.name == name)
        #expect(notice.controllers.count == 1)
    }

    @Test func aSentenceIsNotAName() {
        // Given a sentence under the controller heading, when checked, then it is prose, not a name.
        #expect(!PartyParser.isControllerName("Esimerkki on sitoutunut varmistamaan että tietoja käsitellään hyvin."))
    }

    @Test func aDefinitionClauseIsNotPartOfTheName() throws {
        // Given "Yhdistyksen nimi: X ry (myöhemmin yhdistys)", when parsed, then the name is "X ry".
        let notice = try parse(
            "1. Rekisterinpitäjä\nYhdistyksen nimi: Esimerkkiyhdistys ry (myöhemmin yhdistys)\n\n2. Rekisterin nimi\nA\n"
        )
        #expect(notice.profile.name == "Esimerkkiyhdistys ry")
    }

    @Test func aStreetLineIsNotASecondController() throws {
        // Given a name, a street without a street-type word and "Town centre, 99130 Sirkka", when parsed, then one
        // controller with that address: no invented "Controller 2".
        let one = try parse(
            "1. Rekisterinpitäjä\nEsimerkki Oy\nKevätlinnunsilmä 2,\n91900 Liminka\n\n2. Rekisterin nimi\nA\n")
        #expect(one.controllers.count == 1)
        #expect(one.profile.address == "Kevätlinnunsilmä 2\n91900 Liminka")
        let two = try parse(
            "1. Rekisterinpitäjä\nEsimerkki Oy\nLevin keskusta, 99130 Sirkka\n\n2. Rekisterin nimi\nA\n")
        #expect(two.controllers.count == 1)
        #expect(two.profile.address == "Levin keskusta, 99130 Sirkka")
    }

    @Test(arguments: [
        ("Esimerkki Oy\nMannerheimintie 1\nFI-00100 Helsinki", "Mannerheimintie 1\nFI-00100 Helsinki"),
        ("Esimerkki Oy\nMannerheimintie 1\n00100 HELSINKI", "Mannerheimintie 1\n00100 HELSINKI"),
        ("Esimerkki ry\nPL69 02151 Espoo", "PL69 02151 Espoo"),
        (
            "Nimi: Esimerkki Oy\nOsoite: Rajatie 6 A 4\nPostinumero: 00730\nPostitoimipaikka: HELSINKI",
            "Rajatie 6 A 4\n00730\nHELSINKI"
        ),
    ])
    func postalAddressesInTheirRealForms(_ body: String, _ address: String) throws {
        // Given addresses with FI- codes, capital towns, glued PO boxes and labelled postal codes, when parsed,
        // then the whole address is read.
        let notice = try parse("1. Rekisterinpitäjä\n\(body)\n\n2. Rekisterin nimi\nA\n")
        #expect(notice.profile.address == address)
    }

    @Test func markdownWithHTMLBreaksCareOfLinesBoxesAndGuardedAddresses() throws {
        // Given a Markdown controller block with <br/> line ends, a definition clause in quotes, a c/o line and an
        // address written "(at)", when parsed, then each value is clean.
        let notice = try parse(
            """
            # Privacy notice

            ## 1. Controller

            Esimerkki Ltd (hereinafter “Esimerkki”)<br/>
            c/o Antti Esimerkki, Sammonkatu 12 B 28, 00100 HELSINKI<br />
            E-mail: tietosuoja(at)esimerkki.fi

            ## 2. Name of the register

            Customers
            """)
        #expect(notice.profile.name == "Esimerkki Ltd")
        #expect(notice.profile.address == "c/o Antti Esimerkki, Sammonkatu 12 B 28, 00100 HELSINKI")
        #expect(notice.profile.email == "tietosuoja@esimerkki.fi")
        #expect(notice.controllers.count == 1)
        let box = try parse(
            "1. Controller\nNational Library\nP.O. Box 26 (Teollisuuskatu 23)\n00014 University of Helsinki\n")
        #expect(box.profile.address?.hasPrefix("P.O. Box 26") == true)
    }

    @Test func aLabelOnItsOwnLineLabelsTheNextOne() throws {
        // Given a table-like page where "Nimi" is a sub-heading and the name follows, when parsed, then it is read.
        let notice = try parse(
            "<h3>Rekisterinpitäjä</h3>\n<h4>Nimi</h4>\n<p>Joel Esimerkki</p>\n<h4>Yhteystiedot</h4>\n"
                + "<p>PL 35<br>40014 Jyväskylän yliopisto</p>\n<h3>Rekisterin nimi</h3>\n<p>A</p>\n")
        #expect(notice.profile.name == "Joel Esimerkki")
        #expect(notice.profile.address == "PL 35\n40014 Jyväskylän yliopisto")
    }

    @Test(arguments: [
        "2. Yhteyshenkilö rekisteriä koskevissa asioissa", "## Kontaktperson", "## Contact person for register matters",
        "## Contact address for matters concerning the register",
    ])
    func contactHeadingsAreRecognised(_ heading: String) {
        // Given a contact heading in Finnish, Swedish or English, when classified, then it is the contact person.
        #expect(HeadingCatalogue.topics(for: heading).contains(.contactPerson))
    }

    @Test func theFooterNamesTheControllerWhenNoHeadingDoes() throws {
        // Given a page whose controller details stand only in its footer, when parsed, then they are read; a
        // copyright line names the firm when no name line does.
        let page = """
            <h1>Tietosuojaseloste</h1><h2>1. Perustietoa</h2><p>Emme kerää tietoja kotisivukäynneiltä.</p>
            <footer><h6>Esimerkki Oy</h6><a href="mailto:myynti@esimerkki.fi">myynti@esimerkki.fi</a>
            <div>Y-tunnus: 5908301-5</div></footer>
            """
        let notice = try parse(page)
        #expect(notice.profile.name == "Esimerkki Oy")
        #expect(notice.profile.businessID == "5908301-5")
        #expect(notice.profile.email == "myynti@esimerkki.fi")
        #expect(
            FallbackParty.copyrightName("Copyright © Esimerkki Oy 2023. Kotisivut toteuttanut Toinen Oy .")
                == "Esimerkki Oy")
    }

    @Test func aControllerNamedInProseIsRead() throws {
        // Given a notice whose only naming of the controller is a sentence, when parsed, then that name is read;
        // a clause that is not a name is not.
        let notice = try parse(
            "# Tietosuoja\n\n## Oikeudet\n\nHenkilörekisteriä ylläpitää Esimerkkiseuran hallitus. "
                + "Voit pyytää tietojesi poistamista.\n")
        #expect(notice.profile.name == "Esimerkkiseuran hallitus")
        let prose = try parse(
            "# Tietosuoja\n\n## Oikeudet\n\nRekisterinpitäjä on velvollinen vastaamaan kuukaudessa.\n")
        #expect(prose.profile.name == nil)
    }

    @Test func theAddressToWriteToIsTheContactEmail() throws {
        // Given a notice that names no controller but says where to write, when parsed, then that is the e-mail;
        // the authority's address is never taken.
        let notice = try parse(
            """
            # Tietosuoja

            Valituksen voi tehdä tietosuojavaltuutetulle, tietosuoja@om.fi.

            Jos haluat tietosi pois, ota yhteyttä sähköpostitse osoitteeseen ylläpito@example.fi.
            """)
        #expect(notice.profile.email == "ylläpito@example.fi")
    }

    // MARK: rights and transfers

    @Test(arguments: [
        "Tietoja ei säännönmukaisesti siirretä EU:n tai ETA:n ulkopuolelle.",
        "Uppgifterna överförs inte utanför EU eller EES.",
        "Personal data will not be transferred outside the EU.",
    ])
    func aDeniedTransferNeedsNoSafeguard(_ sentence: String) throws {
        // Given a notice that denies transfers, when linted, then no safeguard is demanded.
        let findings = try NoticeLinter().lint(try parse("# Seloste\n\n## Siirrot\n\n\(sentence)\n"))
        #expect(!findings.contains { $0.rule == "transfer-safeguards" })
    }

    @Test(arguments: [
        ("Registered students have the right to check their data (access rights).", "missing-right-access"),
        ("You may ask us to limit processing of your data.", "missing-right-restriction"),
        (
            "Du har rätt att få uppgifterna i maskinläsbar form och överföra dem till en annan personuppgiftsansvarig.",
            "missing-right-portability"
        ),
    ])
    func rightsInOtherWords(_ sentence: String, _ rule: String) throws {
        // Given a right described in other words, when linted, then it is not reported missing.
        let findings = try NoticeLinter().lint(try parse("# Notice\n\n## Rights\n\n\(sentence)\n"))
        #expect(!findings.contains { $0.rule == rule })
    }

    // MARK: dates

    @Test(arguments: [
        ("Viimeksi päivitetty 27/08/2025.", "27/08/2025"),
        ("Päivitetty: 1.1.2025", "1.1.2025"),
        (
            "Tämä on EU:n yleisen tietosuoja-asetuksen mukainen seloste. Laadittu 6.10.2018. Viimeksi päivitetty 1.2.2020.",
            "1.2.2020"
        ),
        ("Publicerad: 2024-03-01", "2024-03-01"),
        ("This notice was last updated on 3 March 2024.", "3 March 2024"),
    ])
    func noticeDatesAfterTheirWords(_ line: String, _ date: String) throws {
        // Given a date introduced anywhere in a paragraph, when parsed, then it is the notice's date (the last change
        // before the writing date).
        let notice = try parse("# Tietosuojaseloste\n\n\(line)\n\n## Rekisterinpitäjä\n\nEsimerkki Oy\n")
        #expect(notice.profile.noticeDate == date)
    }

    // MARK: lint misses

    @Test(arguments: ["Y-tunnus: 5908301-4", "Nimi: Esimerkki ry (y-tunnus 33425921-3)"])
    func aBusinessIDWithAWrongCheckDigitIsAnError(_ line: String) throws {
        // Given a business ID that fails DSRCore's check (or has eight digits), when linted, then it is an error
        // and the ID is not imported.
        let text = "1. Rekisterinpitäjä\nEsimerkki ry\n\(line)\n\n2. Rekisterin nimi\nA\n"
        #expect(try errors(text).contains("invalid-business-id"))
        #expect(try parse(text).profile.businessID == nil)
    }

    @Test func aRetentionHeadingWithoutAPeriodIsMissingRetention() throws {
        // Given a "säilytys" heading about where data are stored, not for how long, when linted, then retention is
        // missing; with a period or a criterion it is not.
        let storage = "# Seloste\n\n## Tietojen säilytys ja käsittely\n\nTiedot säilytetään pilvipalvelussa.\n"
        #expect(try errors(storage).contains("missing-retention"))
        let period = "# Seloste\n\n## Tietojen säilytys\n\nTiedot säilytetään kaksi vuotta.\n"
        #expect(try !errors(period).contains("missing-retention"))
        let criterion = "# Seloste\n\n## Tietojen säilytys\n\nTiedot säilytetään, kunnes jäsenyys päättyy.\n"
        #expect(try !errors(criterion).contains("missing-retention"))
    }

    // MARK: input forms

    @Test func aTSXPageIsReadAsItsVisibleText() throws {
        // Given a React page, when parsed, then the visible text is read on its source lines and the code is not.
        let page = """
            import Link from "next/link";

            export default function TietosuojaPage() {
              const updated = new Date().toLocaleDateString("fi-FI");
              return (
                <main className="mx-auto max-w-4xl px-4">
                  <h1 className="text-3xl font-bold">Tietosuojaseloste</h1>
                  <h2 className="mt-8">1. Rekisterinpitäjä</h2>
                  <p>
                    Esimerkki Oy<br />
                    Y-tunnus: 5908301-5<br />
                    Sähköposti:{" "}
                    <a href="mailto:info@esimerkki.fi">info@esimerkki.fi</a>
                  </p>
                  {/* footer comment */}
                  <PrivacySection title="Säilytysaika">
                    <p>Tietoja säilytetään {2} vuotta.</p>
                  </PrivacySection>
                </main>
              );
            }
            """
        let notice = try parse(page)
        #expect(notice.format == .sourcePage)
        #expect(notice.profile.name == "Esimerkki Oy")
        #expect(notice.profile.businessID == "5908301-5")
        #expect(notice.profile.email == "info@esimerkki.fi")
        #expect(notice.fields.first { $0.field == .name }?.line == 10)
        #expect(!notice.lines.joined().contains("className"))
        #expect(!notice.lines.joined().contains("toLocaleDateString"))
    }

    @Test func sectionsGivenAsDataInAPageAreRead() throws {
        // Given a page whose sections are string properties, when parsed, then headings and text are read.
        let page = """
            import { Layout } from "@/components/Layout";
            const sections = [
              { heading: "Rekisterinpitäjä", text: "Esimerkki Oy (y-tunnus: 5908301-5)\\nLevin keskusta, 99130 Sirkka" },
              { heading: "Säilytysaika", text: "Tietoja säilytetään kaksi vuotta." },
            ];
            export default function Page() { return <Layout sections={sections} />; }
            """
        let notice = try parse(page)
        #expect(notice.profile.name == "Esimerkki Oy")
        #expect(notice.profile.address == "Levin keskusta, 99130 Sirkka")
        #expect(notice.profile.retention == "Tietoja säilytetään kaksi vuotta.")
    }

    @Test func vueAndPHPTemplatesAreReadAsTheirVisibleText() throws {
        // Given a Vue single-file component and a PHP template, when parsed, then interpolations and PHP code are
        // dropped and the markup read.
        let vue = """
            <template>
              <section class="privacy">
                <h2>1. Rekisterinpitäjä</h2>
                <p>Esimerkki Oy<br>{{ company.businessId }}<br>tietosuoja@esimerkki.fi</p>
                <h2>2. Säilytysaika</h2>
                <p>Tietoja säilytetään kaksi vuotta.</p>
              </section>
            </template>
            <script setup>
            const company = { businessId: "5908301-5" }
            </script>
            """
        let page = try parse(vue)
        #expect(page.format == .sourcePage)
        #expect(page.profile.name == "Esimerkki Oy")
        #expect(page.profile.email == "tietosuoja@esimerkki.fi")
        #expect(page.profile.retention == "Tietoja säilytetään kaksi vuotta.")
        let php = """
            <?php include("header.php"); ?>
            <h2>Rekisterinpitäjä</h2>
            <ul><li>Esimerkki Oy</li><li>Kauppakatu 1</li><li>00100 Helsinki</li></ul>
            <h2>Säilytysaika</h2>
            <p><?= $retention ?>Kaksi vuotta.</p>
            <?php include("footer.php"); ?>
            """
        let template = try parse(php)
        #expect(template.profile.name == "Esimerkki Oy")
        #expect(template.profile.retention == "Kaksi vuotta.")
        #expect(!template.lines.joined().contains("include"))
    }

    @Test func entitiesBreaksAndTablesGiveCleanText() throws {
        // Given HTML with entities, <br> and a table, when parsed, then the values are clean text.
        let page =
            "<html><body><h2>Rekisterinpitäjä</h2><table><tr><td>Nimi</td><td>Esimerkki &amp; Poika Oy</td>"
            + "</tr><tr><td>Osoite</td><td>Kauppakatu&nbsp;1<br>00100 Helsinki</td></tr></table></body></html>"
        let notice = try parse(page)
        #expect(notice.profile.name == "Esimerkki & Poika Oy")
        #expect(notice.profile.address?.contains("Kauppakatu 1") == true)
    }

    @Test func garbledSourceNeverTraps() throws {
        // Given unbalanced page sources, when parsed, then dsr answers without a trap.
        for text in [
            "import x from 'y';\nexport default () => (<div>{\"a\" + <p>b</div>",
            "import x from 'y';\nconst a = `${`${",
            "export default function P() { return <><<<</>; }\nimport a from 'b'",
            "<?php echo 'x'; \n<template>{{ a", "import a from 'b'\n" + String(repeating: "{", count: 3000),
        ] {
            _ = try parse(text)
        }
    }

    // MARK: never lose a good profile

    @Test func anImportWithoutNameOrContactCannotBeSaved() throws {
        // Given a notice without a controller name or contact, when planned, then both problems are reported; a
        // given name and a kept e-mail make it savable.
        let notice = try parse("# Tietosuoja\n\n## Säilytysaika\n\nKaksi vuotta.\n")
        #expect(NoticeImportPlan(notice: notice, current: nil).problems == [.missingName, .missingContact])
        var current = ControllerProfile(name: "Vanha Oy", email: "tietosuoja@vanha.fi")
        current.internalTargetWorkingDays = 5
        let plan = NoticeImportPlan(notice: notice, current: current, keep: [.email], name: "Uusi Oy")
        #expect(plan.problems.isEmpty)
        #expect(plan.profile.name == "Uusi Oy")
        #expect(plan.profile.email == "tietosuoja@vanha.fi")
        #expect(plan.profile.internalTargetWorkingDays == 5)
        #expect(plan.rows.first { $0.field == .name }?.origin == .given)
        #expect(plan.rows.first { $0.field == .email }?.change == .kept)
    }

    @Test func eachFieldShowsItsChangeAndSource() throws {
        // Given a current profile and a notice, when planned, then each field is marked and carries its line.
        let notice = try parse("1. Rekisterinpitäjä\nUusi Oy\ntietosuoja@uusi.fi\n\n2. Rekisterin nimi\nA\n")
        let current = ControllerProfile(name: "Vanha Oy", phone: "09 123 4567", email: "tietosuoja@uusi.fi")
        let plan = NoticeImportPlan(notice: notice, current: current)
        let name = try #require(plan.rows.first { $0.field == .name })
        #expect(name.change == .changed && name.line == 2 && name.source == "Uusi Oy" && name.current == "Vanha Oy")
        #expect(plan.rows.first { $0.field == .email }?.change == .unchanged)
        #expect(plan.rows.first { $0.field == .phone }?.change == .removed)
        #expect(plan.rows.first { $0.field == .registerName }?.change == .new)
    }
}

/// Word documents (.docx): the main part's paragraphs, heading styles and tables as a notice.
struct WordDocumentTests {
    @Test func aWordDocumentIsReadByItsParagraphStyles() throws {
        // Given the main part of a .docx with heading styles, split runs and a table, when converted and parsed,
        // then the headings locate the fields.
        let xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
            <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Tietosuojaseloste</w:t></w:r></w:p>
            <w:p><w:pPr><w:pStyle w:val="Otsikko2"/></w:pPr><w:r><w:t>1. Rekisterinpitäjä</w:t></w:r></w:p>
            <w:p><w:r><w:t>Esimerkki Oy</w:t></w:r></w:p>
            <w:p><w:r><w:t xml:space="preserve">Y-tunnus: </w:t></w:r><w:r><w:t>5908301-5</w:t></w:r></w:p>
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>Sähköposti</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r>
            <w:t>tietosuoja@esimerkki.fi</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            <w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>2. Säilytysaika</w:t></w:r></w:p>
            <w:p><w:r><w:t>Tiedot säilytetään kaksi vuotta.</w:t></w:r></w:p>
            </w:body></w:document>
            """
        let html = WordDocumentText.html(fromDocumentXML: xml)
        let notice = try NoticeParser().parse(Data(html.utf8))
        #expect(notice.format == .html, "\(html)")
        #expect(notice.profile.name == "Esimerkki Oy", "\(html)")
        #expect(notice.profile.businessID == "5908301-5")
        #expect(notice.profile.email == "tietosuoja@esimerkki.fi")
        #expect(notice.profile.retention == "Tiedot säilytetään kaksi vuotta.")
    }
}
