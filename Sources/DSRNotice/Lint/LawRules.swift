import DSRCore

/// Rules about wording from the repealed Henkilötietolaki 523/1999 and its practices.
enum LawRules {
    static func findings(_ context: LintContext) -> [LintFinding] {
        var findings: [LintFinding] = []
        for unit in context.units {
            findings += repealedLaw(context, unit)
            // "Jäsenrekisteri päivitetään kerran vuodessa": the controller's own yearly review is no limit on access.
            findings += phraseRule(.accessOnceAYear, context, unit, phrases: onceAYear, near: accessContext).filter {
                !isControllersReview($0.quote)
            }
            findings += threeMonthReply(context, unit)
            // A form offered beside an electronic channel ("sähköpostilla tai henkilökohtaisesti rekisterinpitäjän
            // luona") is a choice, not a demand.
            findings += phraseRule(.requestForm, context, unit, phrases: requestForm, near: []).filter {
                !offersElectronicChoice(TextFold.fold($0.quote))
            }
            if !unit.folded.containsAny(judicialRemedy) {
                findings += phraseRule(.refusalCertificate, context, unit, phrases: certificate, near: [])
            }
        }
        return findings
    }

    // MARK: repealed-law

    /// Names of the repealed act: inflected "henkilötietolaki" (not "henkilötietolainsäädäntö", legislation in
    /// general), "HetiL", its number, and its Swedish and English names.
    private static func repealedLaw(_ context: LintContext, _ unit: LintContext.Unit) -> [LintFinding] {
        let text = unit.folded
        var matches: [Range<Int>] = []
        for range in text.ranges(of: "henkilotietola", wordStart: true) {
            var end = range.upperBound
            while text.isWordByte(at: end) { end += 1 }
            let suffix = String(decoding: text.bytes[range.upperBound..<end], as: UTF8.self)
            if ["ki", "in", "kia", "issa", "ista", "kiin", "ille", "ilta", "illa", "ina"].contains(suffix) {
                matches.append(range.lowerBound..<end)
            }
        }
        for phrase in ["hetil", "523/1999", "523/99", "personuppgiftslagen", "personuppgiftslag ", "personal data act"]
        {
            matches += text.ranges(of: phrase, wordStart: true, wordEnd: phrase.last?.isLetter == true)
        }
        // "6 luvun 26 §" without the act's name: chapter 6 of HetiL held the data subject's rights (§§ 24–30).
        for phrase in ["6 luvun ", "6 luku ", "6 luvussa "] {
            for range in text.ranges(of: phrase, wordStart: true)
            where sectionNumber(after: range.upperBound, in: text)
                .map({ (24...30).contains($0) }) == true
            {
                matches.append(range)
            }
        }
        var findings: [LintFinding] = []
        var covered = 0
        for match in matches.sorted(by: { $0.lowerBound < $1.lowerBound }) where match.lowerBound >= covered {
            // "Tietosuoja-asetus korvasi henkilötietolain", "GDPR replaced the Personal Data Act": a sentence saying
            // the act is gone does not cite it as the law.
            let sentence = FoldedText(TextFold.fold(Quote.sentence(around: match, in: text)))
            if sentence.firstRange(ofAny: supersededWords, wordStart: true) != nil { continue }
            let extended = extendReference(match, in: text)
            covered = extended.upperBound
            let quote = Quote.exact(extended, in: text)
            findings.append(
                LintFinding(
                    .repealedLaw, line: context.line(of: extended, in: unit), quote: quote, fix: replacement(for: quote)
                ))
        }
        return findings
    }

    /// Words, folded, by which a sentence says the old act was repealed or replaced: "kumottu", "korvasi", "tilalle",
    /// "ersatte", "upphävdes", "replaced", "repealed", "superseded", "no longer in force".
    static let supersededWords = [
        "kumot", "kumottu", "kumottiin", "korvasi", "korvannut", "korvattiin", "korvattu", "korvaa", "korvautui",
        "tilalle", "aiemmin voimassa", "ei ole enaa voimassa", "ei enaa ole voimassa", "voimassa ollut", "ersatte",
        "ersatts", "ersattes", "ersatt", "ersatter", "upphavd", "upphavdes", "upphort", "replaced", "replaces",
        "repealed", "superseded", "supersedes", "no longer in force", "formerly", "previously in force",
    ]

    /// Verbs, folded, of the controller's own periodic handling ("päivitetään", "tarkistetaan", "uppdateras",
    /// "reviewed"), and whether the clause of a quote around its once-a-year phrase has one: "Jäsenrekisteri
    /// päivitetään kerran vuodessa, ja jäsenellä on oikeus tarkastaa tietonsa" limits no access.
    static let reviewVerbs = [
        "paivitet", "paivitamme", "tarkistetaan", "tarkastetaan", "tarkistamme", "tarkastamme", "kaydaan lapi",
        "lahetetaan", "lahetamme", "jarjestetaan", "uppdateras", "uppdaterar vi", "granskas", "ses over", "skickas",
        "reviewed", "updated", "we review", "we update", "is sent", "are sent",
    ]

    /// Whether the clause holding the once-a-year phrase of a quote names the controller's own periodic handling.
    static func isControllersReview(_ quote: String) -> Bool {
        let folded = TextFold.fold(quote).replacing(" ja ", with: ",").replacing(" och ", with: ",")
            .replacing(" and ", with: ",")
        return folded.split(whereSeparator: { ",;".contains($0) }).contains { clause in
            let text = FoldedText(String(clause))
            return text.firstRange(ofAny: onceAYear, wordStart: true) != nil
                && text.firstRange(ofAny: reviewVerbs, wordStart: true) != nil
        }
    }

    /// The section number in "NN §" right after `offset`, if any.
    private static func sectionNumber(after offset: Int, in text: FoldedText) -> Int? {
        var index = offset
        var digits = ""
        while let byte = text.byte(at: index), byte.isDigit, digits.count < 3 {
            digits.append(Character(Unicode.Scalar(byte)))
            index += 1
        }
        while text.byte(at: index) == 0x20 { index += 1 }
        guard !digits.isEmpty, text.byte(at: index) == 0xC2, text.byte(at: index + 1) == 0xA7 else { return nil }
        return Int(digits)
    }

    /// Extends a match over a following "(523/1999)", "6 luvun" and "26 §".
    private static func extendReference(_ range: Range<Int>, in text: FoldedText) -> Range<Int> {
        var end = range.upperBound
        var progressed = true
        while progressed {
            progressed = false
            var index = end
            while text.byte(at: index) == 0x20 { index += 1 }
            for literal in ["(523/1999)", "(523/99)"] where matches(literal, at: index, in: text) {
                end = index + literal.utf8.count
                progressed = true
            }
            if progressed { continue }
            var digitsEnd = index
            while text.byte(at: digitsEnd)?.isDigit == true, digitsEnd - index < 3 { digitsEnd += 1 }
            guard digitsEnd > index else { break }
            var after = digitsEnd
            while text.byte(at: after) == 0x20 { after += 1 }
            if text.byte(at: after) == 0xC2, text.byte(at: after + 1) == 0xA7 {
                end = after + 2
                progressed = true
            } else {
                for word in ["luvun", "luku", "luvussa", "kap"] where matches(word, at: after, in: text) {
                    end = after + word.utf8.count
                    progressed = true
                    break
                }
            }
        }
        return range.lowerBound..<end
    }

    private static func matches(_ literal: String, at index: Int, in text: FoldedText) -> Bool {
        let bytes = Array(literal.utf8)
        guard index >= 0, index + bytes.count <= text.bytes.count else { return false }
        return text.bytes[index..<(index + bytes.count)].elementsEqual(bytes)
    }

    /// The GDPR article that replaces a cited section of the old act.
    private static func replacement(for quote: String) -> LocalizedText? {
        let folded = TextFold.fold(quote)
        let table: [(String, String, String, String)] = [
            (
                "26 §", "GDPR 15 artikla (oikeus saada pääsy tietoihin)", "GDPR artikel 15 (rätt till tillgång)",
                "GDPR Art. 15 (right of access)"
            ),
            (
                "27 §", "tietosuojalain 34 § (tarkastusoikeuden rajoitukset)", "34 § dataskyddslagen (begränsningar)",
                "section 34 of the Data Protection Act (restrictions of access)"
            ),
            (
                "28 §", "GDPR 12 artikla (pyyntöjen käsittely)", "GDPR artikel 12 (hantering av begäranden)",
                "GDPR Art. 12 (handling requests)"
            ),
            (
                "29 §", "GDPR 16 ja 17 artikla (oikaisu ja poistaminen)",
                "GDPR artiklarna 16 och 17 (rättelse och radering)",
                "GDPR Art. 16 and 17 (rectification and erasure)"
            ),
            (
                "30 §", "GDPR 21 artikla (vastustamisoikeus)", "GDPR artikel 21 (rätt att göra invändningar)",
                "GDPR Art. 21 (right to object)"
            ),
            (
                "24 §", "GDPR 13 ja 14 artikla (informointi)", "GDPR artiklarna 13 och 14 (information)",
                "GDPR Art. 13 and 14 (information)"
            ),
        ]
        for (section, fi, sv, en) in table where folded.contains(section) {
            return LocalizedText(
                fi: "Viittaa tilalle: \(fi).", sv: "Hänvisa i stället till \(sv).", en: "Cite \(en) instead.")
        }
        return nil
    }

    /// "Three months" to answer, unless the passage also gives one month (then three months is the extension).
    private static func threeMonthReply(_ context: LintContext, _ unit: LintContext.Unit) -> [LintFinding] {
        let text = unit.folded
        let threes = threeMonths.flatMap { text.ranges(of: $0, wordStart: true) }
        guard !threes.isEmpty, text.containsAny(replyContext) else { return [] }
        // "kolmen kuukauden kuluessa" contains "kuukauden kuluessa"; only a one-month phrase outside a
        // three-month phrase is an exemption.
        let ones = oneMonth.flatMap { text.ranges(of: $0, wordStart: true) }
        let independent = ones.filter { one in !threes.contains { $0.overlaps(one) } }
        guard independent.isEmpty else { return [] }
        var quotes: Set<String> = []
        return threes.sorted { $0.lowerBound < $1.lowerBound }.compactMap { range in
            let quote = Quote.sentence(around: range, in: text)
            // A period of keeping data ("Sparas i 90 dagar för statistik", "säilytetään kolme kuukautta") is a
            // retention period, not the time to answer.
            guard !FoldedText(quote).containsAny(storageVerbs, wordStart: true) else { return nil }
            let line = context.line(of: range, in: unit)
            return quotes.insert(quote).inserted ? LintFinding(.replyThreeMonths, line: line, quote: quote) : nil
        }
    }

    // MARK: phrase rules

    /// One finding per sentence containing one of the phrases, when the unit also has a context word.
    private static func phraseRule(
        _ rule: LintRule, _ lint: LintContext, _ unit: LintContext.Unit, phrases: [String], near context: [String]
    ) -> [LintFinding] {
        let text = unit.folded
        guard context.isEmpty || text.containsAny(context) else { return [] }
        var findings: [LintFinding] = []
        var quotes: Set<String> = []
        let ranges = phrases.flatMap { text.ranges(of: $0, wordStart: true) }.sorted { $0.lowerBound < $1.lowerBound }
        for range in ranges {
            let quote = Quote.sentence(around: range, in: text)
            if quotes.insert(quote).inserted {
                findings.append(LintFinding(rule, line: lint.line(of: range, in: unit), quote: quote))
            }
        }
        return findings
    }

    /// "Free once a year" (HetiL § 26: a fee only if less than a year had passed since the last inspection).
    static let onceAYear = [
        "kerran vuodessa", "kerran vuoden aikana", "kerran kalenterivuodessa", "kerran kalenterivuoden",
        "kerran 12 kuukauden", "kerran kahdentoista kuukauden", "vuoden valein", "en gang per ar", "en gang om aret",
        "en gang per kalenderar", "en gang varje ar", "once a year", "once per year", "once every year",
        "once in a calendar year", "once in 12 months", "once every 12 months",
    ]
    private static let accessContext = [
        "maksu", "maksuton", "maksutta", "veloitu", "veloituk", "ilmai", "tarkast", "tarkist", "paasy", "avgift",
        "kostnad", "gratis", "tillgang", "registerutdrag", "free", "charge", "fee", "access", "cost",
    ]
    /// "Three months" (HetiL § 28: no written answer within three months counted as a refusal).
    static let threeMonths = [
        "kolmen kuukauden", "kolmessa kuukaudessa", "kolme kuukautta", "3 kuukauden", "3 kuukaudessa",
        "3 kuukautta", "3 kk", "90 paivan", "90 paivassa", "tre manader", "tre manaders", "3 manader",
        "three months", "3 months", "90 days", "90 dagar",
    ]
    private static let replyContext = [
        "vasta", "kasittel", "pyyn", "toimit", "svar", "begaran", "behandl", "respond", "repl", "answer", "request",
    ]
    /// Verbs of keeping or deleting data, whose period in the same sentence is a retention period.
    private static let storageVerbs = [
        "sailytet", "sailytamme", "sailyy", "sailyvat", "poistetaan", "sparas", "sparar", "lagras", "lagrar",
        "forvaras", "forvarar", "raderas", "stored", "kept", "retained", "deleted",
    ]
    /// Mentions of one month, which make "three months" an extension rather than the base period.
    private static let oneMonth = [
        "kuukauden kuluessa", "yhden kuukauden", "kuukauden sisalla", "1 kuukauden", "inom en manad", "en manad",
        "one month", "1 month", "within a month",
    ]
    /// Whether a folded sentence offers an electronic channel as one of alternatives ("sähköpostilla tai …",
    /// "per e-post eller …", "by e-mail or …"), so that the form it also names is not demanded.
    static func offersElectronicChoice(_ folded: String) -> Bool {
        let electronic = [
            "sahkopost", "sahkoisesti", "s-post", "verkkolomak", "e-post", "email", "e-mail", "online", "webbformul",
        ]
        let alternative = [" tai ", " eller ", " or "]
        let spaced = " " + folded + " "
        return electronic.contains(where: spaced.contains) && alternative.contains(where: spaced.contains)
    }

    /// A demanded form (HetiL § 28: a personally signed document or a visit in person).
    static let requestForm = [
        "allekirjoitettava", "allekirjoitetulla", "allekirjoitetussa", "allekirjoitettu pyynto",
        "omakatisesti allekirjoit", "henkilokohtaisesti rekisterinpitajan luona", "on tehtava kirjallisesti",
        "tulee tehda kirjallisesti", "tulee tehda kirjallisena", "on tehtava kirjallisena", "kirjallisella pyynnolla",
        "egenhandigt undertecknad", "undertecknad begaran", "ska goras skriftligen", "maste goras skriftligen",
        "personally signed", "signed request", "must be made in writing", "must be submitted in writing",
    ]
    /// Words for the judicial remedy that GDPR Art. 12(4)(c) requires a refusal to mention.
    private static let judicialRemedy = [
        "tuomioistuin", "hallinto-oikeu", "karajaoikeu", "oikeussuojakeino", "muutoksenhaku", "domstol",
        "forvaltningsdomstol", "court", "judicial remedy",
    ]
    /// The old act's "written certificate" of refusal (HetiL §§ 28–29).
    static let certificate = [
        "kieltaytymistodistus", "kirjallinen todistus", "kirjallisen todistuksen", "kirjallisella todistuksella",
        "skriftligt intyg", "written certificate",
    ]
}
