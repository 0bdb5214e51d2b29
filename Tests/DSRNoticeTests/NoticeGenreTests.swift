import DSRCore
import Foundation
import Testing

@testable import DSRNotice

/// Genres of real notices found on the development set of the corpus (issue 16, second round): contact e-mails in
/// links and written against harvesters, rights phrased as verbs, retention in any unit, notices written as prose.
/// Each snippet is written here, not copied from a notice.
struct NoticeGenreTests {
    func parse(_ text: String) throws -> ParsedNotice {
        try NoticeParser().parse(Data(text.utf8))
    }

    func findings(_ text: String) throws -> [LintFinding] {
        try NoticeLinter().lint(try parse(text))
    }

    func errors(_ text: String) throws -> Set<String> {
        Set(try findings(text).filter { $0.severity == .error }.map(\.rule))
    }

    // MARK: contact e-mails

    @Test func aMailtoLinkWordedAsProseKeepsItsAddress() throws {
        // Given Markdown and HTML links whose text is a word, not the address, when read, then the address stays in
        // the text; a link whose text is the address is not doubled.
        #expect(
            MarkdownReader.inline("Kirjoita [hallitukselle](mailto:hallitus@esimerkki.fi).")
                == "Kirjoita hallitukselle (hallitus@esimerkki.fi).")
        #expect(MarkdownReader.inline("[info@esimerkki.fi](mailto:info@esimerkki.fi)") == "info@esimerkki.fi")
        let html = HTMLBlockBuilder.blocks(
            from: "<p>Ota yhteyttä <a href=\"mailto:info@esimerkki.fi?subject=Tietosuoja\">sähköpostilla</a>.</p>",
            firstLine: 1)
        #expect(html.map(\.block.text) == ["Ota yhteyttä sähköpostilla (info@esimerkki.fi)."])
        let notice = try parse(
            "# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki ry\n\n## Kysymykset\n\n"
                + "Ota yhteyttä [hallitukseen](mailto:hallitus@esimerkki.fi).\n")
        #expect(notice.profile.email == "hallitus@esimerkki.fi")
    }

    @Test(arguments: [
        ("Sähköposti: maija.mallikas (at) esimerkki.fi", "maija.mallikas@esimerkki.fi"),
        ("E-post: info [at] esimerkki(dot)fi", "info@esimerkki.fi"),
        ("Email: info(at)esimerkki[dot]fi.", "info@esimerkki.fi"),
    ])
    func spacedAndDottedMarkersAreDecoded(_ line: String, _ address: String) throws {
        // Given an address with "(at)" as a word of its own or "(dot)" for the dot, when tokenised, then it is
        // one e-mail address.
        #expect(PartyTokens(line).first(.email)?.value == address)
    }

    @Test func aListMarkerIsNoAtSign() throws {
        // Given "(a)" as a list marker between words, when tokenised, then no address is made of it.
        #expect(PartyTokens("6 artiklan 1 kohdan (a) alakohta ks. art.6").first(.email) == nil)
        #expect(PartyTokens("katso kohta (at) alla").first(.email) == nil)
    }

    @Test(arguments: ["matti.meikalainen(at)esimerkki.fi", "matti.meikalainen[at]esimerkki.fi"])
    func anAddressWrittenAgainstHarvestersIsTheEmail(_ written: String) throws {
        // Given a contact person whose address is written "(at)" and a controller without one, when parsed, then the
        // decoded address is the e-mail (the details keep it as written).
        let notice = try parse(
            "1. Rekisterinpitäjä\nEsimerkki ry\nKauppakatu 1, 00100 Helsinki\n\n"
                + "2. Yhteyshenkilö rekisteriä koskevissa asioissa\nMatti Meikäläinen\nSähköposti: \(written)\n")
        #expect(notice.profile.email == "matti.meikalainen@esimerkki.fi")
        #expect(notice.profile.contactDetails?.contains(written) == true)
    }

    @Test func aPlainContactAddressStaysInTheDetails() throws {
        // Given a contact person with a plain address, when parsed, then the controller's e-mail is not filled from
        // it (as before: the details carry it).
        let notice = try parse(
            "1. Rekisterinpitäjä\nEsimerkki ry\nKauppakatu 1, 00100 Helsinki\n\n"
                + "2. Yhteyshenkilö rekisteriä koskevissa asioissa\nMatti Meikäläinen\nmatti@esimerkki.fi\n")
        #expect(notice.profile.email == nil)
    }

    @Test(arguments: ["Yhteystiedot", "Kontaktuppgifter", "Contact us"])
    func anAddressUnderAContactHeadingIsTheEmail(_ heading: String) throws {
        // Given the controller's address only in a contact section of its own (a page footer), with no invitation
        // sentence, when parsed, then it is the e-mail; the authority's address under such a heading never is.
        let notice = try parse(
            "# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki ry\n\n## \(heading)\n\ninfo@esimerkki.fi\n")
        #expect(notice.profile.email == "info@esimerkki.fi")
        let authority = try parse(
            "# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki ry\n\n## Tietosuojavaltuutetun \(heading)\n\n"
                + "tietosuoja@om.fi\n")
        #expect(authority.profile.email == nil)
        // The contact section alone, outside any controller section, invites the reader to write.
        let footer = NoticeSection(
            heading: heading, line: 1, topics: [],
            blocks: [NoticeBlock(kind: .paragraph, text: "Esimerkki ry · info@esimerkki.fi", line: 2)])
        #expect(FallbackParty.contactEmail(in: [footer])?.value == "info@esimerkki.fi")
    }

    @Test func aControllerNamedInASentenceWithPitaa() throws {
        // Given "Rekisteriä pitää …" as the only naming of the controller, when parsed, then it is the name.
        let notice = try parse("# Tietosuoja\n\n## Jäsenrekisteri\n\nRekisteriä pitää Esimerkki ry. Tiedot ovat …\n")
        #expect(notice.profile.name == "Esimerkki ry")
    }

    @Test(arguments: [
        "Yritys:\nEsimerkki Oy\nKauppakatu 1\n00100 Helsinki\n\ninfo@esimerkki.fi\n",
        "Registrar:\nEsimerkki Oy\nKauppakatu 1, 00100 Helsinki\ninfo@esimerkki.fi\n",
        "Företag:\n\nEsimerkki Oy\n\nKauppakatu 1\n\n00100 Helsinki\n",
        "Sovelluksen julkaisja:\nEsimerkki Oy\nKauppakatu 1\n00100 Helsinki\n",
    ])
    func aControllerLabelOnItsOwnLine(_ block: String) throws {
        // Given a label on a line of its own (one typing error allowed in a long label) followed by the name and an
        // address, outside any controller heading, when parsed, then they are the controller.
        let notice = try parse("# Tietosuojaseloste\n\nSovellus tallentaa tiedot vain laitteelle.\n\n\(block)")
        #expect(notice.profile.name == "Esimerkki Oy")
        #expect(notice.profile.address?.hasPrefix("Kauppakatu 1") == true)
    }

    @Test func aLabelWithoutContactDetailsNamesNoController() throws {
        // Given the label and a name but no address, e-mail, phone or ID, when parsed, then no name is taken (a
        // wrong value is worse than none).
        let notice = try parse(
            "# Tietosuojaseloste\n\nSovellus tallentaa tiedot vain laitteelle.\n\nYritys:\nEsimerkki Oy\n")
        #expect(notice.profile.name == nil)
    }

    // MARK: rights phrased as verbs

    @Test(arguments: [
        ("Jäsenellä on oikeus päästä tietoihinsa.", "missing-right-access"),
        ("Rekisteröity voi pyytää pääsyä omiin tietoihinsa.", "missing-right-access"),
        ("Korrigering av felaktiga uppgifter: kontakta oss.", "missing-right-rectification"),
        ("You have the right to ask us to amend your data.", "missing-right-rectification"),
        ("Du har rätt att få felaktiga uppgifter ändrade.", "missing-right-rectification"),
        ("Du har rätt att begära att vi tar bort dina uppgifter.", "missing-right-erasure"),
        ("You may ask about limiting the processing of your data.", "missing-right-restriction"),
        ("Sinulla on oikeus pyytää, että käsittelyä rajoitetaan.", "missing-right-restriction"),
    ])
    func rightsPhrasedAsVerbs(_ sentence: String, _ rule: String) throws {
        // Given a right written as a verb in a passage about rights, outside any rights heading, when linted, then
        // it is not reported missing.
        #expect(try !errors("# Notice\n\n## Other matters\n\n\(sentence)\n").contains(rule))
    }

    @Test func aRightListedUnderARightsHeading() throws {
        // Given "The data subject has the right:" and a list item "Of access to their data" under a rights heading,
        // when linted, then access is mentioned.
        let text = "# Notice\n\n## Rights of the data subject\n\nYou have the right:\n\n- Of access to their data\n"
        #expect(try !errors(text).contains("missing-right-access"))
    }

    @Test func aVerbOutsideAPassageAboutRightsIsNoRight() throws {
        // Given "access" said of administrators, not of the data subject's rights, when linted, then the right of
        // access is still missing.
        let text = "# Notice\n\n## Security\n\nOnly administrators have access to the data.\n"
        #expect(try errors(text).contains("missing-right-access"))
    }

    // MARK: retention in any unit

    @Test(arguments: [
        "Lokitiedot säilytetään 24 tuntia.", "Uppgifterna sparas i sju (7) timmar.", "Logs are stored for 48 hours.",
        "Tiedot säilytetään jäsenyyden ajan.", "Uppgifterna sparas under medlemskapet.",
        "Data are kept until the end of the membership.", "Kuvat poistetaan 30 min kuluttua.",
    ])
    func retentionInAnyUnit(_ sentence: String) throws {
        // Given a period in hours or minutes, or the length of a membership, stated outside a retention heading,
        // when linted, then retention is not missing (it is reported as not under its heading).
        let text = "# Seloste\n\n## Rekisterinpitäjä\n\nEsimerkki ry\n\n## Muuta\n\n\(sentence)\n"
        let rules = try findings(text).map(\.rule)
        #expect(!rules.contains("missing-retention"))
        #expect(rules.contains("retention-not-under-heading"))
    }

    @Test func aNumberWithoutAUnitIsNoPeriod() throws {
        // Given a number followed by a word that is not a unit, when checked, then no period is stated.
        #expect(!CompletenessRules.statesDuration("tiedot sailytetaan 2 palvelimella"))
        #expect(!CompletenessRules.statesDuration("tiedot sailytetaan 3 (kolmella) palvelimella"))
    }

    @Test(arguments: ["Personuppgifternas förvaringstid", "Archiving period for personal information"])
    func retentionHeadingsInOtherWords(_ heading: String) throws {
        // Given a retention heading in other words, when parsed, then it is the retention section.
        let notice = try parse("# Beskrivning\n\n## \(heading)\n\nUppgifterna sparas i 12 månader.\n")
        #expect(notice.profile.retention == "Uppgifterna sparas i 12 månader.")
    }

    // MARK: notices written as prose

    @Test func aPrivacyNoticeWithoutHeadingsIsAWarningNotAnError() throws {
        // Given a short notice in prose that calls itself a privacy notice, when linted, then dsr warns that it
        // could not check it section by section, instead of calling it no notice at all.
        let prose = "Tietosuojaseloste\n\nEmme käsittele henkilötietoja tässä sovelluksessa.\n"
        let found = try findings(prose)
        #expect(!found.contains { $0.rule == "unrecognised-notice" })
        #expect(found.first { $0.rule == "unstructured-notice" }?.severity == .warning)
        // A text that is no notice stays an error.
        let memo = "Muistio 14.2.2025\n\nKokouksessa sovittiin, että kirjeet lähetetään maaliskuussa.\n"
        #expect(try errors(memo).contains("unrecognised-notice"))
    }
}
