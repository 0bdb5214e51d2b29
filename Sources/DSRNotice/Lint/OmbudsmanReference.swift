/// Former addresses of the Data Protection Ombudsman and words that show a passage is about the authority.
///
/// The current details come from ``DSRCore/SupervisoryAuthority`` (the curated `Sources/DSRCore/Data/authority.json`
/// that letters use); this type holds only what is needed to recognise outdated notices.
enum OmbudsmanReference {
    /// Fragments of former addresses (legal-facts.md § 4.2): Ratapihantie 9, 6. krs, 00520 Helsinki (visiting) and
    /// PL 800, 00521 Helsinki (postal), both [S]; "PL 315, 00181 Helsinki" and Albertinkatu 25 are UNCONFIRMED as
    /// ever having been the authority's, but they are not its current address, so the safer reading flags them; the
    /// old advice line 029 56 16670 [P, old copy]. Matched only in a passage about the authority and never in the
    /// controller's own details, so a controller's own Pasila address (Ratapihantie, 00520) is not flagged.
    static let formerAddressFragments = [
        "ratapihantie", "00521", "00520", "pl 315", "pb 315", "00181", "albertinkatu 25", "029 56 16670",
    ]

    /// Words that show a passage is about the supervisory authority.
    static let contextWords = [
        "tietosuojavaltuutet", "tietosuoja-valtuutet", "tietosuojaavaltuutet", "tietosuoja valtuutet",
        "valvontaviranomai", "tietosuoja@om.fi", "tietosuoja.fi", "dataombudsman", "data protection ombudsman",
        "tillsynsmyndighet", "supervisory authority", "tietosuojavirasto", "tietosuojalautakunta",
        "tietosuojan valtuutettu",
    ]
}
