import DSRCore

/// The checks ``NoticeLinter`` runs, by stable code. docs/notice-lint.md gives the legal reason for each.
public enum LintRule: String, Sendable, Codable, CaseIterable, Hashable {
    /// The notice has no heading dsr recognises (not a privacy notice, or an unknown layout).
    case unrecognisedNotice = "unrecognised-notice"
    /// The text calls itself a privacy notice but has no heading dsr recognises (a short notice in prose).
    case unstructuredNotice = "unstructured-notice"
    /// The notice cites the repealed Henkilötietolaki 523/1999.
    case repealedLaw = "repealed-law"
    /// Access is said to be free only once a year.
    case accessOnceAYear = "access-once-a-year"
    /// Requests are said to be answered within three months.
    case replyThreeMonths = "reply-three-months"
    /// The Ombudsman's address is an old one.
    case outdatedAuthorityAddress = "outdated-authority-address"
    /// The authority's name is misspelled or names a body that does not exist.
    case authorityName = "authority-name"
    /// Privacy Shield or Safe Harbor is named as a transfer mechanism.
    case privacyShield = "privacy-shield"
    /// Data may go outside the EU/EEA but no safeguard is named.
    case transferSafeguards = "transfer-safeguards"
    /// The right of access is not mentioned.
    case missingRightAccess = "missing-right-access"
    /// The right to rectification is not mentioned.
    case missingRightRectification = "missing-right-rectification"
    /// The right to erasure is not mentioned.
    case missingRightErasure = "missing-right-erasure"
    /// The right to restriction is not mentioned.
    case missingRightRestriction = "missing-right-restriction"
    /// The right to data portability is not mentioned.
    case missingRightPortability = "missing-right-portability"
    /// The right to object is not mentioned.
    case missingRightObjection = "missing-right-objection"
    /// The right to complain to the supervisory authority is not mentioned.
    case missingRightComplaint = "missing-right-complaint"
    /// No controller is named.
    case missingController = "missing-controller"
    /// No retention period is given.
    case missingRetention = "missing-retention"
    /// A retention statement exists but not under its own heading.
    case retentionNotUnderHeading = "retention-not-under-heading"
    /// No legal basis is given.
    case missingLegalBasis = "missing-legal-basis"
    /// A legal-basis statement exists but not under its own heading.
    case legalBasisNotUnderHeading = "legal-basis-not-under-heading"
    /// No contact person for register matters and no data protection officer.
    case missingContact = "missing-contact"
    /// The business ID's check digit is wrong.
    case invalidBusinessID = "invalid-business-id"
    /// The notice gives no business ID.
    case missingBusinessID = "missing-business-id"
    /// The notice demands a signed, written or in-person request.
    case requestForm = "request-form"
    /// The notice promises a "written certificate" of refusal (old-law wording) without the judicial remedy.
    case refusalCertificate = "refusal-certificate"
    /// Instructions or placeholders of a template are left in the notice.
    case templateText = "template-text"
    /// The notice lists the personal identity code without its legal ground.
    case personalIdentityCode = "personal-identity-code"
    /// A heading has no text under it.
    case emptySection = "empty-section"
    /// The notice is not dated.
    case missingNoticeDate = "missing-notice-date"
    /// The file was not UTF-8.
    case encoding = "encoding"

    /// The rule's severity.
    public var severity: Severity {
        switch self {
        case .unrecognisedNotice, .repealedLaw, .accessOnceAYear, .replyThreeMonths, .outdatedAuthorityAddress,
            .privacyShield, .missingRightAccess, .missingRightRectification, .missingRightErasure,
            .missingRightRestriction, .missingRightComplaint, .missingController, .missingRetention,
            .missingLegalBasis, .invalidBusinessID:
            .error
        case .unstructuredNotice, .authorityName, .transferSafeguards, .missingRightPortability, .missingRightObjection,
            .missingContact,
            .requestForm, .templateText:
            .warning
        case .retentionNotUnderHeading, .legalBasisNotUnderHeading, .missingBusinessID, .refusalCertificate,
            .personalIdentityCode, .emptySection, .missingNoticeDate, .encoding:
            .info
        }
    }

    /// The legal source of the rule, for documentation and `--explain` style output.
    public var source: String {
        switch self {
        case .unrecognisedNotice: "GDPR Art. 12(1), 13, 14 (the information must be given in a clear, accessible form)"
        case .unstructuredNotice: "GDPR Art. 12(1), 13, 14 (the information must be given in a clear, accessible form)"
        case .repealedLaw: "Tietosuojalaki 1050/2018 § 37 (repeals Henkilötietolaki 523/1999 from 1.1.2019)"
        case .accessOnceAYear: "GDPR Art. 12(5), 15(3); EDPB Guidelines 01/2022 §§ 175–190; old HetiL § 26"
        case .replyThreeMonths: "GDPR Art. 12(3); old HetiL § 28 (three months)"
        case .outdatedAuthorityAddress: "GDPR Art. 13(2)(d), 77; curated authority data (legal-facts.md § 4)"
        case .authorityName: "Tietosuojalaki §§ 8–9; Act 389/1994 repealed by Tietosuojalaki § 37"
        case .privacyShield: "GDPR Art. 44–46; CJEU C-311/18 Schrems II (16.7.2020); CJEU C-362/14 (6.10.2015)"
        case .transferSafeguards: "GDPR Art. 13(1)(f), 14(1)(f), 44–49"
        case .missingRightAccess: "GDPR Art. 13(2)(b), 14(2)(c), 15"
        case .missingRightRectification: "GDPR Art. 13(2)(b), 14(2)(c), 16"
        case .missingRightErasure: "GDPR Art. 13(2)(b), 14(2)(c), 17"
        case .missingRightRestriction: "GDPR Art. 13(2)(b), 14(2)(c), 18"
        case .missingRightPortability: "GDPR Art. 13(2)(b), 14(2)(c), 20"
        case .missingRightObjection: "GDPR Art. 13(2)(b), 14(2)(c), 21(4)"
        case .missingRightComplaint: "GDPR Art. 13(2)(d), 14(2)(e), 77; Tietosuojalaki § 21"
        case .missingController: "GDPR Art. 13(1)(a), 14(1)(a)"
        case .missingRetention, .retentionNotUnderHeading: "GDPR Art. 13(2)(a), 14(2)(a)"
        case .missingLegalBasis, .legalBasisNotUnderHeading: "GDPR Art. 13(1)(c), 14(1)(c), 6(1)"
        case .missingContact: "GDPR Art. 13(1)(a)–(b), 14(1)(a)–(b), 12(2)"
        case .invalidBusinessID, .missingBusinessID: "Yritys- ja yhteisötietolaki 244/2001 (business ID); check digit"
        case .requestForm: "GDPR Art. 12(2), 12(6); EDPB Guidelines 01/2022 §§ 52–56; old HetiL § 28"
        case .refusalCertificate: "GDPR Art. 12(4); old HetiL §§ 28–29"
        case .templateText: "GDPR Art. 12(1) (concise, intelligible information)"
        case .personalIdentityCode: "GDPR Art. 87; Tietosuojalaki § 29"
        case .emptySection: "GDPR Art. 12(1)"
        case .missingNoticeDate: "Good practice (GDPR Art. 5(2) accountability)"
        case .encoding: "none (technical)"
        }
    }

    /// The standard message.
    public var message: LocalizedText {
        switch self {
        case .unrecognisedNotice:
            LocalizedText(
                fi: "Tiedostosta ei löytynyt yhtään tunnettua tietosuojaselosteen otsikkoa.",
                sv: "Filen innehåller ingen känd rubrik i en dataskyddsbeskrivning.",
                en: "The file has no heading of a privacy notice that dsr recognises.")
        case .unstructuredNotice:
            LocalizedText(
                fi: "Teksti on tietosuojaseloste, mutta siinä ei ole yhtään tunnettua otsikkoa; sisältöä ei voitu "
                    + "tarkistaa kohta kohdalta.",
                sv: "Texten är en dataskyddsbeskrivning men har ingen känd rubrik; innehållet kunde inte granskas "
                    + "punkt för punkt.",
                en: "The text is a privacy notice but has no heading dsr recognises; its content could not be "
                    + "checked section by section.")
        case .repealedLaw:
            LocalizedText(
                fi: "Seloste viittaa henkilötietolakiin (523/1999), joka kumottiin 1.1.2019.",
                sv: "Beskrivningen hänvisar till personuppgiftslagen (523/1999), som upphävdes 1.1.2019.",
                en: "The notice cites the Personal Data Act (Henkilötietolaki 523/1999), repealed on 1 January 2019.")
        case .accessOnceAYear:
            LocalizedText(
                fi: "Seloste lupaa tietojen tarkastuksen maksutta vain kerran vuodessa; GDPR:n mukaan ensimmäinen "
                    + "jäljennös on aina maksuton eikä vuoden väli tee pyynnöstä kohtuutonta.",
                sv: "Beskrivningen lovar avgiftsfri tillgång bara en gång per år; enligt GDPR är den första kopian "
                    + "alltid avgiftsfri.",
                en: "The notice makes access free only once a year; under the GDPR the first copy is always free and "
                    + "a one-year interval never makes a request excessive.")
        case .replyThreeMonths:
            LocalizedText(
                fi:
                    "Seloste antaa vastausajaksi kolme kuukautta; GDPR:n mukaan vastataan viimeistään kuukauden "
                    + "kuluessa.",
                sv: "Beskrivningen anger tre månader som svarstid; enligt GDPR ska svar ges inom en månad.",
                en: "The notice gives three months to answer; the GDPR requires an answer within one month.")
        case .outdatedAuthorityAddress:
            LocalizedText(
                fi: "Tietosuojavaltuutetun osoite on vanha.",
                sv: "Dataombudsmannens adress är gammal.",
                en: "The Data Protection Ombudsman's address is out of date.")
        case .authorityName:
            LocalizedText(
                fi: "Valvontaviranomaisen nimi on kirjoitettu väärin.",
                sv: "Tillsynsmyndighetens namn är felstavat.",
                en: "The supervisory authority's name is misspelled.")
        case .privacyShield:
            LocalizedText(
                fi:
                    "Seloste nimeää siirtoperusteeksi Privacy Shield- tai Safe Harbor -järjestelyn, jotka "
                    + "EU-tuomioistuin "
                    + "on mitätöinyt.",
                sv: "Beskrivningen anger Privacy Shield eller Safe Harbor som grund för överföring; EU-domstolen har "
                    + "ogiltigförklarat dem.",
                en: "The notice names Privacy Shield or Safe Harbor as a transfer mechanism; the CJEU invalidated both."
            )
        case .transferSafeguards:
            LocalizedText(
                fi: "Tietoja voidaan siirtää EU:n tai ETA:n ulkopuolelle, mutta seloste ei kerro suojatoimia.",
                sv: "Uppgifter kan överföras utanför EU/EES, men beskrivningen nämner inga skyddsåtgärder.",
                en: "Data may be transferred outside the EU/EEA, but the notice names no safeguard.")
        case .missingRightAccess:
            LocalizedText(
                fi: "Seloste ei mainitse oikeutta saada pääsy tietoihin.",
                sv: "Beskrivningen nämner inte rätten till tillgång.",
                en: "The notice does not mention the right of access.")
        case .missingRightRectification:
            LocalizedText(
                fi: "Seloste ei mainitse oikeutta tietojen oikaisemiseen.",
                sv: "Beskrivningen nämner inte rätten till rättelse.",
                en: "The notice does not mention the right to rectification.")
        case .missingRightErasure:
            LocalizedText(
                fi: "Seloste ei mainitse oikeutta tietojen poistamiseen.",
                sv: "Beskrivningen nämner inte rätten till radering.",
                en: "The notice does not mention the right to erasure.")
        case .missingRightRestriction:
            LocalizedText(
                fi: "Seloste ei mainitse oikeutta käsittelyn rajoittamiseen.",
                sv: "Beskrivningen nämner inte rätten till begränsning av behandling.",
                en: "The notice does not mention the right to restriction of processing.")
        case .missingRightPortability:
            LocalizedText(
                fi: "Seloste ei mainitse oikeutta siirtää tiedot järjestelmästä toiseen.",
                sv: "Beskrivningen nämner inte rätten till dataportabilitet.",
                en: "The notice does not mention the right to data portability.")
        case .missingRightObjection:
            LocalizedText(
                fi: "Seloste ei mainitse vastustamisoikeutta.",
                sv: "Beskrivningen nämner inte rätten att göra invändningar.",
                en: "The notice does not mention the right to object.")
        case .missingRightComplaint:
            LocalizedText(
                fi: "Seloste ei mainitse oikeutta tehdä valitus valvontaviranomaiselle.",
                sv: "Beskrivningen nämner inte rätten att lämna klagomål till tillsynsmyndigheten.",
                en: "The notice does not mention the right to lodge a complaint with the supervisory authority.")
        case .missingController:
            LocalizedText(
                fi: "Selosteesta ei löydy rekisterinpitäjää.",
                sv: "Beskrivningen anger ingen personuppgiftsansvarig.",
                en: "The notice names no controller.")
        case .missingRetention:
            LocalizedText(
                fi: "Seloste ei kerro tietojen säilytysaikaa.",
                sv: "Beskrivningen anger ingen lagringstid.",
                en: "The notice gives no retention period.")
        case .retentionNotUnderHeading:
            LocalizedText(
                fi: "Säilytysaika mainitaan vain muun otsikon alla.",
                sv: "Lagringstiden nämns bara under en annan rubrik.",
                en: "The retention period appears only under another heading.")
        case .missingLegalBasis:
            LocalizedText(
                fi: "Seloste ei kerro käsittelyn oikeusperustetta.",
                sv: "Beskrivningen anger ingen rättslig grund för behandlingen.",
                en: "The notice gives no legal basis for the processing.")
        case .legalBasisNotUnderHeading:
            LocalizedText(
                fi: "Oikeusperuste mainitaan vain muun otsikon alla.",
                sv: "Den rättsliga grunden nämns bara under en annan rubrik.",
                en: "The legal basis appears only under another heading.")
        case .missingContact:
            LocalizedText(
                fi: "Selosteessa ei ole yhteyshenkilöä rekisteriä koskevissa asioissa eikä tietosuojavastaavaa.",
                sv: "Beskrivningen anger varken en kontaktperson i registerärenden eller ett dataskyddsombud.",
                en: "The notice names neither a contact person for register matters nor a data protection officer.")
        case .invalidBusinessID:
            LocalizedText(
                fi: "Y-tunnuksen tarkistusmerkki ei täsmää.",
                sv: "FO-numrets kontrollsiffra stämmer inte.",
                en: "The business ID's check digit is wrong.")
        case .missingBusinessID:
            LocalizedText(
                fi: "Selosteessa ei ole rekisterinpitäjän Y-tunnusta.",
                sv: "Beskrivningen anger inget FO-nummer.",
                en: "The notice gives no business ID for the controller.")
        case .requestForm:
            LocalizedText(
                fi: "Seloste vaatii pyynnöltä allekirjoitusta, kirjallista muotoa tai käyntiä paikan päällä; GDPR:n "
                    + "mukaan oikeuksien käyttöä on helpotettava.",
                sv: "Beskrivningen kräver en undertecknad, skriftlig eller personligen framförd begäran; enligt GDPR "
                    + "ska utövandet av rättigheterna underlättas.",
                en: "The notice demands a signed, written or in-person request; the GDPR requires the controller to "
                    + "facilitate requests.")
        case .refusalCertificate:
            LocalizedText(
                fi: "Seloste lupaa kieltäytymisestä kirjallisen todistuksen (henkilötietolain ilmaus) mainitsematta "
                    + "oikeutta hakea muutosta tuomioistuimelta.",
                sv: "Beskrivningen lovar ett skriftligt intyg vid vägran (den gamla lagens uttryck) utan att nämna "
                    + "rätten att vända sig till domstol.",
                en: "The notice promises a written certificate of refusal (the old law's wording) without the "
                    + "judicial remedy.")
        case .templateText:
            LocalizedText(
                fi: "Selosteeseen on jäänyt mallipohjan ohjeteksti tai paikkamerkki.",
                sv: "Beskrivningen innehåller kvarlämnad malltext eller platshållare.",
                en: "Template instructions or a placeholder are left in the notice.")
        case .personalIdentityCode:
            LocalizedText(
                fi: "Seloste kertoo käsiteltävän henkilötunnusta mutta ei sen käsittelyperustetta.",
                sv: "Beskrivningen nämner personbeteckningen men inte grunden för att behandla den.",
                en: "The notice lists the personal identity code but not the ground for processing it.")
        case .emptySection:
            LocalizedText(
                fi: "Otsikon alla ei ole tekstiä.",
                sv: "Rubriken saknar text.",
                en: "The heading has no text under it.")
        case .missingNoticeDate:
            LocalizedText(
                fi: "Selosteessa ei ole laatimis- tai päivityspäivää.",
                sv: "Beskrivningen saknar datum.",
                en: "The notice is not dated.")
        case .encoding:
            LocalizedText(
                fi: "Tiedosto ei ollut UTF-8-muodossa; se luettiin Windows-1252- tai UTF-16-merkistönä.",
                sv: "Filen var inte i UTF-8; den lästes som Windows-1252 eller UTF-16.",
                en: "The file was not UTF-8; it was read as Windows-1252 or UTF-16.")
        }
    }

    /// The standard fix.
    public var fix: LocalizedText {
        switch self {
        case .unrecognisedNotice:
            LocalizedText(
                fi: "Tarkista, että annoit oikean tiedoston; käytä otsikoita kuten \"Rekisterinpitäjä\", "
                    + "\"Säilytysaika\" ja \"Rekisteröidyn oikeudet\".",
                sv: "Kontrollera filen; använd rubriker som \"Personuppgiftsansvarig\", \"Lagringstid\" och "
                    + "\"Den registrerades rättigheter\".",
                en: "Check that this is the right file; use headings such as \"Controller\", \"Retention period\" "
                    + "and \"Your rights\".")
        case .unstructuredNotice:
            LocalizedText(
                fi: "Jäsennä seloste otsikoilla kuten \"Rekisterinpitäjä\", \"Säilytysaika\" ja \"Rekisteröidyn "
                    + "oikeudet\", jotta lukija löytää jokaisen asetuksen 13 ja 14 artiklan tiedon.",
                sv: "Dela in beskrivningen med rubriker som \"Personuppgiftsansvarig\", \"Lagringstid\" och "
                    + "\"Den registrerades rättigheter\", så att läsaren hittar varje uppgift enligt artikel 13 och 14.",
                en: "Structure the notice with headings such as \"Controller\", \"Retention period\" and \"Your "
                    + "rights\", so that a reader finds each item Articles 13 and 14 require.")
        case .repealedLaw:
            LocalizedText(
                fi: "Viittaa tietosuoja-asetukseen (EU) 2016/679 ja tietosuojalakiin (1050/2018).",
                sv: "Hänvisa till dataskyddsförordningen (EU) 2016/679 och dataskyddslagen (1050/2018).",
                en: "Cite the GDPR (EU) 2016/679 and the Data Protection Act (Tietosuojalaki 1050/2018).")
        case .accessOnceAYear:
            LocalizedText(
                fi: "Kirjoita: \"Tietojen tarkastaminen on maksutonta. Voimme periä kohtuullisen maksun vain "
                    + "lisäjäljennöksistä tai ilmeisen perusteettomista tai kohtuuttomista pyynnöistä.\"",
                sv: "Skriv: \"Det är avgiftsfritt att få tillgång till uppgifterna. En skälig avgift tas bara ut för "
                    + "ytterligare kopior eller uppenbart ogrundade eller orimliga begäranden.\"",
                en: "Write: \"Access is free of charge. We may charge a reasonable fee only for further copies or for "
                    + "manifestly unfounded or excessive requests.\"")
        case .replyThreeMonths:
            LocalizedText(
                fi: "Kirjoita: \"Vastaamme viimeistään kuukauden kuluessa; monimutkaisissa tapauksissa aikaa voidaan "
                    + "jatkaa kahdella kuukaudella, mistä ilmoitamme ensimmäisen kuukauden aikana.\"",
                sv:
                    "Skriv: \"Vi svarar inom en månad; i komplicerade fall kan tiden förlängas med två månader, vilket "
                    + "vi "
                    + "meddelar inom den första månaden.\"",
                en: "Write: \"We answer within one month; for complex requests we may extend this by two months and "
                    + "will tell you so within the first month.\"")
        case .outdatedAuthorityAddress:
            LocalizedText(
                fi: "Korvaa tietosuojavaltuutetun nykyisillä yhteystiedoilla.",
                sv: "Ersätt med dataombudsmannens nuvarande kontaktuppgifter.",
                en: "Replace it with the Ombudsman's current contact details.")
        case .authorityName:
            LocalizedText(
                fi: "Kirjoita \"Tietosuojavaltuutetun toimisto\".",
                sv: "Skriv \"Dataombudsmannens byrå\".",
                en: "Write \"Office of the Data Protection Ombudsman\" (Tietosuojavaltuutetun toimisto).")
        case .privacyShield:
            LocalizedText(
                fi: "Nimeä voimassa oleva siirtoperuste: komission vakiosopimuslausekkeet, riittävyyspäätös (esim. "
                    + "EU–US Data Privacy Framework -sertifioidulle vastaanottajalle) tai sitovat yrityssäännöt.",
                sv:
                    "Ange en giltig grund: kommissionens standardavtalsklausuler, ett beslut om adekvat skyddsnivå "
                    + "(t.ex. "
                    + "EU–US Data Privacy Framework) eller bindande företagsbestämmelser.",
                en: "Name a valid mechanism: the Commission's standard contractual clauses, an adequacy decision (such "
                    + "as the EU–US Data Privacy Framework for a certified recipient) or binding corporate rules.")
        case .transferSafeguards:
            LocalizedText(
                fi: "Kerro vastaanottajamaat ja siirron peruste (riittävyyspäätös, vakiosopimuslausekkeet tai sitovat "
                    + "yrityssäännöt) ja miten niistä saa kopion.",
                sv: "Ange mottagarländerna och grunden för överföringen (beslut om adekvat skyddsnivå, "
                    + "standardavtalsklausuler eller bindande företagsbestämmelser) och hur man får en kopia.",
                en: "Name the countries and the mechanism (adequacy decision, standard contractual clauses or binding "
                    + "corporate rules) and how to get a copy.")
        case .missingRightAccess, .missingRightRectification, .missingRightErasure, .missingRightRestriction,
            .missingRightPortability, .missingRightObjection:
            LocalizedText(
                fi: "Lisää oikeus rekisteröidyn oikeuksien luetteloon ja kerro, miten sitä käytetään.",
                sv: "Lägg till rättigheten i listan över den registrerades rättigheter och hur den utövas.",
                en: "Add the right to the list of the data subject's rights and say how to use it.")
        case .missingRightComplaint:
            LocalizedText(
                fi: "Lisää: \"Sinulla on oikeus tehdä valitus tietosuojavaltuutetulle\" ja viranomaisen yhteystiedot.",
                sv: "Lägg till: \"Du har rätt att lämna klagomål till dataombudsmannen\" och myndighetens "
                    + "kontaktuppgifter.",
                en: "Add: \"You have the right to lodge a complaint with the Data Protection Ombudsman\" and its "
                    + "contact details.")
        case .missingController:
            LocalizedText(
                fi: "Lisää otsikko \"Rekisterinpitäjä\" ja sen alle nimi, Y-tunnus ja yhteystiedot.",
                sv: "Lägg till rubriken \"Personuppgiftsansvarig\" med namn, FO-nummer och kontaktuppgifter.",
                en: "Add a \"Controller\" heading with the name, business ID and contact details.")
        case .missingRetention, .retentionNotUnderHeading:
            LocalizedText(
                fi: "Lisää otsikko \"Säilytysaika\" ja kerro, kuinka kauan tietoja säilytetään tai millä perusteella "
                    + "aika määräytyy.",
                sv: "Lägg till rubriken \"Lagringstid\" med hur länge uppgifterna sparas eller hur tiden bestäms.",
                en: "Add a \"Retention period\" heading saying how long the data are kept or how that is decided.")
        case .missingLegalBasis, .legalBasisNotUnderHeading:
            LocalizedText(
                fi: "Lisää otsikko \"Käsittelyn oikeusperuste\" ja nimeä peruste (sopimus, suostumus, lakisääteinen "
                    + "velvoite, oikeutettu etu …).",
                sv: "Lägg till rubriken \"Rättslig grund\" och ange grunden (avtal, samtycke, rättslig förpliktelse, "
                    + "berättigat intresse …).",
                en: "Add a \"Legal basis\" heading naming the basis (contract, consent, legal obligation, legitimate "
                    + "interests …).")
        case .missingContact:
            LocalizedText(
                fi: "Lisää yhteyshenkilö tai yhteystiedot rekisteriä koskevissa asioissa.",
                sv: "Lägg till en kontaktperson eller kontaktuppgifter i registerärenden.",
                en: "Add a contact person or contact details for register matters.")
        case .invalidBusinessID:
            LocalizedText(
                fi: "Tarkista Y-tunnus yritys- ja yhteisötietojärjestelmästä (ytj.fi).",
                sv: "Kontrollera FO-numret i företags- och organisationsdatasystemet (ytj.fi).",
                en: "Check the business ID in the Business Information System (ytj.fi).")
        case .missingBusinessID:
            LocalizedText(
                fi: "Lisää Y-tunnus rekisterinpitäjän tietoihin (kirjeissä rekisterinpitäjä yksilöidään sillä).",
                sv: "Lägg till FO-numret hos den personuppgiftsansvarige.",
                en: "Add the business ID to the controller's details; letters identify the controller by it.")
        case .requestForm:
            LocalizedText(
                fi: "Kerro, että pyynnön voi tehdä millä tahansa tavalla (esim. sähköpostilla) ja että henkilöllisyys "
                    + "varmistetaan vain, jos siitä on perusteltua epäilystä.",
                sv: "Skriv att begäran kan göras på valfritt sätt (t.ex. per e-post) och att identiteten kontrolleras "
                    + "bara vid rimligt tvivel.",
                en: "Say that requests can be made by any means (for example by e-mail) and that identity is checked "
                    + "only where there is reasonable doubt.")
        case .refusalCertificate:
            LocalizedText(
                fi: "Kirjoita, että kieltäytymisestä ilmoitetaan kuukauden kuluessa perusteluineen sekä oikeudesta "
                    + "valittaa tietosuojavaltuutetulle ja hakea muutosta tuomioistuimelta.",
                sv: "Skriv att ett avslag meddelas inom en månad med skälen och med upplysning om rätten att klaga hos "
                    + "dataombudsmannen och att väcka talan i domstol.",
                en: "Say that a refusal is notified within one month with its reasons and the right to complain to the "
                    + "Ombudsman and to seek a judicial remedy.")
        case .templateText:
            LocalizedText(
                fi: "Poista ohjeteksti ja täytä paikkamerkit.",
                sv: "Ta bort instruktionerna och fyll i platshållarna.",
                en: "Remove the instructions and fill in the placeholders.")
        case .personalIdentityCode:
            LocalizedText(
                fi:
                    "Kerro tietosuojalain 29 §:n mukainen peruste henkilötunnuksen käsittelylle tai poista se, jos "
                    + "sitä "
                    + "ei tarvita.",
                sv: "Ange grunden enligt 29 § dataskyddslagen för att behandla personbeteckningen, eller ta bort den.",
                en: "State the ground under section 29 of the Data Protection Act for processing the identity code, "
                    + "or stop collecting it.")
        case .emptySection:
            LocalizedText(
                fi: "Kirjoita otsikon alle tieto tai \"Ei sovelleta\" perusteluineen, tai poista otsikko.",
                sv: "Skriv informationen eller \"Tillämpas inte\" med skäl, eller ta bort rubriken.",
                en: "Fill in the section, or write \"Not applicable\" with the reason, or remove the heading.")
        case .missingNoticeDate:
            LocalizedText(
                fi: "Lisää selosteeseen laatimis- tai päivityspäivä.",
                sv: "Lägg till datum för när beskrivningen upprättades eller uppdaterades.",
                en: "Add the date the notice was written or last updated.")
        case .encoding:
            LocalizedText(
                fi: "Tallenna seloste UTF-8-muodossa.",
                sv: "Spara beskrivningen i UTF-8.",
                en: "Save the notice as UTF-8.")
        }
    }
}
