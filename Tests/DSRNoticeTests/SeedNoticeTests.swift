import DSRCore
import DSRNotice
import Foundation
import Testing

/// The five seed notices (real Finnish notices, `Fixtures/notices/000`–`004`): every field they contain, and the
/// findings they deserve.
///
/// Short fields are compared exactly. Long prose fields (purposes, sources, recipients) are compared by paragraph
/// count, beginning and end here; ``NoticeExpectationTests`` compares them in full against the `.expected.json`.
struct SeedNoticeTests {
    /// A long prose field: its paragraph count and how it starts and ends.
    struct Prose {
        var paragraphs: Int
        var start: String
        var end: String

        func check(_ value: String?, _ field: String, sourceLocation: SourceLocation = #_sourceLocation) {
            guard let value else {
                Issue.record("\(field) is missing", sourceLocation: sourceLocation)
                return
            }
            #expect(value.split(separator: "\n").count == paragraphs, "\(field)", sourceLocation: sourceLocation)
            #expect(value.hasPrefix(start), "\(field)", sourceLocation: sourceLocation)
            #expect(value.hasSuffix(end), "\(field)", sourceLocation: sourceLocation)
        }
    }

    /// (rule, line, quote) of each finding, in the linter's order.
    static func findings(_ name: String) throws -> [String] {
        try NoticeLinter().lint(try NoticeFixtures.parse(name)).map {
            "\($0.rule) \($0.line.map(String.init) ?? "-") \($0.quote)"
        }
    }

    static let ratapihantie = "PL 800, Ratapihantie 9, 00521 Helsinki"
    static let authorityLine =
        "PL 800, Ratapihantie 9, 00521 Helsinki p. 029 56 66700 tietosuoja@om.fi www.tietosuoja.fi"
    static let transferSentence = "Henkilötietoja ei siirretä Euroopan Unionin ulkopuolelle, ellei se ole "
    static let recipientsEnd = "ellei lainsäädäntö, avoimet laskut tai perintätoimet estä tietojen poistamista."

    // MARK: 000

    @Test func seed000Fields() throws {
        // Given seed 000 (two-column), when parsed,
        let notice = try NoticeFixtures.parse(NoticeFixtures.seeds[0])
        let profile = notice.profile
        // then every field it contains is extracted as written.
        #expect(notice.format == .twoColumn)
        #expect(profile.noticeDate == "29.05.2019")
        #expect(profile.name == "Varsinais-Suomen Sosiaalipalvelut Oy")
        #expect(profile.businessID == "2747637-5")
        #expect(profile.email == "toimisto@vaspoy.fi")
        #expect(profile.address == "Kytinkatu 2, 20380 Turku")
        #expect(profile.phone == nil)
        #expect(profile.contactPerson == "Sasu Mikkola")
        #expect(profile.contactDetails == "044-7716834 sasu.mikkola@vaspoy.fi")
        #expect(profile.dataProtectionOfficer == nil)
        #expect(profile.registerName == "Asiakasrekisteri")
        Prose(
            paragraphs: 5,
            start: "Rekisterin käyttötarkoitus on yrityksen asiakasrekisterin ylläpitäminen, asiakkaiden tilausten "
                + "hallinnointi, arkistointi ja käsittely sekä asiakassuhteen hoitaminen.\nTietoja voidaan käyttää",
            end: "\nKäsittely perustuu sopimukseen."
        ).check(profile.purposes, "purposes")
        #expect(profile.legalBasis == "Käsittely perustuu sopimukseen.")
        #expect(
            profile.dataCategories == [
                "Henkilön etu- ja sukunimi", "Sähköpostiosoite", "Postiosoite", "Puhelinnumero",
                "Tiedot aikaisemmista tilauksista", "Henkilötunnus",
            ])
        // The value continues on line 19 mid-sentence ("… rekisteröitymisistä sekä" / "asiakassuhteen aikana …").
        Prose(
            paragraphs: 4,
            start: "Tietoja saadaan asiakkaan tekemistä ostoksista yrityksen liikkeissä, verkkopalvelussa tai "
                + "jälleenmyyjillä sekä palvelun käytön aikana asiakasjärjestelmään liittyvistä ilmoituksista. Tietoja "
                + "saadaan asiakkaan tekemistä rekisteröitymisistä sekä asiakassuhteen aikana asiakkaan tekemistä "
                + "ilmoituksista.",
            end: Self.recipientsEnd
        ).check(profile.sources, "sources")
        Prose(
            paragraphs: 4,
            start: "Rekisterinpitäjän henkilöstö sekä ulkoituskumppanit (taloushallinto jne) soveltuvien osin\n"
                + "Asiakasrekisterin tiedot ovat ainoastaan yrityksen käytössä",
            end: Self.recipientsEnd
        ).check(profile.recipients, "recipients")
        #expect(
            profile.transfers == Self.transferSentence
                + "yrityksen tai sen yhteistyökumppanin teknisen toteutuksen varmistamiseksi tarpeellista.")
        #expect(
            profile.retention
                == "Tiedot poistetaan asiakassuhteen päättyessä ja siirretään sosiaalitoimelle. Ja tiedot poistuvat "
                + "Nappula-järjestelmästä kahden viikon kuluttua asiakassuhteen päättymisestä.")
        #expect(profile.automatedDecisions == nil)  // the heading is there, with nothing under it
        #expect(profile.authorityAsQuoted == "Tietosuojavaltuutetun toimisto " + Self.authorityLine)
        #expect(notice.missing == [.phone, .dataProtectionOfficer, .automatedDecisions])
        #expect(notice.controllers.count == 1)
    }

    @Test func seed000Findings() throws {
        // Given seed 000, when linted, then the old Ombudsman address and the other problems are reported.
        #expect(
            try Self.findings(NoticeFixtures.seeds[0]) == [
                "template-text 9 (s-postiosoite)",
                "empty-section 11 Kyseessä olevat henkilötietoryhmät",
                "template-text 13 Tämän informaation tulisi pitää sisällään tieto siitä, miten suostumus voidaan "
                    + "peruuttaa, ottaen huomioon se, että suostumuksen peruuttamisen tulisi olla yhtä helppoa kuin "
                    + "suostumuksen antamisen (7.3 art.).",
                "personal-identity-code 14 Henkilötunnus",
                "transfer-safeguards 20 " + Self.transferSentence
                    + "yrityksen tai sen yhteistyökumppanin teknisen toteutuksen varmistamiseksi tarpeellista.",
                "empty-section 26 Automaattinen käsittely ja profilointi",
                "request-form 27 Tarkastuspyyntö tulee tehdä kirjallisena ottamalla yhteys yrityksen asiakaspalveluun "
                    + "tai rekisterin yhteyshenkilöön suomeksi tai englanniksi.",
                "request-form 27 Tarkastuspyyntö on allekirjoitettava.",
                "request-form 29 Korjauspyyntö tulee tehdä omakätisesti allekirjoitetulla kirjallisella pyynnöllä "
                    + "yrityksen asiakaspalveluun tai henkilörekisterin ylläpitäjälle.",
                "refusal-certificate 29 Korjauspyynnön epäämisestä rekisterin vastuuhenkilö antaa kirjallisen "
                    + "todistuksen, jossa mainitaan syyt, joiden vuoksi korjauspyyntö on evätty.",
                "outdated-authority-address 34 " + Self.ratapihantie,
            ])
    }

    // MARK: 001–003

    @Test func seed001Fields() throws {
        // Given seed 001, whose controller line has no business ID and no address, when parsed,
        let notice = try NoticeFixtures.parse(NoticeFixtures.seeds[1])
        let profile = notice.profile
        // then those stay missing and the rest is extracted.
        #expect(profile.noticeDate == "23.6.2020")
        #expect(profile.name == "Vemitek Oy")
        #expect(profile.businessID == nil)
        #expect(profile.address == nil)
        #expect(profile.phone == "044 0219 914")
        #expect(profile.email == "anja.koivisto@vemitek.fi")
        #expect(profile.contactPerson == "Anja Koivisto")
        #expect(profile.contactDetails == "044 0219 914 anja.koivisto@vemitek.fi")
        #expect(profile.registerName == "Asiakasrekisteri")
        Prose(
            paragraphs: 6, start: "Rekisterin käyttötarkoitus on organisaation asiakasrekisterin ylläpitäminen",
            end: "\nKäsittelyn oikeusperusteena on sopimus."
        ).check(profile.purposes, "purposes")
        #expect(profile.legalBasis == "Käsittelyn oikeusperusteena on sopimus.")
        // "Kyseessä olevat henkilötietoryhmät" (a comma list) and "Rekisterin tietosisältö" (a run-together list,
        // continued on line 16) together.
        #expect(
            profile.dataCategories == [
                "Nimi", "edustettu organisaatio", "yhteystiedot", "laskutustiedot", "Henkilön etu- ja sukunimi",
                "Edustamansa yhteisö", "Sähköpostiosoite", "Postiosoite", "Puhelinnumero", "www-osoite", "IP numero",
                "Tiedot aikaisemmista tilauksista",
            ])
        Prose(
            paragraphs: 5,
            start: "Tietoja saadaan asiakkaan tekemistä rekisteröitymisistä sekä asiakassuhteen aikana",
            end: Self.recipientsEnd
        ).check(profile.sources, "sources")
        Prose(
            paragraphs: 3,
            start: "Rekisterinpitäjän henkilöstö sekä ulkoituskumppanit (taloushallinto) soveltuvin osin.\n",
            end: Self.recipientsEnd
        ).check(profile.recipients, "recipients")
        #expect(
            profile.transfers == Self.transferSentence
                + "organisaation tai sen yhteistyökumppanin teknisen toteutuksen varmistamiseksi tarpeellista.")
        #expect(profile.retention == "10 vuotta asiakkuuden päättymisestä lukien.")
        #expect(profile.automatedDecisions == nil)
        #expect(profile.authorityAsQuoted == "Tietosuojavaltuutetun toimisto " + Self.authorityLine)
        #expect(notice.missing == [.businessID, .address, .dataProtectionOfficer, .automatedDecisions])
    }

    @Test func seed002Fields() throws {
        // Given seed 002, whose controller line is "name street number phone e-mail", when parsed,
        let notice = try NoticeFixtures.parse(NoticeFixtures.seeds[2])
        let profile = notice.profile
        // then the street is the address (no postal code is given) and the rest is extracted.
        #expect(profile.noticeDate == "5.11.2020")
        #expect(profile.name == "Työmaapalvelut Express")
        #expect(profile.businessID == nil)
        #expect(profile.address == "Kyläsaarenkatu 12")
        #expect(profile.phone == "0405729207")
        #expect(profile.email == "elina.suominen@tpex.fi")
        #expect(profile.contactPerson == "Elina Suominen")
        #expect(profile.contactDetails == "Kyläsaarenkatu 12 0405729207 elina.suominen@tpex.fi")
        #expect(profile.registerName == "Asiakasrekisteri")
        Prose(
            paragraphs: 5, start: "Rekisterin käyttötarkoitus on organisaation asiakasrekisterin ylläpitäminen",
            end: "sähköpostitse (s-postiosoite) tai rekisterin yhteyshenkilölle."
        ).check(profile.purposes, "purposes")
        // The purposes say nothing of the basis; "Oikeutetun edun peruste" does.
        #expect(profile.legalBasis == "Käsittelyn oikeusperusteena on sopimus")
        #expect(
            profile.dataCategories == [
                "Nimi", "edustettu organisaatio", "yhteystiedot", "laskutustiedot", "Henkilön etu- ja sukunimi",
                "Edustamansa yhteisö", "Titteli", "Sähköpostiosoite", "Postiosoite", "Puhelinnumero", "www-osoite",
                "IP numero", "Tiedot aikaisemmista tilauksista",
            ])
        Prose(paragraphs: 4, start: "Tietoja saadaan asiakkaan tekemistä rekisteröitymisistä", end: Self.recipientsEnd)
            .check(profile.sources, "sources")
        Prose(
            paragraphs: 3,
            start: "Rekisterinpitäjän henkilöstö sekä ulkoituskumppanit (taloushallinto) soveltuvin osin\n",
            end: Self.recipientsEnd
        ).check(profile.recipients, "recipients")
        #expect(
            profile.transfers == Self.transferSentence
                + "organisaation tai sen yhteistyökumppanin teknisen toteutuksen varmistamiseksi tarpeellista.")
        #expect(profile.retention == "10 vuotta asiakkuuden päättymisestä lukien.")
        #expect(profile.authorityAsQuoted == "Tietosuojaavaltuutetun toimisto " + Self.authorityLine)
        #expect(notice.missing == [.businessID, .dataProtectionOfficer, .automatedDecisions])
    }

    @Test func seed003Fields() throws {
        // Given seed 003, whose addresses carry a staircase and floor ("7 B 5.krs"), when parsed,
        let notice = try NoticeFixtures.parse(NoticeFixtures.seeds[3])
        let profile = notice.profile
        // then the whole address and the international phone number are extracted.
        #expect(profile.noticeDate == "06.10.2020")
        #expect(profile.name == "HR Mentor Oy")
        #expect(profile.businessID == nil)
        #expect(profile.address == "Viestikatu 7 B 5.krs 70600 Kuopio")
        #expect(profile.phone == "+358 50 555 9127")
        #expect(profile.email == "paivi.savolainen@hrmentor.fi")
        #expect(profile.contactPerson == "Päivi Savolainen")
        #expect(profile.contactDetails == "Viestikatu 7 B 5.krs +358 50 555 9127 paivi.savolainen@hrmentor.fi")
        #expect(profile.registerName == "Asiakasrekisteri")
        Prose(
            paragraphs: 5, start: "Rekisterin käyttötarkoitus on organisaation asiakasrekisterin ylläpitäminen",
            end: "sähköpostitse (s-postiosoite) tai rekisterin yhteyshenkilölle."
        ).check(profile.purposes, "purposes")
        #expect(profile.legalBasis == "Käsittelyn oikeusperusteena on sopimus")
        #expect(profile.dataCategories?.count == 12)
        #expect(profile.dataCategories?.last == "Tiedot aikaisemmista tilauksista")
        Prose(paragraphs: 5, start: "Tietoja saadaan asiakkaan tekemistä rekisteröitymisistä", end: Self.recipientsEnd)
            .check(profile.sources, "sources")
        Prose(paragraphs: 3, start: "Rekisterinpitäjän henkilöstö", end: Self.recipientsEnd)
            .check(profile.recipients, "recipients")
        // The seed's own typo "yorganisaation" is kept: values are quoted, not corrected.
        #expect(
            profile.transfers == Self.transferSentence
                + "yorganisaation tai sen yhteistyökumppanin teknisen toteutuksen varmistamiseksi tarpeellista.")
        #expect(profile.retention == "10 vuotta asiakkuuden päättymisestä lukien.")
        #expect(profile.authorityAsQuoted == "Tietosuoja-valtuutetun toimisto " + Self.authorityLine)
        #expect(notice.missing == [.businessID, .dataProtectionOfficer, .automatedDecisions])
    }

    @Test(arguments: [1, 2, 3])
    func seeds001To003Findings(_ index: Int) throws {
        // Given seeds 001–003, when linted,
        let findings = try Self.findings(NoticeFixtures.seeds[index])
        // then each has the Ratapihantie/00521 address, the template placeholder, the old request-form wording,
        // the conditional transfer without safeguards, and no business ID.
        #expect(findings.contains("outdated-authority-address 34 " + Self.ratapihantie))
        #expect(findings.contains("template-text 9 (s-postiosoite)"))
        #expect(findings.contains("request-form 27 Tarkastuspyyntö on allekirjoitettava."))
        #expect(findings.contains { $0.hasPrefix("refusal-certificate 31 Korjauspyynnön epäämisestä") })
        #expect(findings.contains { $0.hasPrefix("transfer-safeguards 20 " + Self.transferSentence) })
        #expect(findings.contains("empty-section 26 Automaattinen käsittely ja profilointi"))
        #expect(findings.last == "missing-business-id - ")
        #expect(!findings.contains { $0.hasPrefix("repealed-law") })
        #expect(!findings.contains { $0.hasPrefix("missing-right") })
    }

    @Test func seeds002And003MisspellTheAuthority() throws {
        // Given seeds 002 and 003, when linted, then the misspelled names are quoted on both lines.
        let second = try Self.findings(NoticeFixtures.seeds[2])
        #expect(second.contains("authority-name 31 tietosuojaavaltuutetun"))
        #expect(second.contains("authority-name 34 Tietosuojaavaltuutetun"))
        let third = try Self.findings(NoticeFixtures.seeds[3])
        #expect(third.contains("authority-name 31 tietosuoja-valtuutetun"))
        #expect(third.contains("authority-name 34 Tietosuoja-valtuutetun"))
        // and seeds 000 and 001 spell it correctly.
        #expect(try !Self.findings(NoticeFixtures.seeds[0]).contains { $0.hasPrefix("authority-name") })
        #expect(try !Self.findings(NoticeFixtures.seeds[1]).contains { $0.hasPrefix("authority-name") })
    }

    // MARK: 004

    @Test func seed004Fields() throws {
        // Given seed 004 (Markdown, labelled controller lines), when parsed,
        let notice = try NoticeFixtures.parse(NoticeFixtures.seeds[4])
        let profile = notice.profile
        // then the labelled values are extracted and the absent fields stay nil.
        #expect(notice.format == .markdown)
        #expect(profile.name == "Voimaantumo /päätoiminimi Mirva Lia Salonen Oy")
        #expect(profile.businessID == "2934885-2")
        #expect(profile.address == "Puuvillatehtaankatu 10, 33210 Tampere")
        #expect(profile.phone == "040 551 5631")
        #expect(profile.email == "toimisto@voimaantumo.fi")
        #expect(profile.dataProtectionOfficer == "Mirva Salonen")
        #expect(profile.contactPerson == nil)
        #expect(profile.contactDetails == nil)
        #expect(profile.registerName == "Voimaantumon asiakasrekisteri ja sen osarekisterit")
        #expect(profile.noticeDate == nil)
        Prose(
            paragraphs: 9, start: "- asiakastoimeksiantojen hoitaminen, ylläpito ja kehittäminen\n",
            end: "- yhteydenpito nykyisiin, entisiin sekä mahdollisesti tuleviin asiakkaisiin"
        ).check(profile.purposes, "purposes")
        #expect(profile.legalBasis == nil)
        #expect(
            profile.dataCategories == [
                "Henkilötiedot: sukunimi, etunimet, henkilötunnus, postiosoite, puhelinnumero, sähköpostiosoite",
                "Toimeksiannon hoitoon liittyvät asiakirjat (arkistoidut asiakirjat)",
                "Ajanvaraus-, käynti-, laskutus- ja suoritustiedot",
            ])
        #expect(
            profile.sources
                == "Henkilöiden perustiedot saadaan asiakkaan itsensä toimittamista tai toimeksiannon yhteydessä "
                + "(esimerkiksi palvelun tilaajalta) saaduista tiedoista ja asiakirjoista.")
        #expect(
            profile.recipients
                == "Asiakasrekisterin tietoja ei luovuteta kenellekään eikä mitään tarkoitusta varten ellei laki tai "
                + "viranomais määräys tai toimeksiannon hoito sitä edellytä.")
        Prose(
            paragraphs: 1, start: "Yksityisten sosiaalipalvelujen osalta rekisterin tietoja ei siirretä",
            end: "(esim. Mailchimp), jonka palvelin voi sijaita EU:n tai ETA:n ulkopuolella."
        ).check(profile.transfers, "transfers")
        #expect(profile.retention == nil)
        #expect(profile.authorityAsQuoted == "Tietosuojavaltuutetun toimisto, PL 315, 00181 Helsinki")
        #expect(
            notice.missing == [
                .contactPerson, .contactDetails, .noticeDate, .legalBasis, .retention, .automatedDecisions,
            ])
    }

    @Test func seed004Findings() throws {
        // Given seed 004, when linted, then it cites henkilötietolaki 6 luku 26 § and 29 §, the old address
        // PL 315, access free once a year, and lacks the retention period, legal basis and four rights.
        #expect(
            try Self.findings(NoticeFixtures.seeds[4]) == [
                "personal-identity-code 48 henkilötunnus",
                "transfer-safeguards 78 Muiden kuin yksityisten sosiaalipalvelujen asiakasrekisteritiedot säilytetään "
                    + "pilvipalvelussa, jonka palvelin voi sijaita EU:n ulkopuolella.",
                "repealed-law 90 henkilötietolain 6 luvun 26 §",
                "access-once-a-year 90 Tarkastusoikeus on maksuton enintään kerran vuodessa toteutettuna.",
                "request-form 92 omakätisesti allekirjoitetussa tai sitä vastaavalla tavalla varmennetussa "
                    + "asiakirjassa tai henkilökohtaisesti rekisterinpitäjän luona.",
                "repealed-law 96 henkilötietolain 6 luvun 29 §",
                "request-form 96 Korjauspyyntö on tehtävä kirjallisesti ja riittävän yksilöidysti.",
                "outdated-authority-address 98 PL 315, 00181 Helsinki",
                "refusal-certificate 98 Jos tiedon korjaamisesta tai tarkastusoikeuden toteuttamatta jättämisestä "
                    + "kieltäydytään, rekisteröidylle annetaan kirjallinen kieltäytymistodistus ja hänellä on oikeus "
                    + "saattaa asia tietosuojavaltuutetun ratkaistavaksi osoitteella: Tietosuojavaltuutetun toimisto, "
                    + "PL 315, 00181 Helsinki.",
                "missing-right-erasure - ",
                "missing-right-restriction - ",
                "missing-retention - ",
                "missing-legal-basis - ",
                "missing-right-portability - ",
                "missing-right-objection - ",
                "missing-notice-date - ",
            ])
    }

    @Test func seed004SuggestsTheReplacingArticles() throws {
        // Given seed 004's citations of the repealed act, when linted, then the fix names the GDPR article.
        let findings = try NoticeLinter().lint(try NoticeFixtures.parse(NoticeFixtures.seeds[4]))
            .filter { $0.rule == LintRule.repealedLaw.rawValue }
        #expect(
            findings.map(\.fix.en) == [
                "Cite GDPR Art. 15 (right of access) instead.",
                "Cite GDPR Art. 16 and 17 (rectification and erasure) instead.",
            ])
        #expect(findings.allSatisfy { $0.severity == .error })
    }

    @Test(arguments: NoticeFixtures.seeds)
    func seedBusinessIDsPassTheCheckDigit(_ name: String) throws {
        // Given a seed, when parsed, then any business ID in the profile passes DSRCore.BusinessID.
        let notice = try NoticeFixtures.parse(name)
        if let id = notice.profile.businessID { #expect(BusinessID(id) != nil) }
        #expect(notice.fields.allSatisfy { $0.isValid })
    }
}
