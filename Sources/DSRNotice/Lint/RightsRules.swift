/// Rules for the data subject's rights that GDPR Art. 13(2)(b) and (d) require a notice to mention.
///
/// A right counts as mentioned when any heading or paragraph uses one of its words in Finnish, Swedish or
/// English, the current GDPR term or the old act's term (*tarkastusoikeus*, *kielto-oikeus*). This is a heuristic:
/// it finds notices that forget a right, not notices that describe it wrongly.
enum RightsRules {
    static func findings(_ context: LintContext) -> [LintFinding] {
        let rights: [(LintRule, NoticeTopic, [String], [String])] = [
            (.missingRightAccess, .rightOfAccess, access, accessVerbs),
            (.missingRightRectification, .rightToRectification, rectification, rectificationVerbs),
            (.missingRightErasure, .rightToErasure, erasure, erasureVerbs),
            (.missingRightRestriction, .rightToRestriction, restriction, restrictionVerbs),
            (.missingRightPortability, .rightToPortability, portability, []),
            (.missingRightObjection, .rightToObject, objection, []),
            (.missingRightComplaint, .complaint, complaint, []),
        ]
        // A block under a heading that names rights is about rights even when its own sentences do not say so
        // ("Parental consent and parents' rights" over "Parents may at any time review their child's data").
        let rightsSections = Set(
            context.units.filter { $0.isHeading && saysRight($0.text, excluding: ["oikeusperust"]) }.map(\.section))
        let rightsUnits = context.units.filter { isAboutRights($0) || rightsSections.contains($0.section) }
        var findings: [LintFinding] = []
        for (rule, topic, words, verbs) in rights {
            let headed = context.notice.sections.contains { $0.topics.contains(topic) }
            let mentioned: Bool
            switch topic {
            case .rightToErasure: mentioned = context.units.contains { namesErasure(TextFold.fold($0.text)) }
            case .complaint: mentioned = context.mentions(words) || context.units.contains(where: namesComplaintVerb)
            case .rightToRectification:
                mentioned = context.mentions(words) || context.units.contains { editsOwnData($0.folded.folded) }
            default: mentioned = context.mentions(words)
            }
            let named =
                mentioned
                || rightsUnits.contains { unit in
                    guard unit.folded.containsAny(negatedRequests) else {
                        return unit.folded.firstRange(ofAny: verbs, wordStart: true) != nil
                    }
                    return FoldedText(withoutNegatedRequests(unit.folded.folded)).firstRange(
                        ofAny: verbs, wordStart: true) != nil
                }
                || (topic == .complaint
                    && context.units.contains { !AuthorityMentions.mentions(in: $0.folded).isEmpty })
            if !headed && !named { findings.append(LintFinding(rule, line: nil, quote: "")) }
        }
        return findings
    }

    /// Whether a folded text names erasure other than by removing a consent or cookies: "Voit poistaa suostumuksesi
    /// tyhjentämällä selaimen evästeet" withdraws consent, "poista evästeet" clears the browser; neither is the right
    /// to erasure.
    static func namesErasure(_ folded: String) -> Bool {
        let words = withoutNegatedRequests(folded).split(separator: " ")
        var kept: [Substring] = []
        var index = 0
        while index < words.count {
            let next = index + 1 < words.count ? words[index + 1] : ""
            if words[index].hasPrefix("poist"), ["suostumu", "evaste", "cookie"].contains(where: next.hasPrefix) {
                index += 2
                continue
            }
            kept.append(words[index])
            index += 1
        }
        return FoldedText(kept.joined(separator: " ")).firstRange(ofAny: erasure, wordStart: true) != nil
    }

    /// Whether a folded text lets the data subject edit their own data in one sentence: a possessive of the data
    /// and a verb of editing ("oikeus rekisteriin tietojensa näkemiseen ja muokkaamiseen", "du kan redigera dina
    /// uppgifter", "you can edit your data"), the means of rectification (GDPR Art. 16). A sentence that denies it
    /// ("ei voi muokata") does not.
    static func editsOwnData(_ folded: String) -> Bool {
        folded.split(separator: ". ").contains { sentence in
            let words = sentence.split(whereSeparator: { !$0.isLetter })
            let own = words.contains { word in
                ["tietojensa", "tietojasi", "tietojesi", "tietojaan", "henkilotietojesi", "henkilotietojensa"]
                    .contains(String(word))
            }
            let ownEnglish =
                sentence.contains("your data") || sentence.contains("your personal")
                || sentence.contains("dina uppgifter") || sentence.contains("dina personuppgifter")
            let edits = words.contains { word in
                ["muokka", "muokat", "redigera", "edit"].contains(where: word.hasPrefix)
            }
            let denied = words.contains { ["ei", "not", "cannot", "inte"].contains(String($0)) }
            return (own || ownEnglish) && edits && !denied
        }
    }

    /// Phrases that say a request is not needed ("käyttäjillä ei ole tarpeita pyytää tietojen poistamista"): the
    /// sentence denies the right rather than stating it.
    static let negatedRequests = [
        "ei ole tarpeita pyytaa", "ei ole tarvetta pyytaa", "ei tarvitse pyytaa", "behover inte begara",
        "no need to request",
    ]

    /// A folded text without its sentences that say a request is not needed (``negatedRequests``).
    static func withoutNegatedRequests(_ folded: String) -> String {
        guard negatedRequests.contains(where: { folded.contains($0) }) else { return folded }
        return folded.split(separator: ". ", omittingEmptySubsequences: false)
            .filter { sentence in !negatedRequests.contains { sentence.contains($0) } }
            .joined(separator: ". ")
    }

    /// Whether a heading or block speaks of the data subject's rights: it stands in a section about rights, or says
    /// "oikeus", "rätt", "right" itself ("Jäsenellä on oikeus päästä tietoihinsa", "The data subject has the right:
    /// - Of access to their data").
    private static func isAboutRights(_ unit: LintContext.Unit) -> Bool {
        let rightsTopics: [NoticeTopic] = [
            .rights, .rightOfAccess, .rightToRectification, .rightToErasure, .rightToRestriction, .rightToPortability,
            .rightToObject,
        ]
        return unit.topics.contains(where: rightsTopics.contains) || saysRight(unit.text)
    }

    /// Whether a text says "oikeus", "rätt" or "right" of the data subject's rights. "Oikeutettu etu" (legitimate
    /// interest) and "rättslig grund" (legal basis) are about the basis, not a right of the data subject, and so are
    /// the words in `excluding` (folded prefixes).
    private static func saysRight(_ text: String, excluding: [String] = []) -> Bool {
        TextFold.fold(text).split(whereSeparator: { !$0.isLetter }).contains { word in
            rightWords.contains(where: word.hasPrefix) && !word.hasPrefix("oikeutet") && !word.hasPrefix("rattslig")
                && !excluding.contains(where: word.hasPrefix)
        }
    }

    private static let rightWords = [
        "oikeus", "oikeude", "oikeut", "ratt", "rattighet", "right", "rights", "entitled",
    ]

    /// Verbs and nouns that name a right only where the text speaks of rights: "päästä tietoihin", "pyytää pääsyä",
    /// "of access", "Korrigering av felaktiga uppgifter", "limiting the processing", "begränsa".
    static let accessVerbs = [
        "paasta", "paasyn", "paasya", "nahda", "saada tieto", "tillgang", "access", "obtain a copy", "se vilka",
        "fa veta", "kontrollera",
        // Seeing one's data in other forms of the verb ("pyytää nähtäväksi", "nähtävillä"), the Swedish "ta del av
        // dina uppgifter" and the English "view your data".
        "nahtavaksi", "nahtavilla", "ta del av", "view your",
        // A copy of one's data: "oikeus saada kopio tiedoistaan", "få en kopia".
        "kopio", "kopia",
        // "inspect the information stored in the register", "request to receive an exported file of personal data
        // we hold about you".
        "inspect", "exported file", "export of your",
        // "oikeus pyytää tietoja siitä, mitä tietoja sinusta käsitellään", "what personal data we process".
        "mita tietoja", "mita henkilotietoja", "what data", "what personal data", "vilka uppgifter",
        "vilka personuppgifter",
        // "pyytää tietoa sinusta kerätyistä tiedoista", "the data we hold about you", "uppgifter vi har om dig".
        "sinusta keratyista", "sinusta keratyt", "sinusta tallennetuista", "sinusta tallennetut",
        "sinusta kasitellyista", "sinusta kasiteltavista", "hold about you", "have about you", "vi har om dig",
        // The wording of GDPR Art. 15(1), a confirmation whether one's data are processed: "oikeus saada
        // rekisterinpitäjältä vahvistus siitä, että …", "bekräftelse på om", "confirmation as to whether".
        "vahvistus siita", "vahvistuksen siita", "bekraftelse pa om", "bekraftelse pa att", "bekraftelse om",
        "confirmation as to whether", "confirmation of whether", "confirmation whether",
        // Seeing one's data with a possessive ("pyytää tiedot nähtäväksesi") and the noun of getting them
        // ("oikeus tietojen saantiin").
        "nahtavaks", "tietojen saantiin", "tietojensa saantiin",
        // The Swedish extract alone: "Du kan begära ett utdrag, rättelse, radering …"; getting one's data out ("få
        // ut dina uppgifter") and an English copy ("ask for a copy of the data").
        "utdrag", "fa ut dina", "fa ut de uppgifter", "copy of the data", "copy of the personal", "copy of all",
        // Asking what is held, in other words: "begära information om de personuppgifter …", "request information
        // about the personal data we hold on you", "details of the personal data we hold", "the data we store about
        // you".
        "information om de personuppgifter", "information om dina personuppgifter", "information om vilka",
        "information about the personal data", "information about your personal data", "details of the personal data",
        "details of your personal data", "hold on you", "store about you", "stored about you", "collected about you",
        "process about you",
        // Asking what is processed about oneself, with the pronoun in place of the data ("Voit pyytää tietoa siitä,
        // mitä sinusta käsitellään", "mitä sinua koskevia tietoja käsittelemme"), looking at one's data ("voi
        // tarkastella tietojaan", "review their data") and the noun of getting them ("Tietojen saaminen ja
        // siirto").
        "mita sinusta", "mita sinua koskevia", "mita teista", "mita teita koskevia", "tarkastell", "review your",
        "review their", "tietojen saaminen", "tietojesi saaminen", "tietojensa saaminen",
        // A summary of one's data on request ("voit pyytää omista henkilötiedoistasi koostetiedoston"), the
        // Swedish "sammanställning" and the English "summary of your data".
        "koostetiedost", "kooste omista", "koosteen omista", "henkilotiedoistasi kooste", "tiedoistasi kooste",
        "sammanstallning av dina", "summary of your personal", "summary of your data",
    ]
    static let rectificationVerbs = [
        "korja", "oikai", "paivittaa", "paivittam", "virheellis", "korriger", "ratta", "felaktig", "amend",
        "update", "inaccurate", "correct", "rectif",
        // Completing incomplete data is rectification too (GDPR Art. 16): "täydentää puutteelliset tiedot",
        // "komplettera ofullständiga uppgifter", "complete incomplete data".
        "taydenta", "puutteellis", "komplettera", "ofullstandig", "incomplete",
        // The adjective in the nominative ("saada virheellinen tieto muutettua"), changing one's data with its
        // object (the verb alone also changes the notice: "pidätämme oikeuden muuttaa tätä selostetta"), and the
        // Swedish and English verbs of updating and changing one's own data.
        "virheellin", "muuttaa tietoj", "muuttaa omia", "muuttaa henkilotietoj", "tietojen muuttami",
        "tietojesi muuttami", "tietojensa muuttami", "henkilotietojesi muuttami", "henkilotietojen muuttami",
        "uppdatera dina", "uppgifter uppdaterade", "uppgifterna uppdaterade", "change your personal",
        "change your data", "change your information", "change your details", "modify your personal",
        "modify your data",
        "modify your information",
        // The Swedish participle of changing one's data ("få dina uppgifter ändrade", folded "andrade", never the
        // word "andra", other) and the English "fix" with the data's fault ("fix incorrect data").
        "uppgifter andrade", "uppgifterna andrade", "personuppgifter andrade", "fix incorrect", "fix inaccurate",
        "fix any incorrect", "fix any inaccurate", "fix errors in your",
    ]
    static let erasureVerbs = [
        "poista", "poisto", "radera", "ta bort", "tar bort", "tas bort", "delete", "remove", "erase",
        // Destroying, wiping out: "pyytää tietojesi tuhoamista", "få uppgifterna utplånade", "have your data wiped".
        "tuhoa", "tuhot", "utplana", "wipe",
        // The nouns and participles of removing: "request removal of your data", "få dina uppgifter borttagna",
        // "borttagen", "borttagning".
        "removal", "borttag",
    ]
    static let restrictionVerbs = [
        "rajoit", "begrans", "restrict", "limit",
        // The processing suspended, and the old Swedish term (PUL § 28, "blockering"): "pyytää käsittelyn
        // keskeyttämistä", "suspend the processing".
        "keskeyt", "suspend", "blocker",
    ]

    static let access = [
        "tarkastusoikeu", "tarkastaa", "tarkistaa", "tarkastuspyyn", "paasy tietoihin", "oikeus saada paasy",
        "paasyoikeu", "tutustua", "jaljennos", "ratt till tillgang", "ratt att fa tillgang", "tillgang till",
        "registerutdrag", "right of access", "right to access", "access to your", "access your", "copy of your",
        "tarkastami", "tarkistami", "tarkastukse", "tarkistukse", "access right", "right to check", "right to inspect",
        "right to see", "ratt att granska", "granska dina",
        "ratt att kontrollera", "insyn", "pyytaa paasya", "paasta tietoihi", "paasta omiin", "paasya omiin",
        "paasta kasiteltaviin",
        // The noun in the nominative ("Pyytää pääsy omiin tietoihisi") and the Swedish extract of one's data
        // ("Begära utdrag av dina personuppgifter").
        "paasy omiin", "paasy tietoihisi", "utdrag av dina", "utdrag ur registret",
        // The nominative before the data subject's own data ("oikeus pyytää pääsy itseäsi koskeviin tietoihin").
        "paasy itseasi koskeviin", "paasy sinua koskeviin", "paasy hanta koskeviin", "paasy henkilotietoihisi",
        // The first part of a hyphenated series whose last word carries the noun: "tarkastus-, oikaisu- tai
        // poistopyyntö", "tarkastus- ja korjauspyynnöt".
        "tarkastus-, ", "tarkastus- ja ", "tarkastus- tai ", "tarkistus-, ", "tarkistus- ja ", "tarkistus- tai ",
    ]
    static let rectification = [
        "oikaise", "oikaisu", "oikaista", "korjaa", "korjaus", "korjata", "rattelse", "ratta", "rectif", "correct",
        "korrigera", "korrigering",
        // "För att ändra dina uppgifter, kontakta oss" (folded "ändra" is also "andra", other: only with "dina").
        "andra dina uppgifter", "andra dina personuppgifter",
        // Editing one's own data oneself, as a site's account allows: "käyttäjillä on mahdollisuus nähdä, muokata
        // ja poistaa omia henkilötietojaan", "you can edit your personal data", "redigera dina uppgifter".
        "muokata omia", "muokata ja poistaa omia", "muokata tietojaan", "muokata tietojasi", "muokata henkilotietojaan",
        "muokata henkilotietojasi", "edit your personal", "edit your data", "edit your information", "redigera dina",
    ]
    static let erasure = [
        "poista", "poisto", "poistet", "unohdetuksi", "havittam", "havitet", "radera", "radering", "bortglomd", "erase",
        "erasure",
        "delete", "deletion", "forgotten",
        // The Swedish nouns of removal, like "poisto": "Borttagande av uppgifter".
        "borttagande", "borttagning",
    ]
    static let restriction = [
        // "Rajoittaa" alone limits anything ("käyttömäärien rajoittamiseksi"); the processing's restriction is named
        // with the processing, or in a text about rights (``restrictionVerbs``).
        "kasittelyn rajoitta", "kasittelyn rajoitus", "rajoittaa kasittely", "rajoittamaan kasittely",
        "rajoittaa tietojen kasittely", "rajoittamista", "rajoitus", "restrict",
        // "Begränsa" alone limits anything too ("sparas under en begränsad tid"): the noun, or the verb with the
        // processing.
        "begransning", "begransa behandling", "begransar behandling", "begransas behandling",
        "limit processing", "limit the processing",
        "limitation of processing", "right to limit", "limiting the processing", "limiting processing",
        "limitation of the processing",
        // The restriction described by its effect, as Swedish notices word Art. 18 ("rätt att kräva att dina
        // personuppgifter uteslutande lagras och inte används"): data kept but not otherwise used.
        "uteslutande lagras", "endast lagras och inte", "only stored and not used", "ainoastaan sailytetaan eika",
    ]
    static let portability = [
        "jarjestelmasta toiseen", "siirrettavyy", "siirtaa omat tieto", "siirtaa tietonsa", "dataportabilitet",
        "portabilitet", "flytta", "overfora dina", "portability", "portable", "transmit your",
        "siirtaa ne toise", "siirtaa tiedot toise", "toiselle rekisterinpitajalle", "koneluettava", "overfora uppgift",
        "overfora personuppgift", "annan personuppgiftsansvarig", "maskinlasbar", "another controller",
        "machine-readable", "machine readable",
    ]
    static let objection = [
        "vastustaa", "vastustamis", "kieltaa", "kielto-oikeu", "invanda", "invandning", "motsatta", "object to",
        "objection", "right to object",
    ]
    /// Whether a text has the verb "valittaa" (to complain) as written: folded, "välittää" (to forward: "Pyynnön voi
    /// välittää yhteyshenkilölle") reads the same, so the verb is matched before folding.
    static func namesComplaintVerb(_ unit: LintContext.Unit) -> Bool {
        unit.text.lowercased().contains("valitta")
    }

    /// Words of the right to lodge a complaint, folded; the verb "valittaa" is matched unfolded
    /// (``namesComplaintVerb(_:)``).
    static let complaint = [
        "valitus", "valituks", "kantelu", "valvontaviranomai", "klagomal", "klaga", "tillsynsmyndighet",
        "complaint", "supervisory authority", "lodge",
        // The authority named by its task rather than its title: "kääntyä valvovan viranomaisen puoleen",
        // "tietosuojaviranomaiselle", "contact your local data protection authority", "dataskyddsmyndigheten",
        // "göra en anmälan till Integritetsskyddsmyndigheten".
        "valvovan viranomai", "valvovalle viranomai", "valvova viranomai", "tietosuojaviranomai",
        "data protection authority", "dataskyddsmyndighet", "integritetsskyddsmyndighet", "gora en anmalan",
        "complain to",
        // The Swedish authority by its acronym: "Du kan anmäla till IMY"; the British one by its title (not its
        // letters, which open "icon"), and an authority called a regulator ("your national data protection
        // regulator").
        "imy", "information commissioner", "data protection regulator", "privacy regulator",
    ]
}
