extension RefusalGround {
    /// Every refusal ground dsr knows, with its legal source (legal-facts §§ 1.1, 2 and 3).
    ///
    /// Sources: GDPR Art. 11(2), 12(5), 15(4), 16, 17(3), 20(1), 20(3)–(4), 21(1); Tietosuojalaki 1050/2018 §§ 27, 31, 32
    /// and 34 (§ 34 restricts access; § 33 concerns Art. 13–14 information duties and is not a ground here).
    public static let catalogue: [RefusalGround] = [
        RefusalGround(
            code: GroundCode(rawValue: "art12-5-manifestly-unfounded"),
            kinds: Set(RequestKind.allCases),
            reference: LocalizedText(
                fi: "EU:n yleisen tietosuoja-asetuksen 12 artiklan 5 kohta",
                sv: "Artikel 12.5 i dataskyddsförordningen",
                en: "GDPR Article 12(5)"),
            title: LocalizedText(
                fi: "Pyyntö on ilmeisen perusteeton", sv: "Begäran är uppenbart ogrundad",
                en: "The request is manifestly unfounded"),
            explanation: LocalizedText(
                fi:
                    "Rekisterinpitäjä voi kieltäytyä toimimasta, jos pyyntö on ilmeisen perusteeton. Rekisterinpitäjän on osoitettava pyynnön ilmeinen perusteettomuus.",
                sv:
                    "Den personuppgiftsansvarige får vägra att tillmötesgå en begäran som är uppenbart ogrundad. Den personuppgiftsansvarige ska visa att begäran är uppenbart ogrundad.",
                en:
                    "The controller may refuse to act on a manifestly unfounded request. The controller bears the burden of demonstrating that it is manifestly unfounded."
            ),
            isAccessRestriction: false, isBalancingGround: false),
        RefusalGround(
            code: GroundCode(rawValue: "art12-5-excessive"),
            kinds: Set(RequestKind.allCases),
            reference: LocalizedText(
                fi: "EU:n yleisen tietosuoja-asetuksen 12 artiklan 5 kohta",
                sv: "Artikel 12.5 i dataskyddsförordningen",
                en: "GDPR Article 12(5)"),
            title: LocalizedText(fi: "Pyyntö on kohtuuton", sv: "Begäran är orimlig", en: "The request is excessive"),
            explanation: LocalizedText(
                fi:
                    "Rekisterinpitäjä voi kieltäytyä toimimasta, jos pyyntö on kohtuuton erityisesti toistuvan luonteensa vuoksi. Rekisterinpitäjän on osoitettava pyynnön kohtuuttomuus.",
                sv:
                    "Den personuppgiftsansvarige får vägra att tillmötesgå en begäran som är orimlig, särskilt på grund av dess repetitiva art. Den personuppgiftsansvarige ska visa att begäran är orimlig.",
                en:
                    "The controller may refuse to act on an excessive request, in particular one that is repetitive. The controller bears the burden of demonstrating that it is excessive."
            ),
            isAccessRestriction: false, isBalancingGround: false),
        RefusalGround(
            code: GroundCode(rawValue: "art11-2-cannot-identify"),
            kinds: [.access, .rectification, .erasure, .restriction, .portability],
            reference: LocalizedText(
                fi: "EU:n yleisen tietosuoja-asetuksen 11 artiklan 2 kohta sekä 12 artiklan 2 ja 6 kohta",
                sv: "Artiklarna 11.2, 12.2 och 12.6 i dataskyddsförordningen",
                en: "GDPR Articles 11(2), 12(2) and 12(6)"),
            title: LocalizedText(
                fi: "Rekisteröityä ei voida tunnistaa", sv: "Den registrerade kan inte identifieras",
                en: "The data subject cannot be identified"),
            explanation: LocalizedText(
                fi:
                    "Rekisterinpitäjä on osoittanut, ettei se pysty tunnistamaan rekisteröityä. Rekisteröidyllä ei ole 15–20 artiklassa tarkoitettuja oikeuksia, ellei hän toimita lisätietoja, joiden avulla hänet voidaan tunnistaa. Rekisterinpitäjä voi pyytää henkilöllisyyden vahvistamiseksi tarvittavia lisätietoja (12 artiklan 6 kohta).",
                sv:
                    "Den personuppgiftsansvarige har visat att den inte kan identifiera den registrerade. Artiklarna 15–20 tillämpas inte, om inte den registrerade lämnar ytterligare uppgifter som gör identifiering möjlig. Den personuppgiftsansvarige får begära de ytterligare uppgifter som behövs för att bekräfta identiteten (artikel 12.6).",
                en:
                    "The controller has demonstrated that it cannot identify the data subject. Articles 15 to 20 do not apply unless the data subject provides additional information enabling identification. The controller may ask for the additional information necessary to confirm the data subject's identity (Article 12(6))."
            ),
            isAccessRestriction: false, isBalancingGround: false),
        RefusalGround(
            code: GroundCode(rawValue: "art15-4-rights-of-others"),
            kinds: [.access],
            reference: LocalizedText(
                fi: "EU:n yleisen tietosuoja-asetuksen 15 artiklan 4 kohta",
                sv: "Artikel 15.4 i dataskyddsförordningen",
                en: "GDPR Article 15(4)"),
            title: LocalizedText(
                fi: "Jäljennös vaikuttaisi haitallisesti muiden oikeuksiin",
                sv: "Kopian skulle inverka negativt på andras rättigheter",
                en: "A copy would adversely affect the rights of others"),
            explanation: LocalizedText(
                fi:
                    "Oikeus saada jäljennös ei saa vaikuttaa haitallisesti muiden oikeuksiin ja vapauksiin (esimerkiksi toisten henkilötiedot tai liikesalaisuudet). Muut tiedot on silti annettava.",
                sv:
                    "Rätten att få en kopia får inte inverka negativt på andras rättigheter och friheter (till exempel andras personuppgifter eller affärshemligheter). Övriga uppgifter ska ändå lämnas.",
                en:
                    "The right to a copy must not adversely affect the rights and freedoms of others (for example other people's data or trade secrets). The remaining information must still be given."
            ),
            isAccessRestriction: false, isBalancingGround: false),
        RefusalGround(
            code: GroundCode(rawValue: "tsl34-1-security-crime"),
            kinds: [.access],
            reference: LocalizedText(
                fi: "Tietosuojalain (1050/2018) 34 §:n 1 momentin 1 kohta",
                sv: "34 § 1 mom. 1 punkten dataskyddslagen (1050/2018)",
                en: "Data Protection Act (1050/2018) section 34(1)(1)"),
            title: LocalizedText(
                fi:
                    "Kansallinen turvallisuus, puolustus tai yleinen järjestys ja turvallisuus taikka rikosten ennalta estäminen tai selvittäminen",
                sv:
                    "Nationell säkerhet, försvaret eller allmän ordning och säkerhet eller förebyggande eller utredning av brott",
                en:
                    "National security, defence or public order and security, or the prevention or investigation of crime"
            ),
            explanation: LocalizedText(
                fi:
                    "Tietojen antaminen voisi vaarantaa kansallista turvallisuutta, puolustusta tai yleistä järjestystä ja turvallisuutta taikka haitata rikosten ennalta estämistä tai selvittämistä.",
                sv:
                    "Att lämna ut uppgifterna kunde äventyra den nationella säkerheten, försvaret eller allmän ordning och säkerhet eller försvåra förebyggandet eller utredningen av brott.",
                en:
                    "Giving the data could endanger national security, defence or public order and security, or hamper the prevention or investigation of crime."
            ),
            isAccessRestriction: true, isBalancingGround: false),
        RefusalGround(
            code: GroundCode(rawValue: "tsl34-2-health-or-rights"),
            kinds: [.access],
            reference: LocalizedText(
                fi: "Tietosuojalain (1050/2018) 34 §:n 1 momentin 2 kohta",
                sv: "34 § 1 mom. 2 punkten dataskyddslagen (1050/2018)",
                en: "Data Protection Act (1050/2018) section 34(1)(2)"),
            title: LocalizedText(
                fi: "Vakava vaara terveydelle, hoidolle tai oikeuksille",
                sv: "Allvarlig fara för hälsa, vård eller rättigheter",
                en: "Serious danger to health, care or rights"),
            explanation: LocalizedText(
                fi:
                    "Tietojen antamisesta voisi aiheutua vakavaa vaaraa rekisteröidyn terveydelle tai hoidolle taikka rekisteröidyn tai jonkun muun oikeuksille.",
                sv:
                    "Att lämna ut uppgifterna kunde medföra allvarlig fara för den registrerades hälsa eller vård eller för den registrerades eller någon annans rättigheter.",
                en:
                    "Giving the data could seriously endanger the data subject's health or care, or the rights of the data subject or someone else."
            ),
            isAccessRestriction: true, isBalancingGround: false),
        RefusalGround(
            code: GroundCode(rawValue: "tsl34-3-supervision"),
            kinds: [.access],
            reference: LocalizedText(
                fi: "Tietosuojalain (1050/2018) 34 §:n 1 momentin 3 kohta",
                sv: "34 § 1 mom. 3 punkten dataskyddslagen (1050/2018)",
                en: "Data Protection Act (1050/2018) section 34(1)(3)"),
            title: LocalizedText(
                fi: "Valvonta- ja tarkastustehtävät", sv: "Tillsyns- och kontrolluppgifter",
                en: "Supervision and inspection tasks"),
            explanation: LocalizedText(
                fi:
                    "Tietoja käytetään valvonta- ja tarkastustehtävissä, ja tietojen antamatta jättäminen on välttämätöntä Suomen tai Euroopan unionin tärkeän taloudellisen tai rahoituksellisen edun turvaamiseksi.",
                sv:
                    "Uppgifterna används för tillsyns- och kontrolluppgifter och det är nödvändigt att inte lämna ut dem för att trygga ett viktigt ekonomiskt eller finansiellt intresse för Finland eller Europeiska unionen.",
                en:
                    "The data are used in supervision and inspection tasks and withholding them is necessary to safeguard an important economic or financial interest of Finland or the European Union."
            ),
            isAccessRestriction: true, isBalancingGround: false),
        RefusalGround(
            code: GroundCode(rawValue: "art16-data-accurate"),
            kinds: [.rectification],
            reference: LocalizedText(
                fi: "EU:n yleisen tietosuoja-asetuksen 16 artikla", sv: "Artikel 16 i dataskyddsförordningen",
                en: "GDPR Article 16"),
            title: LocalizedText(
                fi: "Tiedot ovat paikkansapitäviä", sv: "Uppgifterna är korrekta", en: "The data are accurate"),
            explanation: LocalizedText(
                fi:
                    "Oikaisuoikeus koskee epätarkkoja ja puutteellisia tietoja. Rekisterinpitäjä on selvittänyt, että tiedot ovat paikkansapitäviä ja käsittelyn tarkoituksen kannalta täydellisiä.",
                sv:
                    "Rätten till rättelse gäller felaktiga och ofullständiga uppgifter. Den personuppgiftsansvarige har utrett att uppgifterna är korrekta och fullständiga med hänsyn till ändamålet.",
                en:
                    "The right to rectification concerns inaccurate and incomplete data. The controller has verified that the data are accurate and complete for the purposes of the processing."
            ),
            isAccessRestriction: false, isBalancingGround: false),
        RefusalGround(
            code: GroundCode(rawValue: "art17-3-a-freedom-of-expression"),
            kinds: [.erasure],
            reference: LocalizedText(
                fi: "EU:n yleisen tietosuoja-asetuksen 17 artiklan 3 kohdan a alakohta",
                sv: "Artikel 17.3 a i dataskyddsförordningen",
                en: "GDPR Article 17(3)(a)"),
            title: LocalizedText(
                fi: "Sanan- ja tiedonvapaus", sv: "Yttrande- och informationsfrihet",
                en: "Freedom of expression and information"),
            explanation: LocalizedText(
                fi: "Käsittely on tarpeen sanan- ja tiedonvapautta koskevan oikeuden käyttämiseksi.",
                sv: "Behandlingen är nödvändig för att utöva rätten till yttrande- och informationsfrihet.",
                en: "The processing is necessary for exercising the right of freedom of expression and information."),
            isAccessRestriction: false, isBalancingGround: false),
        RefusalGround(
            code: GroundCode(rawValue: "art17-3-b-legal-obligation"),
            kinds: [.erasure],
            reference: LocalizedText(
                fi: "EU:n yleisen tietosuoja-asetuksen 17 artiklan 3 kohdan b alakohta",
                sv: "Artikel 17.3 b i dataskyddsförordningen",
                en: "GDPR Article 17(3)(b)"),
            title: LocalizedText(fi: "Lakisääteinen velvoite", sv: "Rättslig förpliktelse", en: "Legal obligation"),
            explanation: LocalizedText(
                fi:
                    "Käsittely on tarpeen rekisterinpitäjän lakisääteisen velvoitteen noudattamiseksi, esimerkiksi kirjanpitolain (1336/1997) 2 luvun 10 §:n säilytysajat.",
                sv:
                    "Behandlingen är nödvändig för att uppfylla en rättslig förpliktelse, till exempel förvaringstiderna i 2 kap. 10 § bokföringslagen (1336/1997).",
                en:
                    "The processing is necessary for compliance with a legal obligation, for example the retention periods of the Accounting Act (1336/1997) chapter 2 section 10."
            ),
            isAccessRestriction: false, isBalancingGround: false),
        RefusalGround(
            code: GroundCode(rawValue: "art17-3-c-public-health"),
            kinds: [.erasure],
            reference: LocalizedText(
                fi: "EU:n yleisen tietosuoja-asetuksen 17 artiklan 3 kohdan c alakohta",
                sv: "Artikel 17.3 c i dataskyddsförordningen",
                en: "GDPR Article 17(3)(c)"),
            title: LocalizedText(fi: "Kansanterveys", sv: "Folkhälsa", en: "Public health"),
            explanation: LocalizedText(
                fi:
                    "Käsittely on tarpeen kansanterveyteen liittyvän yleisen edun vuoksi (9 artiklan 2 kohdan h ja i alakohta ja 3 kohta).",
                sv:
                    "Behandlingen är nödvändig av skäl som rör ett allmänintresse på folkhälsoområdet (artikel 9.2 h och i samt 9.3).",
                en:
                    "The processing is necessary for reasons of public interest in the area of public health (Article 9(2)(h) and (i) and 9(3))."
            ),
            isAccessRestriction: false, isBalancingGround: false),
        RefusalGround(
            code: GroundCode(rawValue: "art17-3-d-archiving-research"),
            kinds: [.erasure],
            reference: LocalizedText(
                fi: "EU:n yleisen tietosuoja-asetuksen 17 artiklan 3 kohdan d alakohta",
                sv: "Artikel 17.3 d i dataskyddsförordningen",
                en: "GDPR Article 17(3)(d)"),
            title: LocalizedText(
                fi: "Arkistointi, tutkimus tai tilastointi", sv: "Arkivering, forskning eller statistik",
                en: "Archiving, research or statistics"),
            explanation: LocalizedText(
                fi:
                    "Käsittely on tarpeen yleistä etua koskevia arkistointitarkoituksia, tieteellisiä tai historiallisia tutkimustarkoituksia tai tilastollisia tarkoituksia varten, ja poistaminen todennäköisesti estäisi käsittelyn tavoitteiden saavuttamisen.",
                sv:
                    "Behandlingen är nödvändig för arkivändamål av allmänt intresse, forskningsändamål eller statistiska ändamål och radering skulle sannolikt omöjliggöra eller allvarligt försvåra uppnåendet av syftet.",
                en:
                    "The processing is necessary for archiving in the public interest, scientific or historical research or statistics, and erasure would render impossible or seriously impair those objectives."
            ),
            isAccessRestriction: false, isBalancingGround: false),
        RefusalGround(
            code: GroundCode(rawValue: "art17-3-e-legal-claims"),
            kinds: [.erasure],
            reference: LocalizedText(
                fi: "EU:n yleisen tietosuoja-asetuksen 17 artiklan 3 kohdan e alakohta",
                sv: "Artikel 17.3 e i dataskyddsförordningen",
                en: "GDPR Article 17(3)(e)"),
            title: LocalizedText(fi: "Oikeudelliset vaateet", sv: "Rättsliga anspråk", en: "Legal claims"),
            explanation: LocalizedText(
                fi: "Käsittely on tarpeen oikeudellisen vaateen laatimiseksi, esittämiseksi tai puolustamiseksi.",
                sv: "Behandlingen är nödvändig för att fastställa, göra gällande eller försvara rättsliga anspråk.",
                en: "The processing is necessary for the establishment, exercise or defence of legal claims."),
            isAccessRestriction: false, isBalancingGround: false),
        RefusalGround(
            code: GroundCode(rawValue: "art20-not-applicable"),
            kinds: [.portability],
            reference: LocalizedText(
                fi: "EU:n yleisen tietosuoja-asetuksen 20 artiklan 1 kohta",
                sv: "Artikel 20.1 i dataskyddsförordningen",
                en: "GDPR Article 20(1)"),
            title: LocalizedText(
                fi: "Siirto-oikeus ei koske käsittelyä", sv: "Rätten till dataportabilitet gäller inte behandlingen",
                en: "The right to portability does not cover the processing"),
            explanation: LocalizedText(
                fi:
                    "Siirto-oikeus koskee vain rekisteröidyn itse toimittamia tietoja, joiden käsittely perustuu suostumukseen tai sopimukseen ja suoritetaan automaattisesti.",
                sv:
                    "Rätten till dataportabilitet gäller endast uppgifter som den registrerade själv lämnat, när behandlingen grundar sig på samtycke eller avtal och sker automatiserat.",
                en:
                    "Portability covers only data the data subject provided, processed by automated means on the basis of consent or a contract."
            ),
            isAccessRestriction: false, isBalancingGround: false),
        RefusalGround(
            code: GroundCode(rawValue: "art20-3-public-task"),
            kinds: [.portability],
            reference: LocalizedText(
                fi: "EU:n yleisen tietosuoja-asetuksen 20 artiklan 3 kohta",
                sv: "Artikel 20.3 i dataskyddsförordningen",
                en: "GDPR Article 20(3)"),
            title: LocalizedText(
                fi: "Yleisen edun mukainen tehtävä", sv: "Uppgift av allmänt intresse",
                en: "Task in the public interest"),
            explanation: LocalizedText(
                fi:
                    "Siirto-oikeutta ei sovelleta käsittelyyn, joka on tarpeen yleistä etua koskevan tehtävän suorittamiseksi tai julkisen vallan käyttämiseksi.",
                sv:
                    "Rätten till dataportabilitet gäller inte behandling som är nödvändig för att utföra en uppgift av allmänt intresse eller som ett led i myndighetsutövning.",
                en:
                    "Portability does not apply to processing necessary for a task carried out in the public interest or in the exercise of official authority."
            ),
            isAccessRestriction: false, isBalancingGround: false),
        RefusalGround(
            code: GroundCode(rawValue: "art20-4-rights-of-others"),
            kinds: [.portability],
            reference: LocalizedText(
                fi: "EU:n yleisen tietosuoja-asetuksen 20 artiklan 4 kohta",
                sv: "Artikel 20.4 i dataskyddsförordningen",
                en: "GDPR Article 20(4)"),
            title: LocalizedText(
                fi: "Muiden oikeudet ja vapaudet", sv: "Andras rättigheter och friheter",
                en: "Rights and freedoms of others"),
            explanation: LocalizedText(
                fi: "Tietojen siirtäminen vaikuttaisi haitallisesti muiden oikeuksiin ja vapauksiin.",
                sv: "Överföringen skulle inverka negativt på andras rättigheter och friheter.",
                en: "Transmitting the data would adversely affect the rights and freedoms of others."),
            isAccessRestriction: false, isBalancingGround: false),
        RefusalGround(
            code: GroundCode(rawValue: "art21-1-compelling-grounds"),
            kinds: [.objection],
            reference: LocalizedText(
                fi: "EU:n yleisen tietosuoja-asetuksen 21 artiklan 1 kohta",
                sv: "Artikel 21.1 i dataskyddsförordningen",
                en: "GDPR Article 21(1)"),
            title: LocalizedText(
                fi: "Huomattavan tärkeä ja perusteltu syy", sv: "Tvingande berättigade skäl",
                en: "Compelling legitimate grounds"),
            explanation: LocalizedText(
                fi:
                    "Rekisterinpitäjä on osoittanut, että käsittelyyn on huomattavan tärkeä ja perusteltu syy, joka syrjäyttää rekisteröidyn edut, oikeudet ja vapaudet. Ei koske suoramarkkinointia.",
                sv:
                    "Den personuppgiftsansvarige har visat tvingande berättigade skäl för behandlingen som väger tyngre än den registrerades intressen, rättigheter och friheter. Gäller inte direktmarknadsföring.",
                en:
                    "The controller has demonstrated compelling legitimate grounds for the processing that override the data subject's interests, rights and freedoms. Never available against direct marketing."
            ),
            isAccessRestriction: false, isBalancingGround: true),
        RefusalGround(
            code: GroundCode(rawValue: "art21-1-legal-claims"),
            kinds: [.objection],
            reference: LocalizedText(
                fi: "EU:n yleisen tietosuoja-asetuksen 21 artiklan 1 kohta",
                sv: "Artikel 21.1 i dataskyddsförordningen",
                en: "GDPR Article 21(1)"),
            title: LocalizedText(fi: "Oikeudelliset vaateet", sv: "Rättsliga anspråk", en: "Legal claims"),
            explanation: LocalizedText(
                fi:
                    "Käsittely on tarpeen oikeudellisen vaateen laatimiseksi, esittämiseksi tai puolustamiseksi. Ei koske suoramarkkinointia.",
                sv:
                    "Behandlingen är nödvändig för att fastställa, göra gällande eller försvara rättsliga anspråk. Gäller inte direktmarknadsföring.",
                en:
                    "The processing is necessary for the establishment, exercise or defence of legal claims. Never available against direct marketing."
            ),
            isAccessRestriction: false, isBalancingGround: true),
        RefusalGround(
            code: GroundCode(rawValue: "tsl31-research-statistics"),
            kinds: [.access, .rectification, .restriction, .objection],
            reference: LocalizedText(
                fi: "Tietosuojalain (1050/2018) 31 §", sv: "31 § dataskyddslagen (1050/2018)",
                en: "Data Protection Act (1050/2018) section 31"),
            title: LocalizedText(
                fi: "Tieteellinen tutkimus tai tilastointi", sv: "Vetenskaplig forskning eller statistikföring",
                en: "Scientific research or statistics"),
            explanation: LocalizedText(
                fi:
                    "Tietoja käsitellään tieteellistä tai historiallista tutkimusta tai tilastointia varten 31 §:n edellytyksin (tutkimussuunnitelma, vastuuhenkilö, tietoja ei luovuteta tunnistettavasti).",
                sv:
                    "Uppgifterna behandlas för vetenskaplig eller historisk forskning eller statistikföring på de villkor som anges i 31 § (forskningsplan, ansvarsperson, inget identifierbart utlämnande).",
                en:
                    "The data are processed for scientific or historical research or statistics under the conditions of section 31 (research plan, responsible person, no identifiable disclosure)."
            ),
            isAccessRestriction: false, isBalancingGround: false),
        RefusalGround(
            code: GroundCode(rawValue: "tsl32-archiving"),
            kinds: [.access, .rectification, .restriction, .portability, .objection],
            reference: LocalizedText(
                fi: "Tietosuojalain (1050/2018) 32 §", sv: "32 § dataskyddslagen (1050/2018)",
                en: "Data Protection Act (1050/2018) section 32"),
            title: LocalizedText(
                fi: "Yleisen edun mukainen arkistointi", sv: "Arkivändamål av allmänt intresse",
                en: "Archiving in the public interest"),
            explanation: LocalizedText(
                fi:
                    "Tietoja käsitellään yleisen edun mukaisia arkistointitarkoituksia varten 32 §:n ja tietosuoja-asetuksen 89 artiklan 3 kohdan edellytyksin.",
                sv:
                    "Uppgifterna behandlas för arkivändamål av allmänt intresse på de villkor som anges i 32 § och artikel 89.3 i dataskyddsförordningen.",
                en:
                    "The data are processed for archiving purposes in the public interest under section 32 and GDPR Article 89(3)."
            ),
            isAccessRestriction: false, isBalancingGround: false),
        RefusalGround(
            code: GroundCode(rawValue: "tsl27-journalism"),
            kinds: Set(RequestKind.allCases),
            reference: LocalizedText(
                fi: "Tietosuojalain (1050/2018) 27 §", sv: "27 § dataskyddslagen (1050/2018)",
                en: "Data Protection Act (1050/2018) section 27"),
            title: LocalizedText(
                fi:
                    "Henkilötietojen käsittely journalistisia tarkoituksia sekä akateemista, taiteellista ja kirjallista ilmaisua varten",
                sv:
                    "Behandling av personuppgifter för journalistiska ändamål och för akademiska, konstnärliga och litterära uttryck",
                en:
                    "Processing of personal data for journalistic purposes and for academic, artistic and literary expression"
            ),
            explanation: LocalizedText(
                fi:
                    "Tietoja käsitellään yksinomaan journalistisia tarkoituksia tai akateemista, taiteellista tai kirjallista ilmaisua varten, jolloin tietosuoja-asetuksen 12–22 artiklaa ei sovelleta.",
                sv:
                    "Uppgifterna behandlas uteslutande för journalistiska ändamål eller för akademiskt, konstnärligt eller litterärt skapande, och artiklarna 12–22 i dataskyddsförordningen tillämpas inte.",
                en:
                    "The data are processed solely for journalistic purposes or academic, artistic or literary expression, to which GDPR Articles 12 to 22 do not apply."
            ),
            isAccessRestriction: false, isBalancingGround: false),
    ]
}
