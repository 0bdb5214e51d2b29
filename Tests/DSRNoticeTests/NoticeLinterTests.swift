import DSRCore
import DSRNotice
import Foundation
import Testing

/// Each lint rule on small notices: when it fires, what it quotes, and when it must stay quiet.
struct NoticeLinterTests {
    /// Fixture 010, a complete current notice that lints clean; rule tests change one passage of it.
    static let clean: String = {
        let data = (try? NoticeFixtures.data("010_numbered_fi.txt")) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }()

    func lint(_ text: String) throws -> [LintFinding] {
        try NoticeLinter().lint(try NoticeParser().parse(Data(text.utf8)))
    }

    func findings(_ rule: LintRule, in text: String) throws -> [LintFinding] {
        try lint(text).filter { $0.rule == rule.rawValue }
    }

    /// The clean notice with one passage replaced.
    func variant(_ old: String, _ new: String) -> String {
        #expect(Self.clean.contains(old), "fixture 010 no longer contains the passage to replace")
        return Self.clean.replacingOccurrences(of: old, with: new)
    }

    static let rightsPassage = "Vastaamme viimeistään kuukauden kuluessa."
    static let retentionPassage = "Asiakastietoja säilytetään kolme vuotta asiakassuhteen päättymisestä."

    @Test func theCleanNoticeHasNoFindings() throws {
        #expect(try lint(Self.clean).isEmpty)
    }

    @Test(arguments: [
        ("Rekisteri perustuu henkilötietolakiin.", "henkilötietolakiin"),
        ("Seloste on laadittu henkilötietolain (523/1999) 10 §:n mukaisesti.", "henkilötietolain (523/1999) 10 §"),
        ("Tarkastusoikeus perustuu HetiL 26 §:ään.", "HetiL 26 §"),
        ("Katso laki 523/99.", "523/99"),
        ("Oikeus perustuu 6 luvun 26 §:ään.", "6 luvun 26 §"),
        ("Enligt personuppgiftslagen har du rätt att få tillgång.", "personuppgiftslagen"),
        ("Under the Personal Data Act you may inspect your data.", "Personal Data Act"),
    ])
    func repealedLawIsQuoted(_ sentence: String, _ quote: String) throws {
        // Given a citation of the repealed act in any spelling, when linted, then it is an error quoting it.
        let found = try findings(.repealedLaw, in: variant(Self.rightsPassage, Self.rightsPassage + " " + sentence))
        #expect(found.map(\.quote) == [quote])
        #expect(found.first?.severity == .error)
        #expect(found.first?.line == 50)
    }

    @Test(arguments: [
        "Noudatamme tietosuojalainsäädäntöä ja henkilötietolainsäädäntöä.",
        "Henkilötunnusta käsitellään tietosuojalain (1050/2018) 29 §:n mukaisesti.",
        "Luvun 6 ohjeet koskevat 26 sivua.",
    ])
    func currentLawIsNotFlagged(_ sentence: String) throws {
        #expect(
            try findings(.repealedLaw, in: variant(Self.rightsPassage, Self.rightsPassage + " " + sentence)).isEmpty)
    }

    @Test func accessOnceAYearNeedsAnAccessContext() throws {
        // Given "once a year" about a free inspection, then an error; about updating the notice, then nothing.
        let free = try findings(
            .accessOnceAYear, in: variant(Self.rightsPassage, "Tarkastus on maksuton kerran vuodessa."))
        #expect(free.map(\.quote) == ["Tarkastus on maksuton kerran vuodessa."])
        let updates = variant(Self.rightsPassage, "Päivitämme selosteen kerran vuodessa.")
        #expect(try findings(.accessOnceAYear, in: updates).isEmpty)
    }

    @Test func threeMonthsIsAllowedOnlyAsAnExtension() throws {
        // Given three months as the answer time, then an error; given one month plus an extension, then nothing.
        let late = try findings(
            .replyThreeMonths, in: variant(Self.rightsPassage, "Vastaamme kolmen kuukauden kuluessa."))
        #expect(late.map(\.quote) == ["Vastaamme kolmen kuukauden kuluessa."])
        let extended = variant(
            Self.rightsPassage,
            "Vastaamme kuukauden kuluessa; vaikeissa tapauksissa enintään kolmen kuukauden kuluessa.")
        #expect(try findings(.replyThreeMonths, in: extended).isEmpty)
    }

    static let currentAuthority = "Lintulahdenkuja 4, 00530 Helsinki"

    @Test(arguments: [
        ("Ratapihantie 9, 6. krs, 00520 Helsinki", "Ratapihantie 9, 6. krs, 00520 Helsinki"),
        ("PL 800, 00521 Helsinki", "PL 800, 00521 Helsinki"),
        ("PL 315, 00181 Helsinki", "PL 315, 00181 Helsinki"),
    ])
    func oldAuthorityAddressesAreFlagged(_ address: String, _ quote: String) throws {
        // Given an old address on the line after the authority's name, when linted,
        let found = try findings(.outdatedAuthorityAddress, in: variant(Self.currentAuthority, address))
        // then it is an error quoting the address, whose fix gives the current details from authority.json.
        #expect(found.map(\.quote) == [quote])
        #expect(found.first?.fix.fi.contains("Lintulahdenkuja 4, 00530 Helsinki") == true)
        #expect(found.first?.fix.sv.contains("Fågelviksgränden 4") == true)
    }

    @Test func addressesThatOnlyLookSimilarAreNotFlagged() throws {
        // Given a controller in Pasila and an office on Ratapihantie mentioned outside any passage about the
        // authority, when linted, then no outdated-address finding.
        let pasila = variant("Kauppakatu 14 B\n40100 Jyväskylä", "Ratapihantie 11\n00520 Helsinki")
            .replacingOccurrences(
                of: "Tiedot saadaan asiakkaalta itseltään tilauksen yhteydessä.",
                with: "Tiedot saadaan asiakkaalta itseltään toimistollamme (Ratapihantie 9, 00521 Helsinki).")
        #expect(try findings(.outdatedAuthorityAddress, in: pasila).isEmpty)
        #expect(try NoticeParser().parse(Data(pasila.utf8)).profile.address == "Ratapihantie 11\n00520 Helsinki")
    }

    @Test(arguments: [
        ("Tietosuojaavaltuutetun toimisto", "Tietosuojaavaltuutetun"),
        ("Tietosuoja-valtuutetun toimisto", "Tietosuoja-valtuutetun"),
        ("Tietosuojavaltutetun toimisto", "Tietosuojavaltutetun"),
        ("Tietosuojalautakunta", "Tietosuojalautakunta"),
        ("Tietosuojavirasto", "Tietosuojavirasto"),
        ("Dataombudsmanens byrå", "Dataombudsmanens"),
    ])
    func misspelledAuthorityNamesAreFlagged(_ name: String, _ quote: String) throws {
        let found = try findings(.authorityName, in: variant("Tietosuojavaltuutetun toimisto\n", name + "\n"))
        #expect(found.map(\.quote) == [quote])
        #expect(found.first?.severity == .warning)
    }

    @Test func correctAuthorityNamesAreNotFlagged() throws {
        let text = variant(
            Self.rightsPassage,
            "Tietosuojan valvonta kuuluu tietosuojavaltuutetulle (Dataombudsmannens byrå, Office of the Data "
                + "Protection Ombudsman).")
        #expect(try findings(.authorityName, in: text).isEmpty)
    }

    @Test func privacyShieldIsAnErrorUnlessSaidToBeInvalid() throws {
        let shield = variant(
            "Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.",
            "Tietoja siirretään Yhdysvaltoihin Privacy Shield -järjestelyn perusteella.")
        #expect(try findings(.privacyShield, in: shield).map(\.line) == [40])
        let history = variant(
            "Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.",
            "Tietoja ei siirretä EU:n ulkopuolelle. Privacy Shield -järjestely mitätöitiin vuonna 2020.")
        #expect(try findings(.privacyShield, in: history).isEmpty)
    }

    @Test func transfersNeedANamedSafeguard() throws {
        let possible = variant(
            "Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.", "Palvelin voi sijaita EU:n ulkopuolella.")
        #expect(
            try findings(.transferSafeguards, in: possible).map(\.quote) == ["Palvelin voi sijaita EU:n ulkopuolella."])
        let safeguarded = variant(
            "Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.",
            "Palvelin voi sijaita EU:n ulkopuolella; siirrot perustuvat komission vakiosopimuslausekkeisiin.")
        #expect(try findings(.transferSafeguards, in: safeguarded).isEmpty)
    }

    @Test func missingRightsAreEachReported() throws {
        // Given a rights section that names access and rectification only, when linted,
        let text = variant(
            """
            Sinulla on oikeus saada pääsy tietoihisi, oikeus tietojen oikaisemiseen ja poistamiseen, oikeus
            käsittelyn rajoittamiseen, oikeus siirtää tiedot järjestelmästä toiseen sekä oikeus vastustaa
            tietojesi käsittelyä.
            """, "Sinulla on oikeus saada pääsy tietoihisi ja oikeus tietojen oikaisemiseen.")
        let rules = try lint(text).map(\.rule)
        // then erasure, restriction, portability and objection are reported, and nothing else.
        #expect(
            rules == [
                "missing-right-erasure", "missing-right-restriction", "missing-right-portability",
                "missing-right-objection",
            ])
        #expect(try lint(text).map(\.severity) == [.error, .error, .warning, .warning])
    }

    @Test func missingRetentionOrOnlyElsewhere() throws {
        // Given no retention heading, when the text states no period, then an error; when it states one elsewhere,
        // then an info pointing at it.
        let none = variant("9. Säilytysaika\n" + Self.retentionPassage, "9. Muuta\nEi muuta.")
            .replacingOccurrences(
                of: "Kirjanpitoaineisto säilytetään\nkirjanpitolain mukaisesti kuusi tai kymmenen vuotta.", with: "")
        #expect(try lint(none).map(\.rule) == ["missing-retention"])
        let elsewhere = variant("9. Säilytysaika\n" + Self.retentionPassage, "9. Muuta\n" + Self.retentionPassage)
        #expect(try findings(.retentionNotUnderHeading, in: elsewhere).map(\.line) == [43])
        #expect(try findings(.missingRetention, in: elsewhere).isEmpty)
    }

    @Test func missingLegalBasisContactAndDate() throws {
        let text = variant("4. Käsittelyn tarkoitukset ja oikeusperuste", "4. Käsittelyn tarkoitukset")
            .replacingOccurrences(
                of: "Käsittely perustuu sopimukseen (tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta) ja\n"
                    + "markkinoinnin osalta rekisterinpitäjän oikeutettuun etuun (6 artiklan 1 kohdan f alakohta).",
                with: "Tämä koskee asiakkaita."
            )
            .replacingOccurrences(of: "2. Yhteyshenkilö rekisteriä koskevissa asioissa", with: "2. Muuta")
            .replacingOccurrences(of: "Laadittu 12.3.2024", with: "")
        #expect(try lint(text).map(\.rule) == ["missing-legal-basis", "missing-contact", "missing-notice-date"])
    }

    @Test func businessIDIsChecked() throws {
        let invalid = try findings(.invalidBusinessID, in: variant("Y-tunnus 5908301-5", "Y-tunnus 5908301-4"))
        #expect(invalid.map(\.quote) == ["5908301-4"])
        #expect(invalid.map(\.line) == [7])
        let missing = try lint(variant("Y-tunnus 5908301-5\n", "")).map(\.rule)
        #expect(missing == ["missing-business-id"])
    }

    @Test func oldPracticesAreReported() throws {
        let text = variant(
            Self.rightsPassage,
            "Tarkastuspyyntö on allekirjoitettava. Kieltäytymisestä annetaan kirjallinen todistus.")
        #expect(try lint(text).map(\.rule) == ["request-form", "refusal-certificate"])
        #expect(try lint(text).map(\.severity) == [.warning, .info])
    }

    @Test func templateLeftoversAreReported() throws {
        let text = variant(Self.rightsPassage, "Ota yhteyttä: [Yrityksen nimi], (s-postiosoite). Lorem ipsum.")
        #expect(
            try findings(.templateText, in: text).map(\.quote) == [
                "[Yrityksen nimi]", "(s-postiosoite)", "Lorem ipsum.",
            ])
    }

    @Test func identityCodeNeedsItsGround() throws {
        let listed = variant("- markkinointikiellot", "- markkinointikiellot\n- henkilötunnus")
        #expect(try findings(.personalIdentityCode, in: listed).map(\.quote) == ["henkilötunnus"])
        let grounded = listed.replacingOccurrences(
            of: Self.rightsPassage,
            with: Self.rightsPassage + " Henkilötunnusta käsitellään tietosuojalain 29 §:n nojalla.")
        #expect(try findings(.personalIdentityCode, in: grounded).isEmpty)
    }

    @Test func everyRuleHasTextsInThreeLanguagesAndASource() {
        for rule in LintRule.allCases {
            for text in [rule.message, rule.fix] {
                #expect(!text.fi.isEmpty && !text.sv.isEmpty && !text.en.isEmpty, "\(rule)")
                #expect(text.fi != text.en, "\(rule)")
            }
            #expect(!rule.source.isEmpty)
        }
    }

    @Test func findingsAreSortedByLineThenSeverity() throws {
        let findings = try lint(String(decoding: try NoticeFixtures.data("017_two_column_old_law.txt"), as: UTF8.self))
        let lines = findings.map { $0.line ?? Int.max }
        #expect(lines == lines.sorted())
        #expect(findings.hasErrors)
        #expect(try !lint(Self.clean).hasErrors)
    }
}
