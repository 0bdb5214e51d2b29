/// Rules about transfers outside the EU/EEA.
enum TransferRules {
    static func findings(_ context: LintContext) -> [LintFinding] {
        privacyShield(context) + safeguards(context)
    }

    /// Privacy Shield (EU–US, invalidated by CJEU C-311/18 on 16.7.2020) and Safe Harbor (invalidated by CJEU
    /// C-362/14 on 6.10.2015), unless the passage says they are no longer valid.
    private static func privacyShield(_ context: LintContext) -> [LintFinding] {
        let names = [
            "privacy shield", "safe harbor", "safe harbour", "yksityisyydensuoja-jarjestel", "integritetsskold",
        ]
        let invalidated = [
            "mitatoi", "ei ole enaa voimassa", "ei enaa ole voimassa", "kumottu", "ogiltigforklar", "inte langre",
            "invalidated", "no longer valid", "struck down", "annulled",
            // The framework named as the one that replaced it, or the shield as a thing of the past: "Data Privacy
            // Framework, joka korvasi Privacy Shieldin", "the successor to the Privacy Shield", "Tidigare användes
            // Privacy Shield", "aiemmin käytetty".
            "korvasi", "korvannut", "korvaa", "seuraaja", "aiemmin", "aikaisemmin", "ersatte", "ersatt", "efterfoljare",
            "tidigare", "replaced", "successor", "formerly", "previously", "ei ole enaa kaytossa",
        ]
        var findings: [LintFinding] = []
        for unit in context.units where !unit.folded.containsAny(invalidated) {
            for range in names.flatMap({ unit.folded.ranges(of: $0, wordStart: true) }) {
                // "USA (Privacy Shield / Standard Contractual Clauses)": the transfer rests on a valid mechanism
                // named in the same sentence; the old name beside it leaves the transfer covered.
                let sentence = FoldedText(Quote.sentence(around: range, in: unit.folded))
                if sentence.containsAny(mechanisms) { continue }
                findings.append(
                    LintFinding(
                        .privacyShield, line: context.line(of: range, in: unit),
                        quote: Quote.sentence(around: range, in: unit.folded)))
            }
        }
        return findings
    }

    /// Phrases that place data outside the EU/EEA.
    static let outside = [
        "eu:n ulkopuol", "eta:n ulkopuol", "euroopan unionin ulkopuol", "euroopan talousalueen ulkopuol",
        "eu-alueen ulkopuol", "eta-alueen ulkopuol", "eu/eta-alueen ulkopuol", "eu- ja eta-alueen ulkopuol",
        "kolmansiin maihin", "kolmanteen maahan", "yhdysvaltoihin", "utanfor eu", "utanfor ees", "utanfor europeiska",
        "tredje land", "outside the eu", "outside the eea", "outside the european", "third countr",
        "to the united states",
    ]
    /// Phrases that deny a transfer.
    private static let negations = [
        "ei siirreta", "ei luovuteta", "eika siirreta", "ei siirry", "ei siirra", "overfors inte", "inte overfors",
        "overfor inte", "not transferred", "do not transfer", "don't transfer", "never transfer", "are not transferred",
        "ei saannonmukaisesti siirreta", "ei saannonmukaisesti luovuteta", "eika luovuteta", "ei siirreta eika",
        "ei tapahdu", "ei tehda siirtoja", "ei siirtoja", "ingen overforing", "inga overforingar", "sker inte",
        "overfors aldrig", "is not transferred", "will not be transferred", "won't be transferred", "no transfers",
        "not be transferred", "we do not transfer", "does not transfer",
        // "Under inga omständigheter kommer uppgifter att lämnas ut utanför EU eller EES."
        "under inga omstandigheter", "lamnas inte ut", "inte lamnas ut", "under no circumstances",
        "ei missaan tapauksessa",
    ]
    /// Phrases that reopen a denied transfer ("… ellei …", "may").
    private static let exceptions = [
        "ellei", "paitsi", "lukuun ottamatta", "voi sijaita", "voidaan siirtaa", "saatetaan siirtaa", "unless",
        "except", "om inte", "utom", "kan overforas", "may be",
    ]
    /// Art. 45–49 mechanisms.
    private static let mechanisms = [
        // Finnish stems: consonant gradation gives "lauseke" → "lausekkeisiin", "päätös" → "päätökseen".
        "vakiolausek", "vakiosopimuslausek", "mallilausek", "mallisopimuslausek", "tietosuojalausek",
        "riittavyyspaato", "riittavan tietosuojan tason", "riittava tietosuojan taso", "yrityssaann", "yrityssaanto",
        "suojatoim",
        "standard contractual", "adequacy", "data privacy framework", "binding corporate rules",
        "standardavtalsklausul", "standardklausul", "adekvat skyddsniva", "beslut om adekvat",
        "bindande foretagsbestammelser", "artikla 46", "46 artikla", "46 artiklan", "art. 46", "article 46",
        "artikel 46", "artikla 49", "49 artikla", "art. 49", "article 49", "artikla 45", "45 artikla", "art. 45",
        "article 45",
    ]

    /// A possible transfer (stated, or denied with an exception) and no mechanism anywhere in the notice.
    private static func safeguards(_ context: LintContext) -> [LintFinding] {
        guard !context.mentions(mechanisms, wordStart: false), !context.mentions(["scc", "bcr", "dpf"]) else {
            return []
        }
        let transferSections = context.units.filter { $0.topics.contains(.transfers) }
        let candidates = transferSections.isEmpty ? context.units : transferSections
        for unit in candidates where !unit.isHeading {
            let ranges = outside.flatMap { unit.folded.ranges(of: $0) }.sorted { $0.lowerBound < $1.lowerBound }
            for range in ranges {
                let sentence = Quote.sentence(around: range, in: unit.folded)
                let folded = FoldedText(sentence)
                guard !folded.containsAny(negations) || folded.containsAny(exceptions) else { continue }
                return [LintFinding(.transferSafeguards, line: context.line(of: range, in: unit), quote: sentence)]
            }
        }
        return []
    }
}
