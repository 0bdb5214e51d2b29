/// Recognises what a heading is about from its wording in Finnish, Swedish or English.
///
/// Headings are compared after ``TextFold/compact(_:)`` (lower case, no diacritics, no spaces or punctuation), so
/// "Rekisterin pitäjä", "REKISTERINPITÄJÄ" and "Rekisterinpitäjä:" compare equal, and numbering ("1.", "2.1",
/// "A:") is ignored. Rules are tried in a fixed order so that specific headings win over general ones: the rights
/// first (a heading naming a right is about that right even if it says "tarkoitus"), then purposes and legal basis,
/// the parties, the data, and finally the general "rights" and the notice's own title.
enum HeadingCatalogue {
    /// The topics of a heading; empty when the heading is not recognised.
    static func topics(for heading: String) -> [NoticeTopic] {
        let compact = TextFold.compact(stripNumbering(heading))
        guard !compact.isEmpty, compact.utf8.count <= 400 else { return [] }
        let key = Array(compact.utf8)
        func has(_ words: [[UInt8]]) -> Bool { ByteSearch.containsAny(words, in: key) }

        let rights = rightTopics(key)
        if !rights.isEmpty { return rights }
        if has(cookies) { return [.cookies] }

        var basis: [NoticeTopic] = []
        if has(registerName) { basis.append(.registerName) }
        if has(purposes) { basis.append(.purposes) }
        if has(legalBasis) { basis.append(.legalBasis) }
        if has(legitimateInterest) { basis.append(.legitimateInterest) }
        if basis.contains(where: { $0 != .registerName }) { return basis }

        if has(dataProtectionOfficer) && !has(controller) { return [.dataProtectionOfficer] }
        let isController = has(controller)
        // A contact heading that says what the contact is about ("Yhteydenotto jäsenrekisteriin liittyen",
        // "Kontakt i dataskyddsfrågor", "Contact regarding your personal data") is the contact for register
        // matters; "Rekisterinpitäjän yhteystiedot" stays the controller's heading.
        let isContact = has(contactPerson) || (!isController && has(contactWords) && has(registerMatters))
        if isContact && isController {
            let folded = " " + TextFold.fold(heading) + " "
            let joined = [" ja ", " och ", " and ", "&", ","].contains { folded.contains($0) }
            return joined ? [.controller, .contactPerson] : [.contactPerson]
        }
        // "Oikeutesi ja yhteydenotot", "Dina rättigheter och kontakt": the rights and the contact for them.
        if isContact { return has(generalRights) ? [.contactPerson, .rights] : [.contactPerson] }
        if isController { return has(dataProtectionOfficer) ? [.controller, .dataProtectionOfficer] : [.controller] }
        if basis == [.registerName] { return basis }
        if has(noticeDate) { return [.noticeDate] }

        var flows: [NoticeTopic] = []
        if has(recipients) { flows.append(.recipients) }
        if has(transfers) { flows.append(.transfers) }
        // "Tietojen säilytys ja siirto", "Lagring och överföring": both topics, so the retention is not lost.
        if !flows.isEmpty { return has(retention) ? flows + [.retention] : flows }

        let ordered: [(NoticeTopic, [[UInt8]])] = [
            (.retention, retention), (.sources, sources), (.dataSubjects, dataSubjects),
            (.dataCategories, dataCategories), (.automatedDecisions, automated), (.security, security),
            (.consent, consent), (.rights, generalRights), (.title, title),
        ]
        for (topic, words) in ordered where has(words) { return [topic] }
        return []
    }

    /// The rights a heading names (Art. 15–21, 77).
    private static func rightTopics(_ key: [UInt8]) -> [NoticeTopic] {
        func has(_ words: [[UInt8]]) -> Bool { ByteSearch.containsAny(words, in: key) }
        // Legal-basis words contain "oikeus"; they are not a right.
        let marker = has(rightMarkers) && !has(basisNotRight)
        var found: [NoticeTopic] = []
        if has(access) { found.append(.rightOfAccess) }
        if has(rectificationStrong) || (marker && has(rectificationWeak)) { found.append(.rightToRectification) }
        if has(erasureStrong) || (marker && has(erasureWeak)) { found.append(.rightToErasure) }
        if has(restriction) { found.append(.rightToRestriction) }
        if has(portability) { found.append(.rightToPortability) }
        if has(objectionStrong) || (marker && has(objectionWeak)) { found.append(.rightToObject) }
        if has(complaint) { found.append(.complaint) }
        return found
    }

    /// Removes leading numbering ("1.", "2.1", "3)", "A:", "IV.") and surrounding markup characters.
    static func stripNumbering(_ heading: String) -> String {
        var scalars = Substring(heading).unicodeScalars.drop { $0 == " " || $0 == "#" || $0 == "*" || $0 == "_" }
        var index = scalars.startIndex
        var sawDigit = false
        while index < scalars.endIndex, scalars[index].properties.numericType != nil || scalars[index] == "." {
            if scalars[index] != "." { sawDigit = true }
            index = scalars.index(after: index)
        }
        if sawDigit {
            if index < scalars.endIndex, scalars[index] == ")" || scalars[index] == ":" {
                index = scalars.index(after: index)
            }
            scalars = scalars[index...]
        }
        return String(String.UnicodeScalarView(scalars))
    }

    private static let rightMarkers = bytes([
        "oikeus", "oikeude", "ratt", "right", "pyynto", "begaran", "request", "vaatia",
    ])
    private static let basisNotRight = bytes(["oikeusperuste", "rattsliggrund"])

    // Keyword lists, compact-folded. Finnish first, then Swedish, then English.
    private static let access = bytes([
        "tarkastusoikeus", "tarkastaa", "tarkistaa", "tarkastuspyynto", "tarkastaminen", "paasytietoihin",
        "saadapaasy", "paasyoikeus", "tutustua", "rattatillgang", "rattilltillgang", "tillgangtill", "registerutdrag",
        "rightofaccess", "righttoaccess", "accessrequest", "subjectaccess", "accessyourdata",
    ])
    private static let rectificationStrong = bytes([
        "oikaisu", "oikaisemi", "korjaamis", "korjaus", "korjaaminen", "rattelse", "rectification", "rectify",
    ])
    private static let rectificationWeak = bytes(["korjaa", "oikaista", "ratta", "correct"])
    private static let erasureStrong = bytes([
        "unohdetuksi", "radering", "bortglomd", "erasure", "forgotten", "poistamiseen", "poistooikeus",
    ])
    private static let erasureWeak = bytes(["poista", "poisto", "radera", "erase", "delet"])
    private static let restriction = bytes([
        // "Begränsa" with the processing: "begränsade tekniska uppgifter, såsom:" (limited) names no right.
        "rajoittami", "rajoitusoikeus", "rajoittaa", "begransning", "begransabehandling", "restriction", "restrict",
    ])
    private static let portability = bytes([
        "jarjestelmastatoiseen", "siirrettavyys", "siirtaatiedot", "siirtaaomat", "dataportabilitet",
        "portabilitet", "portability", "flyttauppgifter", "flyttadina",
    ])
    private static let objectionStrong = bytes([
        "vastustamis", "vastustaa", "kieltooikeus", "invandning", "invanda", "objection", "righttoobject", "objectto",
    ])
    private static let objectionWeak = bytes(["kieltaa", "kielto", "motsatta", "optout"])
    private static let complaint = bytes([
        "valitus", "valituks", "kantelu", "valvontaviranomai", "tietosuojavaltuutet", "klagomal", "klaga",
        "tillsynsmyndighet", "dataombudsman", "complaint", "supervisoryauthority", "lodge",
    ])
    private static let cookies = bytes(["evaste", "kakor", "cookie"])
    private static let registerName = bytes([
        "rekisterinnimi", "registretsnamn", "registernamn", "nameoftheregister", "registername", "nameofregister",
    ])
    private static let purposes = bytes([
        "tarkoitu", "kayttotarkoitu", "andamal", "syfte", "purpose",
        // Headings asked as questions: "Vad använder vi dina uppgifter till?", "Mihin käytämme tietojasi?".
        "vadanvandervi", "varforbehandlarvi", "mihinkaytamme", "mihintietoja", "howweuse", "whydoweprocess",
        "whatwedowith",
    ])
    private static let legalBasis = bytes([
        "oikeusperuste", "kasittelyperuste", "kasittelynperuste", "lainmukaisuus", "rattsliggrund", "lagliggrund",
        "grundforbehandling", "legalbasis", "lawfulbasis", "legalground", "lawfulness",
    ])
    private static let legitimateInterest = bytes([
        "oikeutetunedun", "oikeutettuetu", "oikeutetutedut", "oikeutetunetu", "berattigat", "legitimateinterest",
    ])
    private static let dataProtectionOfficer = bytes([
        "tietosuojavastaava", "dataskyddsombud", "dataprotectionofficer", "personinchargeofdataprotection",
    ])
    private static let contactPerson = bytes([
        "yhteyshenkilo", "vastuuhenkilo", "rekisteriasioista", "rekisteriakoskevissa", "kontaktperson",
        "contactperson", "registerarenden", "yhteydenotot", "registermatters", "mattersconcerningtheregister",
        "mattersrelatingtotheregister", "contactaddressfor", "contactforregister", "kontaktiregister",
        "yhteysosoiterekisteri", "yhteystiedotrekisteri", "rekisteriasioissa", "tietosuojaasioissa",
        // Other cases of "rekisteriasiat" ("rekisteriasioita hoitava henkilö") and the person who handles them.
        "rekisteriasioita", "hoitavahenkilo",
    ])
    /// Words of a contact heading that does not say by itself what the contact is for.
    private static let contactWords = bytes([
        "yhteydenot", "yhteystied", "yhteysosoite", "otayhteytta", "kontakt", "contact",
    ])
    /// What a contact heading can be about for it to be the contact for register matters.
    private static let registerMatters = bytes([
        "rekister", "tietosuoj", "henkilotie", "dataskydd", "personuppgift", "register", "privacy", "personaldata",
        "dataprotection",
    ])
    private static let controller = bytes([
        "rekisterinpitaja", "personuppgiftsansvarig", "registeransvarig", "registerforare", "registerhallare",
        "controller", "rekisterinyllapitaja", "rekisterinomistaja", "whoweare", "keitaolemme",
        // English translations of "rekisterinpitäjä": "Registrar", "Register holder", "Register keeper".
        "registrar", "registerholder", "registerkeeper",
        // The controller asked for as a question: "Kuka kerää henkilötietojasi?", "Who collects your personal data?",
        // "Vem samlar in dina personuppgifter?".
        "kukakeraa", "whocollects", "vemsamlarin",
        // Who answers for the data: "Kuka vastaa tiedoista?", "Vem ansvarar för uppgifterna?", "Who is responsible".
        "kukavastaa", "vemansvarar", "whoisresponsible",
    ])
    private static let noticeDate = bytes([
        "laatimispaiva", "laadittu", "paivays", "paivitetty", "paivamaara", "laatimispvm", "datum", "uppdaterad",
        "upprattad", "lastupdated", "updated", "dateof", "effectivedate",
    ])
    private static let recipients = bytes([
        "luovutu", "luovute", "luovuttami", "vastaanottaja", "mottagare", "utlamna", "recipient", "disclos",
        "sharing", "sharewith",
    ])
    private static let transfers = bytes([
        "siirto", "siirrot", "siirretaan", "siirtaminen", "ulkopuolelle", "kolmansiinmaihin", "kolmanteenmaahan",
        "overforing", "overfor", "tredjeland", "utanforeu", "transfer", "outsidetheeu", "thirdcountr",
    ])
    private static let retention = bytes([
        "sailytysaika", "sailyttamisaika", "sailytysajat", "sailytys", "sailyttaminen", "sailytetaan", "kuinkakauan",
        "lagringstid", "lagring", "bevarande", "forvaringstid", "sparas", "retention", "storageperiod", "howlong",
        // Headings asked as questions: "Hur länge förvarar vi dina personuppgifter?", "Kuinka pitkään …".
        "hurlange", "kuinkapitkaan",
        "arkistointiaika", "archivingperiod", "storagetime", "periodofstorage",
        // Headings that say what is done, in the first person: "Säilytämme henkilötietojasi", "Vi sparar dina
        // uppgifter", "How we keep your data".
        "sailytamme", "visparar", "vilagrar", "viforvarar", "vibevarar", "wekeep", "weretain",
    ])
    private static let sources = bytes(["tietolahte", "tietolahde", "lahteet", "uppgiftskall", "kallor", "source"])
    private static let dataSubjects = bytes([
        "rekisteroidytryhmat", "rekisteroityjenryhm", "rekisteroitavat", "rekisteroidyt", "rekisteroityjen",
        "kategorieravregistrerade", "registreradegrupper", "deregistrerade", "datasubjects", "kenentietoja",
    ])
    private static let dataCategories = bytes([
        "tietosisalto", "henkilotietoryhm", "tietoryhm", "kasiteltavattiedot", "kasiteltavathenkilotiedot",
        "kerattavattiedot", "kerattavathenkilotiedot", "kasittelemmetietoja", "mitatietoja", "henkilotietojenryhm",
        "tietojenkategori", "personuppgiftskategori", "kategorieravpersonuppgift", "registretsinnehall",
        "uppgiftersombehandlas", "behandladepersonuppgifter", "vilkauppgifter", "vilkapersonuppgifter",
        "categoriesofpersonaldata", "personaldatacategor", "datacategor", "typesofpersonaldata",
        "personaldataweprocess", "personaldatawecollect", "datacontent", "whatdata", "whatpersonaldata",
    ])
    private static let automated = bytes([
        "automaattinen", "automatisoi", "automaattis", "profilointi", "automatiser", "profilering", "automated",
        "profiling",
    ])
    private static let security = bytes([
        "suojaus", "suojaami", "suojauksen", "tietoturva", "sakerhet", "skyddetav", "security", "protectionofdata",
    ])
    private static let consent = bytes(["suostumu", "samtycke", "consent"])
    private static let generalRights = bytes([
        "oikeudet", "oikeus", "oikeutesi", "oikeutenne", "oikeuksi", "rattigheter", "dinratt", "rights", "yourright",
    ])
    private static let title = bytes([
        "tietosuojaseloste", "rekisteriseloste", "tietosuojailmoitus", "tietosuojakaytanto", "dataskyddsbeskrivning",
        "dataskyddsmeddelande", "registerbeskrivning", "dataskyddspolicy", "integritetspolicy", "privacynotice",
        "privacypolicy", "privacystatement",
    ])

    /// Keywords as bytes, for ``ByteSearch``.
    private static func bytes(_ words: [String]) -> [[UInt8]] { words.map { Array($0.utf8) } }
}
