extension RequestKind {
    /// The request's name in each language, as used in letters and lists.
    public var names: LocalizedText {
        switch self {
        case .access:
            LocalizedText(fi: "tarkastuspyyntö", sv: "begäran om tillgång", en: "access request")
        case .rectification:
            LocalizedText(fi: "oikaisupyyntö", sv: "begäran om rättelse", en: "rectification request")
        case .erasure:
            LocalizedText(fi: "poistopyyntö", sv: "begäran om radering", en: "erasure request")
        case .restriction:
            LocalizedText(
                fi: "käsittelyn rajoittamista koskeva pyyntö", sv: "begäran om begränsning av behandling",
                en: "restriction request")
        case .portability:
            LocalizedText(fi: "siirtopyyntö", sv: "begäran om dataportabilitet", en: "data portability request")
        case .objection:
            LocalizedText(fi: "vastustamispyyntö", sv: "invändning", en: "objection")
        }
    }

    /// The right the request exercises, named as in the GDPR's official language versions.
    public var rightNames: LocalizedText {
        switch self {
        case .access:
            LocalizedText(
                fi: "oikeus saada pääsy tietoihin (tietosuoja-asetuksen 15 artikla)",
                sv: "rätt till tillgång (artikel 15 i dataskyddsförordningen)",
                en: "right of access (GDPR Article 15)")
        case .rectification:
            LocalizedText(
                fi: "oikeus tietojen oikaisemiseen (tietosuoja-asetuksen 16 artikla)",
                sv: "rätt till rättelse (artikel 16 i dataskyddsförordningen)",
                en: "right to rectification (GDPR Article 16)")
        case .erasure:
            LocalizedText(
                fi: "oikeus tietojen poistamiseen (tietosuoja-asetuksen 17 artikla)",
                sv: "rätt till radering (artikel 17 i dataskyddsförordningen)",
                en: "right to erasure (GDPR Article 17)")
        case .restriction:
            LocalizedText(
                fi: "oikeus käsittelyn rajoittamiseen (tietosuoja-asetuksen 18 artikla)",
                sv: "rätt till begränsning av behandling (artikel 18 i dataskyddsförordningen)",
                en: "right to restriction of processing (GDPR Article 18)")
        case .portability:
            LocalizedText(
                fi: "oikeus siirtää tiedot järjestelmästä toiseen (tietosuoja-asetuksen 20 artikla)",
                sv: "rätt till dataportabilitet (artikel 20 i dataskyddsförordningen)",
                en: "right to data portability (GDPR Article 20)")
        case .objection:
            LocalizedText(
                fi: "vastustamisoikeus (tietosuoja-asetuksen 21 artikla)",
                sv: "rätt att göra invändningar (artikel 21 i dataskyddsförordningen)",
                en: "right to object (GDPR Article 21)")
        }
    }

    /// Every name accepted on the command line for the kind, before folding case and diacritics.
    public var aliases: [String] {
        switch self {
        case .access:
            [
                "access", "tarkastuspyyntö", "tarkastus", "tarkastusoikeus", "pääsy", "tillgång", "begäran om tillgång",
                "registerutdrag",
            ]
        case .rectification:
            [
                "rectification", "korjauspyyntö", "oikaisupyyntö", "korjaus", "oikaisu", "rättelse",
                "begäran om rättelse",
            ]
        case .erasure:
            ["erasure", "poistopyyntö", "poisto", "radering", "begäran om radering", "deletion"]
        case .restriction:
            ["restriction", "rajoittamispyyntö", "rajoittaminen", "begränsning", "begäran om begränsning"]
        case .portability:
            [
                "portability", "siirtopyyntö", "siirto", "dataportabilitet", "portabilitet",
                "begäran om dataportabilitet",
            ]
        case .objection:
            ["objection", "vastustamispyyntö", "vastustaminen", "kielto", "kielto-oikeus", "invändning"]
        }
    }

    /// Finds the kind named by any accepted alias, ignoring case and diacritics (`tarkastuspyynto` is `access`).
    public init?(name: String) {
        let folded = TextFolding.fold(name)
        guard !folded.isEmpty else { return nil }
        for kind in RequestKind.allCases where kind.aliases.contains(where: { TextFolding.fold($0) == folded }) {
            self = kind
            return
        }
        return nil
    }
}
