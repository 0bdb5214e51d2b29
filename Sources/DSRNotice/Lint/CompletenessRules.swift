import DSRCore

/// Rules about information the notice lacks, and about its form.
enum CompletenessRules {
    static func findings(_ context: LintContext) -> [LintFinding] {
        let notice = context.notice
        var findings: [LintFinding] = []
        if notice.encoding != .utf8 {
            findings.append(LintFinding(.encoding, line: nil, quote: notice.encoding.rawValue))
        }
        if !notice.hasRecognisedHeadings {
            // A text that calls itself a privacy notice is one, only written as prose: dsr cannot tell what it
            // lacks, so a warning rather than an error (a false error is worse than a missed warning).
            if let (unit, range) = context.first(ofAny: privacyNoticeWords) {
                findings.append(
                    LintFinding(
                        .unstructuredNotice, line: context.line(of: range, in: unit),
                        quote: Quote.sentence(around: range, in: unit.folded)))
            } else {
                findings.append(LintFinding(.unrecognisedNotice, line: nil, quote: ""))
            }
        }
        if notice.profile.name == nil {
            findings.append(LintFinding(.missingController, line: nil, quote: ""))
        }
        let invalid = notice.fields.filter { !$0.isValid }
        for field in invalid {
            findings.append(LintFinding(.invalidBusinessID, line: field.line, quote: field.value))
        }
        if notice.profile.name != nil, notice.profile.businessID == nil,
            !invalid.contains(where: { $0.controller == 0 })
        {
            findings.append(LintFinding(.missingBusinessID, line: nil, quote: ""))
        }
        if notice.profile.retention == nil {
            if let (unit, quote) = retentionElsewhere(context) {
                findings.append(LintFinding(.retentionNotUnderHeading, line: unit.line, quote: quote))
            } else {
                findings.append(LintFinding(.missingRetention, line: nil, quote: ""))
            }
        } else if let retention = notice.profile.retention.map(TextFold.fold), !statesDuration(retention),
            !statesCriterion(retention), !statesDeletionTime(retention), retentionElsewhere(context) == nil
        {
            // A retention heading over text that gives no period and no criterion ("Tietojen säilytys ja käsittely:
            // tiedot säilytetään pilvipalvelussa") is about storage, not retention: the period is still missing.
            findings.append(LintFinding(.missingRetention, line: nil, quote: ""))
        }
        if notice.profile.legalBasis == nil {
            // A heading that names the basis ("Käsittelyn peruste ja käyttötarkoitus") over text that gives only
            // purposes states none: the basis is looked for in the text, and in headings only with a value after a
            // colon ("Oikeusperuste: sopimus").
            if let (unit, range) =
                basisElsewhere(context) ?? consentAsGround(context)
            {
                findings.append(
                    LintFinding(
                        .legalBasisNotUnderHeading, line: context.line(of: range, in: unit),
                        quote: Quote.sentence(around: range, in: unit.folded)))
            } else {
                findings.append(LintFinding(.missingLegalBasis, line: nil, quote: ""))
            }
        }
        if notice.profile.contactPerson == nil, notice.profile.dataProtectionOfficer == nil, !namesContact(notice) {
            findings.append(LintFinding(.missingContact, line: nil, quote: ""))
        }
        if notice.profile.noticeDate == nil {
            findings.append(LintFinding(.missingNoticeDate, line: nil, quote: ""))
        }
        findings += emptySections(notice)
        findings += identityCode(context)
        findings += templateText(context)
        return findings
    }

    /// The first phrase of ``legalBasisElsewhere`` in a unit that can state a value, outside a sentence that only
    /// discloses the data: "Tietoja ei luovuteta kolmansille osapuolille, poislukien yhteistyökumppanit asiakkaan
    /// suostumuksella" names the condition of a disclosure, not the ground of the processing (a sentence that also
    /// collects or processes the data still states it).
    private static func basisElsewhere(_ context: LintContext) -> (LintContext.Unit, Range<Int>)? {
        for unit in context.units where statesValue(unit) {
            for range in legalBasisElsewhere.flatMap({ unit.folded.ranges(of: $0, wordStart: true) })
                .sorted(by: { $0.lowerBound < $1.lowerBound })
            {
                let sentence = TextFold.fold(Quote.sentence(around: range, in: unit.folded))
                let words = sentence.split(whereSeparator: { !$0.isLetter }).map(String.init)
                let discloses = words.contains { word in disclosureStems.contains(where: word.hasPrefix) }
                let processes = words.contains { word in processingStems.contains(where: word.hasPrefix) }
                if discloses, !processes { continue }
                return (unit, range)
            }
        }
        return nil
    }

    /// Word stems, folded, of disclosing the data to others: "luovutetaan", "luovuteta", "utlämnas", "disclosed".
    private static let disclosureStems = ["luovut", "luovuta", "disclos", "utlamn"]

    /// Whether a unit can state a value: any text, and a heading only with its value after a colon ("Oikeusperuste:
    /// sopimus").
    private static func statesValue(_ unit: LintContext.Unit) -> Bool {
        !unit.isHeading || (unit.text.contains(":") && !unit.text.hasSuffix(":"))
    }

    /// Words by which a text says it is a privacy notice, or about personal data.
    static let privacyNoticeWords = [
        "tietosuoja", "rekisteriseloste", "henkilotieto", "henkilotiedo", "henkilotietoj", "dataskydd",
        "personuppgift", "privacy", "personal data", "personal information", "gdpr",
    ]

    // MARK: contact for register matters

    /// Whether the notice gives a contact for register matters other than a named person: the details under a
    /// contact-person or officer heading (an address or e-mail only: "Yhteyshenkilö tietosuoja-asioissa:
    /// info@…", "Contact address for matters concerning the register"), or a contact section that invites questions
    /// about privacy and gives an address, e-mail or phone ("Yhteystiedot: Jos sinulla on kysyttävää tietosuojasta,
    /// ota yhteyttä: …"). A page's contact block with only the company's details, a section about the contact form,
    /// and a heading with no way to reach anyone ("Yhteydenotot käsitellään tapauskohtaisesti") are not such a
    /// contact.
    static func namesContact(_ notice: ParsedNotice) -> Bool {
        if let details = notice.profile.contactDetails,
            givesChannel(details) || contactForms.contains(where: TextFold.fold(details).contains)
        {
            return true
        }
        let contactTopics: [NoticeTopic] = [.contactPerson, .dataProtectionOfficer]
        for section in notice.sections where !section.isEmpty && !section.topics.contains(.complaint) {
            if section.topics.contains(where: contactTopics.contains), givesChannel(section) { return true }
            let heading = section.heading.map(TextFold.fold) ?? ""
            guard contactHeadings.contains(where: heading.contains) else { continue }
            let body = TextFold.fold(section.text)
            if registerMatters.contains(where: body.contains), givesChannel(section) { return true }
        }
        return false
    }

    /// Whether a section gives an e-mail address, a phone number or a postal address.
    private static func givesChannel(_ section: NoticeSection) -> Bool {
        section.blocks.contains { givesChannel($0.text) }
    }

    /// Whether a text gives an e-mail address, a phone number or a postal address.
    private static func givesChannel(_ text: String) -> Bool {
        text.split(separator: "\n").contains { line in
            PartyTokens(String(line)).tokens.contains { [.email, .phone, .address].contains($0.field) }
        }
    }

    /// A contact form named as the way to reach the contact ("pyynnöt … sivuston yhteydenottolomakkeen kautta").
    private static let contactForms = ["lomak", "contact form", "kontaktformular", "webbformular"]

    /// Headings of a contact section ("Yhteystiedot", "Kontakt", "Contact us").
    private static let contactHeadings = [
        "yhteystied", "yhteydenot", "ota yhteytta", "kontaktuppgift", "kontakta oss", "kontakt", "contact",
    ]
    /// What a contact section's text says when it is the contact for register matters.
    private static let registerMatters = [
        "tietosuoj", "henkilotie", "rekister", "oikeuksi", "dataskydd", "personuppgift", "registret", "privacy",
        "personal data", "data protection", "your rights",
    ]

    // MARK: retention and legal basis outside their headings

    private static let keepWords = [
        "sailytet", "sailytamme", "sailyttaa", "sailytys", "poistetaan", "havitetaan", "lagras", "sparas", "bevaras",
        "raderas", "retain", "kept for", "stored for", "deleted", "keep your", "sailyvat", "tallennetaan", "sparas",
        "forvaras", "stored", "kept", "removed", "erased",
        // Active and intransitive forms: "Vi sparar / förvarar / lagrar dina uppgifter i 14 månader", "tieto säilyy".
        "sparar", "forvarar", "lagrar", "bevarar", "sailyy", "tallentaa", "tallentavat",
        // "We keep messages for as long as the matter requires", "Vi behåller uppgifterna …".
        "we keep", "behaller",
        // Processing for a stated time is keeping for it: "I will process the information for as long as necessary
        // for the purpose", "Käsittelemme tietoja niin kauan kuin …".
        "process", "kasittelemme", "kasitellaan", "behandlar", "behandlas",
        // Destruction after a period is keeping until then: "tiedot tuhotaan 5 vuorokauden kuluessa".
        "tuhotaan", "tuhoamme", "poistamme", "destroyed", "forstors",
        // The negated keeping ("Emme säilytä tietoja pidempään kuin on tarpeen") and more verbs of deleting:
        // "gallras", "vi raderar", "we delete", "anonymisoidaan".
        "sailyta", "gallras", "raderar", "delete", "erase", "anonymisoidaan", "anonymised", "anonymized",
        // "We store contact form messages for 6 months".
        "store",
        // The period named by its noun, in any inflection, with its length in the sentence: "Lagringstiden är tre
        // år", "The retention period is 12 months", "Säilytysajan pituus on kaksi vuotta", "Bevarandetiden är …".
        "lagringstid", "bevarandetid", "retention period", "retention time", "storage period", "sailytysaika",
        "sailytysajan", "sailytysajat",
    ]
    /// Units of a period, in any length from seconds to years ("24 tuntia", "sju (7) timmar", "48 hours").
    private static let durationUnits = [
        "vuo", "kuukau", "kk", "paiv", "viiko", "ar", "manad", "dag", "year", "month", "day", "week", "tunn", "tunti",
        "timm", "hour", "minuu", "minut", "sekun", "second", "veck",
        // Days of 24 hours: "5 vuorokauden kuluessa", "3 vrk", "två dygn".
        "vuorokau", "vrk", "dygn",
        // Half a year in Swedish: "ett halvår".
        "halvar",
    ]
    /// Abbreviated units, matched whole ("24 h", "30 min").
    private static let abbreviatedUnits: Set<String> = [
        "h", "h.", "h,", "min", "min.", "min,", "hrs", "hrs.",
        // Years abbreviated in Finnish: "säilytetään 5 v.".
        "v", "v.", "v,",
    ]
    private static let numberWords = [
        "yhden", "kahden", "kolmen", "neljan", "viiden", "kuuden", "seitseman", "kahdeksan", "yhdeksan", "kymmenen",
        "kaksi", "kolme", "viisi", "kuusi", "kymmenen", "ett", "tva", "tre", "fem", "sex", "tio", "one", "two",
        "three", "five", "six", "ten", "seven", "sju", "kolmekymmenta", "kuukauden", "vuoden",
        // "puoli vuotta", "en månad", "en vecka".
        "puoli", "puolen", "en",
    ]
    private static let untilPhrases = [
        "asiakkuuden ajan", "asiakassuhteen ajan", "niin kauan kuin", "kunnes", "paattymiseen asti", "sa lange",
        "until", "as long as", "jasenyyden ajan", "jasenyyden paattymi", "jasenyyden paatytty", "medlemskapets",
        "under medlemskapet", "medlemskapet upphor", "for the duration of", "end of the membership",
        "end of your membership", "duration of the membership",
        // A limit by necessity ("eikä henkilötietoja säilytetä pidempään kuin on tarpeen") and a stated lack of limit
        // ("säilytetään toistaiseksi", "retained indefinitely") both answer how long; whether an unlimited period is
        // lawful is not this rule's question.
        "pidempaan kuin", "longer than", "langre an", "toistaiseksi", "tills vidare", "indefinitely",
        // The same limit written as the time needed: "Viestejä säilytetään vain tarvittavan ajan".
        "tarvittavan ajan", "tarpeellisen ajan", "tarpeen vaatiman ajan",
        // … and its other wordings: "niin pitkään kuin on tarpeen", "käyttötarkoituksen edellyttämän ajan",
        // "välttämättömän ajan", "under den tid som krävs", "for the period necessary".
        "niin pitkaan kuin", "edellyttaman ajan", "vaatiman ajan", "valttamattoman ajan", "under den tid som",
        "period necessary", "time necessary", "period required", "time required",
        // The time the controller itself deems needed: "säilyttää tietoja tarpeelliseksi katsomansa ajan", "for as
        // long as it deems necessary", "så länge den anser nödvändigt".
        "katsomansa ajan", "katsoman ajan", "katsotun ajan", "deems necessary", "considers necessary",
        "anser nodvandig",
        // Kept briefly: "Palvelin saattaa tallentaa pyyntölokeja lyhytaikaisesti", "stored for a short time".
        "lyhytaikaisesti", "for a short time", "for a short period", "kortvarigt", "under kort tid",
        // While a state lasts: "while your account is active", "medan du är medlem", "so long as".
        "while your", "while you", "while the", "medan du", "medan ditt", "medan avtalet", "so long as",
        // Up to an event, in Swedish: "sparas fram till att du avslutar ditt konto".
        "fram till",
    ]
    /// Criteria rather than periods (GDPR Art. 13(2)(a) allows either), accepted in a retention section's own text.
    private static let criteriaPhrases = [
        "paattyy", "paattymisen jalkeen", "paatyttya", "poistetaan", "havitetaan", "tarpeellis", "tarpeen",
        "lakisaatei", "kirjanpitolai", "saakka", "asti", "ajan ", "tills", "raderas", "gallras", "after", "deleted",
        "removed", "necessary", "ajantasa", "vanhentu", "toistaiseksi", "indefinitely",
        // The period said to depend on stated factors ("How long we retain your personal information depends on
        // different factors, such as whether we need the information to maintain your account").
        "depends on", "riippuu", "beror pa",
        // Until no longer needed: "kun niitä ei enää tarvita", "när de inte längre behövs", "no longer needed".
        "tarvita", "tarvitse", "ei enaa", "inte langre", "behovs", "no longer", "needed",
    ]

    /// Whether a retention section's folded text gives a criterion, matched as whole words: "opintojakson
    /// toteutuksen vaatiman ajan, mutta …" ends "ajan" with a comma, not a space.
    static func statesCriterion(_ folded: String) -> Bool {
        let spaced = String(folded.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : " " }) + " "
        return criteriaPhrases.contains(where: spaced.contains)
    }

    /// A sentence elsewhere that says how long data are kept.
    private static func retentionElsewhere(_ context: LintContext) -> (LintContext.Unit, String)? {
        // A table with a retention column ("Käyttötarkoitus | Oikeusperuste | Säilytysaika", then "… | 2 vuotta"):
        // a row under the header in the same section that states a period gives it.
        var columnSection: Int?
        for (index, unit) in context.units.enumerated() {
            // A row whose first cell names a topic ("Evästeasetusten tallennus | … | 180 päivää") is read as a
            // heading and its value on one line: the table, and its retention column, go on in that section.
            let rowHeading =
                unit.isHeading && index + 1 < context.units.count
                && context.units[index + 1].section == unit.section && context.units[index + 1].line == unit.line
            if rowHeading, let column = columnSection, column == unit.section - 1 { columnSection = unit.section }
            if unit.section == columnSection, !unit.isHeading, statesDuration(TextFold.fold(unit.text)) {
                return (unit, unit.text)
            }
            if TextCleanup.wordCount(unit.text) <= 8, unit.folded.firstRange(ofAny: retentionColumns) != nil {
                columnSection = unit.section
            }
        }
        // A line labelled with the retention period ("- **Lagringstid:** loggarna raderas …", "Säilytysaika: 12
        // kuukautta") states it when the text after the label gives a period or a criterion, as under a heading.
        for unit in context.units where !unit.isHeading {
            let folded = TextFold.fold(unit.text).drop { " -*•".contains($0) }
            guard let label = retentionLabels.first(where: { folded.hasPrefix($0 + ":") }) else { continue }
            let rest = String(folded.dropFirst(label.count + 1))
            if statesDuration(rest) || statesCriterion(rest) { return (unit, unit.text) }
        }
        // A list item naming the storage-limitation principle (GDPR Art. 5(1)(e)) alone, over the item that applies
        // it ("**Säilytyksen rajoittaminen**", then "Tiedot poistetaan, kun niitä ei enää tarvita"), is a retention
        // label too: the text under it states the period as under a retention heading.
        for (index, unit) in context.units.enumerated().dropLast() where !unit.isHeading {
            let folded = TextFold.fold(TextCleanup.collapse(unit.text))
            let label = folded.hasSuffix(":") ? String(folded.dropLast()) : folded
            let next = context.units[index + 1]
            guard principleLabels.contains(label), next.section == unit.section, !next.isHeading else { continue }
            let rest = TextFold.fold(next.text)
            if statesDuration(rest) || statesCriterion(rest) || statesDeletionTime(rest) { return (next, next.text) }
        }
        for unit in context.units {
            for range in keepWords.flatMap({ unit.folded.ranges(of: $0, wordStart: true) }) {
                let sentence = Quote.sentence(around: range, in: unit.folded)
                let folded = TextFold.fold(sentence)
                if statesDuration(folded) || statesDeletionTime(folded) { return (unit, sentence) }
            }
            // Keeping as a law requires is a criterion (GDPR Art. 13(2)(a)): "laskut säilytetään osana kirjanpitoa
            // lain vaatimusten mukaisesti", "sparas så länge bokföringslagen kräver". Only the verbs of keeping, not
            // of storing ("tallennetaan … tietosuojalain mukaisesti" says where, not how long).
            for range in retainWords.flatMap({ unit.folded.ranges(of: $0, wordStart: true) }) {
                let sentence = TextFold.fold(Quote.sentence(around: range, in: unit.folded))
                if retentionLaws.contains(where: sentence.contains) { return (unit, sentence) }
            }
        }
        // Keeping no personal data at all states the period, none: "Koska palvelu ei kerää eikä säilytä
        // henkilötietoja, …", "We do not store any personal data.", "Vi sparar inga personuppgifter." The phrase must
        // end its clause: "Emme tallenna henkilötietoja EU:n ulkopuolelle" says where, not how long.
        for unit in context.units where !unit.isHeading {
            let bytes = unit.folded.bytes
            let clauseEnds: Set<UInt8> = [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";")]
            for range in noStorage.flatMap({ unit.folded.ranges(of: $0, wordStart: true) })
            where range.upperBound == bytes.count || clauseEnds.contains(bytes[range.upperBound]) {
                return (unit, Quote.sentence(around: range, in: unit.folded))
            }
            // The notice's own app or service, or "we", collecting nothing at all ("Sovellus ei kerää mitään tietoa
            // käyttäjistä", "The app does not collect any user information"), in a sentence that makes no exception
            // ("paitsi", "except"); a third party's ("Firebase Analytics ei kerää mitään …") is no such statement.
            for range in noCollection.flatMap({ unit.folded.ranges(of: $0, wordStart: true) }) {
                let sentence = Quote.sentence(around: range, in: unit.folded)
                let words = Set(TextFold.fold(sentence).split(whereSeparator: { !$0.isLetter }).map(String.init))
                if words.isDisjoint(with: exceptions) { return (unit, sentence) }
            }
        }
        return nil
    }

    /// Phrases, folded, that deny collecting any data at all (``retentionElsewhere(_:)``).
    private static let noCollection = [
        "sovellus ei keraa mitaan", "palvelu ei keraa mitaan", "sivusto ei keraa mitaan", "emme keraa mitaan",
        "app does not collect any", "application does not collect any", "service does not collect any",
        "we do not collect any", "appen samlar inte in nagra", "tjansten samlar inte in nagra",
        "vi samlar inte in nagra",
    ]
    /// Words, folded, that make an exception to collecting nothing.
    private static let exceptions: Set<String> = [
        "paitsi", "lukuunottamatta", "lukuun", "kuin", "except", "besides", "than", "unless", "utom", "forutom",
        "ellei", "mutta", "but", "men",
    ]

    /// Phrases, folded, that deny keeping any personal data (``retentionElsewhere(_:)``).
    private static let noStorage = [
        "ei sailyta henkilotietoja", "eika sailyta henkilotietoja", "emme sailyta henkilotietoja",
        "ei tallenna henkilotietoja", "eika tallenna henkilotietoja", "emme tallenna henkilotietoja",
        "henkilotietoja ei sailyteta", "henkilotietoja ei tallenneta", "does not store any personal data",
        "do not store any personal data", "does not store personal data", "do not store personal data",
        "no personal data is stored", "no personal data are stored", "sparar inga personuppgifter",
        "lagrar inga personuppgifter", "inga personuppgifter sparas", "inga personuppgifter lagras",
    ]

    /// Verbs of keeping for a time, folded: the subset of ``keepWords`` that cannot mean storing somewhere.
    private static let retainWords = [
        "sailytet", "sailytamme", "sailyttaa", "sailyvat", "sparas", "bevaras", "forvaras", "retain", "kept for",
    ]
    /// A period set by law, folded: the Accounting Act, or the law's requirements in general.
    private static let retentionLaws = [
        "kirjanpitolai", "kirjanpitolaki", "lain vaatimusten mukaisesti", "lain vaatimalla tavalla",
        "lain edellyttaman ajan", "lain vaatiman ajan", "lakisaateisen ajan", "bokforingslag", "enligt lag",
        "required by law", "accounting act", "accounting legislation",
    ]

    /// Labels of a retention period at the start of a line.
    /// The storage-limitation principle (GDPR Art. 5(1)(e)) as a list item's lead term, folded.
    private static let principleLabels = [
        "sailytyksen rajoittaminen", "sailytyksen rajoittamisen periaate", "storage limitation", "lagringsminimering",
    ]
    private static let retentionLabels = [
        "sailytysaika", "sailytysajat", "sailytys", "lagringstid", "bevarandetid", "retention period", "retention",
        "storage period",
    ]

    /// Column headers of a retention period in a table.
    private static let retentionColumns = [
        "sailytysaika", "sailytysajat", "retention period", "retention time", "lagringstid", "bevarandetid",
        // The column named by the noun alone: "Palvelu | Tarkoitus | Luokka | Säilytys", "… | Retention".
        "sailytys", "retention",
    ]

    /// Whether a folded sentence states a period ("10 vuotta", "kahden viikon", "until the contract ends").
    static func statesDuration(_ folded: String) -> Bool {
        if untilPhrases.contains(where: folded.contains) { return true }
        // The same phrases with a comma before the conjunction: "niin kauan, kuin asiakassuhde kestää", "så länge,
        // som".
        if folded.contains(", "), untilPhrases.contains(where: folded.replacing(", ", with: " ").contains) {
            return true
        }
        let words = folded.split(separator: " ").map(String.init)
        let letters = words.map { $0.filter(\.isLetter) }
        // Up to an event, the conjunction or postposition as a word of its own: "tilin poistamiseen saakka",
        // "toimittamiseen asti", "sparas tills du avslutar ditt konto".
        if letters.contains(where: { ["saakka", "asti", "tills"].contains($0) }) { return true }
        for (index, word) in letters.enumerated() where index + 1 < words.count {
            // A period of one written by its unit alone in the singular ("säilytetään vuoden", "kuukauden ajan",
            // "viikon kuluttua") or with the article ("for a year").
            if singularPeriods.contains(word),
                index > 0 && letters[index - 1].hasPrefix("saily") || periodPostpositions.contains(letters[index + 1])
            {
                return true
            }
            if ["a", "an"].contains(word), ["year", "month", "week", "day"].contains(letters[index + 1]) {
                return true
            }
        }
        // For the time a thing lasts, its noun in the genitive before "ajan": "jäsenyyden voimassaolon ajan", "tilin
        // olemassaolon ajan", "asiakkuuden keston ajan" ("ajan tasalla", up to date, is no period).
        for (index, word) in letters.enumerated() where word == "ajan" && index > 0 {
            let before = letters[index - 1]
            let next = index + 1 < letters.count ? letters[index + 1] : ""
            if before.count >= 4, before.hasSuffix("n"), next != "tasalla", !before.hasPrefix("sailyt") {
                return true
            }
        }
        if let last = letters.last, singularPeriods.contains(last), letters.count >= 2,
            letters[letters.count - 2].hasPrefix("saily")
        {
            return true
        }
        for (index, word) in words.enumerated() where index + 1 < words.count {
            let isNumber = word.allSatisfy(\.isNumber) || numberWords.contains(word)
            guard isNumber else { continue }
            // A number spelled out and repeated in digits: "sju (7) timmar", "kaksi (2) vuotta".
            var next = index + 1
            if next + 1 < words.count, words[next].hasPrefix("("), words[next].hasSuffix(")") { next += 1 }
            let unit = String(words[next].drop { $0 == "(" })
            if abbreviatedUnits.contains(unit) || durationUnits.contains(where: unit.hasPrefix) { return true }
        }
        return false
    }

    /// Finnish units of time in the singular genitive, which name a period of one ("vuoden", "kuukauden").
    private static let singularPeriods: Set<String> = ["vuoden", "kuukauden", "viikon", "vuorokauden", "paivan"]
    /// Words after a unit in the genitive that make it a period: "vuoden ajan", "kuukauden kuluttua".
    private static let periodPostpositions: Set<String> = ["ajan", "kuluttua", "kuluessa", "jalkeen", "paasta"]

    /// Verbs, folded, of the controller's deleting data (not the data subject's asking for it).
    private static let deletionVerbs = [
        "poistetaan", "poistamme", "poistuvat", "poistuu", "havitetaan", "havitamme", "tuhotaan", "tuhoamme",
        "anonymisoidaan", "raderas", "raderar vi", "vi raderar", "gallras", "tas bort", "vi tar bort", "deleted",
        "erased", "destroyed", "removed", "anonymised", "anonymized", "we delete", "we erase", "we remove",
        "we destroy",
    ]
    /// Words, folded, that say when something happens: "kun", "jälkeen", "när", "efter", "when", "once", "after".
    private static let whenWords: Set<String> = [
        "kun", "jalkeen", "kuluttua", "kuluessa", "viimeistaan", "nar", "efter", "senast", "when", "once", "after",
        "within",
    ]

    /// Words, folded, that name the data deleted ("tiedot", "henkilötiedot", "uppgifterna", "data").
    private static let dataWords = ["tied", "tiet", "uppgift", "data", "information", "details"]
    /// Words, folded, of a deletion made only when the data are no longer needed: that states no event, so it is
    /// not read as a criterion outside the retention's own section.
    private static let necessityWords = ["tarpee", "tarvi", "needed", "necessary", "behov", "nodvandig", "required"]

    /// Whether a folded sentence says when the controller deletes the data ("Tiedot poistetaan, kun asiakassuhde
    /// päättyy", "Uppgifterna raderas efter avslutat evenemang", "Data is deleted when you close your account"): a
    /// criterion for the period (GDPR Art. 13(2)(a)). The data must be named next to the verb (up to three words
    /// before it or two after: "Personal data will be erased once …", "Poistamme tiedot, kun …"), not something
    /// else deleted ("Ilmoittautumislistat tuhotaan tapahtuman jälkeen"), and the time must be an event, not the
    /// data's being no longer needed.
    static func statesDeletionTime(_ folded: String) -> Bool {
        let words = folded.split(whereSeparator: { !$0.isLetter }).map(String.init)
        guard words.contains(where: whenWords.contains),
            !words.contains(where: { word in necessityWords.contains(where: word.hasPrefix) })
        else { return false }
        let deleting = deletionVerbs.map { $0.split(separator: " ").map(String.init) }
        for index in words.indices {
            guard
                let verb = deleting.first(where: { phrase in
                    index + phrase.count <= words.count && zip(phrase, words[index...]).allSatisfy { $0 == $1 }
                })
            else { continue }
            let after = index + verb.count
            let near = words[max(0, index - 3)..<index] + words[after..<min(words.count, after + 2)]
            if near.contains(where: { word in dataWords.contains(where: word.contains) }) { return true }
        }
        return false
    }

    /// Consent named as the ground in a sentence about collecting or processing the data, in any inflection and
    /// word order: "Käsittelemme tietojasi, koska olet antanut siihen suostumuksesi", "Tiedot kerätään
    /// suostumuksenne nojalla", "We process your data because you consented", "Uppgifterna behandlas efter ditt
    /// samtycke". A sentence that negates ("ei käytetä markkinointiin ilman erillistä suostumusta", "never without
    /// your consent") or withdraws the consent ("Voit peruuttaa suostumuksesi tietojen käsittelyyn") names no
    /// ground.
    private static func consentAsGround(_ context: LintContext) -> (LintContext.Unit, Range<Int>)? {
        for unit in context.units where !unit.isHeading {
            for range in consentStems.flatMap({ unit.folded.ranges(of: $0, wordStart: true) }) {
                let sentence = TextFold.fold(Quote.sentence(around: range, in: unit.folded))
                let words = sentence.split(whereSeparator: { !$0.isLetter }).map(String.init)
                guard words.contains(where: { word in processingStems.contains(where: word.hasPrefix) }),
                    !words.contains(where: { word in consentNegators.contains(word) }),
                    !words.contains(where: { word in withdrawalStems.contains(where: word.hasPrefix) })
                else { continue }
                return (unit, range)
            }
        }
        return nil
    }

    /// The data subject's own consent, folded, in the Finnish possessive forms and with the pronoun: "suostumuksesi",
    /// "suostumuksellanne", "ditt samtycke", "your consent", "you consented". The bare noun is not enough: it also
    /// names a cookie banner's or an embed's consent ("latautuvat vasta suostumuksen jälkeen", "Consent Mode").
    private static let consentStems = [
        "suostumuksesi", "suostumuksenne", "suostumuksellasi", "suostumuksellanne", "suostumukseesi",
        "suostumukseenne", "suostumustasi", "suostumustanne", "ditt samtycke", "ert samtycke", "samtycker du",
        "du samtycker", "du har samtyckt", "your consent", "you consent", "you consented", "you have consented",
        "you have given consent", "you gave consent",
        // Consent given, with an adverb between the pronoun and the verb ("när du uttryckligen har gett samtycke").
        "gett samtycke", "givit samtycke", "lamnat samtycke", "antanut suostumuksen",
    ]
    /// Word stems, folded, of collecting, using or processing the data.
    private static let processingStems = [
        "kasittel", "keraa", "keraam", "kerat", "kaytet", "kaytamme", "kayttaa", "tallenn", "behandl", "samla",
        "anvand", "process", "collect", "store", "use", "using",
    ]
    /// Words, folded, that negate the clause: consent is then what the processing lacks, not its ground.
    private static let consentNegators: Set<String> = [
        "ilman", "ei", "emme", "eika", "without", "not", "never", "no", "utan", "inte", "aldrig", "unless", "ellei",
    ]
    /// Word stems, folded, of withdrawing consent, a right rather than a ground.
    private static let withdrawalStems = [
        "peru", "peruu", "peruut", "aterkall", "aterta", "withdraw", "revoke", "revok", "takaisin",
    ]

    private static let legalBasisElsewhere = [
        "oikeusperuste", "kasittelyperuste", "kasittelyn peruste", "kasittely perustuu", "kasittelyn perusteena",
        "rattslig grund", "rattsliga grund", "laglig grund", "behandlingen grundar sig", "legal basis", "lawful basis",
        "processing is based on", "artikla 6", "6 artikla", "6 artiklan", "art. 6", "article 6",
        // The basis named by itself, in any of its forms (GDPR Art. 6(1)(f)): "perustuu rekisterinpitäjän
        // oikeutettuun etuun", "för att uppfylla berättigade intressen", "our legitimate interest".
        "oikeutettu etu", "oikeutettuun etuun", "oikeutetun edun", "oikeutettujen etujen", "oikeutetut edut",
        "berattigat intresse", "berattigade intressen", "berattigade intresse", "legitimate interest",
        // Consent named as the ground of processing: "Asiakkaan tietoja kerätään ja käsitellään asiakkaan
        // suostumuksella", "Suostumuksen perusteella käsiteltävät tiedot", "med ditt samtycke", "with your consent".
        "suostumuksella", "suostumuksen perusteella", "perustuu suostumukseen", "suostumukseen perustuen",
        "med ditt samtycke", "med samtycke", "with your consent", "based on your consent", "based on consent",
        // Consent to the processing given by the data subject's act: "Genom att du registrerar dig … ger du ditt
        // samtycke till att dina uppgifter behandlas", "you consent to the processing of".
        "samtycke till att", "samtycke till behandling", "consent to the processing", "consent to processing",
        // … or given by the act in Swedish with the verb: "Genom att använda tjänsten samtycker du till insamling och
        // användning av dina personuppgifter".
        "samtycker du till insamling", "samtycker du till behandling", "samtycker du till att",
        // Consent required before the collecting or processing: "Henkilötietojen keruu edellyttää suostumustasi",
        // "Analytiikkaa ei ladata ennen kuin annat siihen suostumuksesi", "kräver ditt samtycke", "requires your
        // consent".
        "edellyttaa suostumustasi", "ennen kuin annat siihen suostumuksesi", "ennen kuin annat suostumuksesi",
        "kraver ditt samtycke", "requires your consent",
        // Consent as permission ("Sijaintia käytetään luvallasi", "with your permission", "med ditt tillstånd"),
        // and a parent's consent for a child's account (GDPR Art. 8): "vanhemman suostumus", "parental consent".
        "luvallasi", "luvallanne", "with your permission", "med ditt tillstand", "vanhemman suostum",
        "huoltajan suostum", "parental consent", "parent's consent", "parents' consent", "vardnadshavarens samtycke",
        "foralderns samtycke",
        // The legal obligation (GDPR Art. 6(1)(c)) named as the ground: "Kirjanpito (lakisääteinen velvoite)",
        // "perusteena lakisääteisen velvoitteen noudattaminen", "rättslig förpliktelse", "legal obligation".
        "lakisaateinen velvoite", "lakisaateisen velvoitteen", "lakisaateiseen velvoitteeseen",
        // … also as a duty ("Rekisterinpitäjällä on lakisääteinen velvollisuus potilasasiakirjojen laatimiseen").
        "lakisaateinen velvollisuus", "lakisaateisen velvollisuuden", "lakisaateiseen velvollisuuteen",
        // … and the purpose of meeting such obligations: "Tietoja käytetään myös lakisääteisten velvoitteiden, kuten
        // kirjanpidon, täyttämiseen" (the obligations' plural, with or without an example between).
        "lakisaateisten velvoitteiden tayttamiseen", "lakisaateisten velvoitteiden tayttamiseksi",
        "lakisaateisten velvoitteiden noudattamiseksi", "lakisaateisten velvoitteiden, kuten",
        "rattslig forpliktelse", "rattsliga forpliktelse", "legal obligation",
        // The contract (GDPR Art. 6(1)(b)), the public task (6(1)(e)) and vital interests (6(1)(d)) named as the
        // ground: "sopimuksen täytäntöönpano", "fullgörande av avtal", "performance of a contract", "yleisen edun
        // mukainen tehtävä", "uppgift av allmänt intresse", "task carried out in the public interest"; and the
        // Swedish balancing of interests ("intresseavvägning") behind a legitimate interest.
        "sopimuksen taytantoonpano", "sopimuksen tayttami", "sopimukseen perustuen", "perustuu sopimukseen",
        "fullgorande av avtal", "fullgora avtal", "fullgora ett avtal", "performance of a contract",
        "performance of the contract", "perform a contract", "perform the contract", "yleisen edun mukai",
        "allmant intresse", "in the public interest", "elintarkean edun", "vitala intressen", "vital interest",
        "intresseavvagning",
        // The ground named with a postposition or a verb of grounding: "tietoja käsitellään sopimuksen
        // perusteella", "behandlingen grundas på ditt samtycke", "med stöd av avtal", "to fulfil our contract".
        "sopimuksen perusteella", "sopimussuhteen perusteella", "asiakassuhteen perusteella", "jasenyyden perusteella",
        "grundas pa", "grundar sig pa", "med stod av avtal", "med stod av ditt samtycke", "med stod av samtycke",
        "med stod av lag", "med stod av artikel", "fulfil our contract", "fulfill our contract", "fulfil the contract",
        "fulfill the contract", "fulfil a contract", "fulfill a contract", "on the basis of a contract",
        "on the basis of the contract", "based on a contract", "based on the contract", "based on our contract",
        // "Grunden för behandlingen är avtal", "We rely on your consent".
        "grunden for behandlingen", "grund for behandlingen", "rely on your consent", "rely on consent",
        // The contract in other inflections of the same nouns: "tarpeen sopimuksen täytäntöönpanemiseksi",
        // "nödvändig för att fullgöra avtalet", "necessary to perform our contract". (Not "sopimuksen
        // toteuttamiseksi": a disclosure to partners for the contract names its purpose, not its ground.)
        "sopimuksen taytantoonpan", "fullgora avtalet", "necessary to perform",
        "necessary for the performance",
    ]

    // MARK: form

    /// Recognised headings with nothing under them. In layouts other than two-column, a heading directly followed
    /// by another (a parent heading) is not reported.
    private static func emptySections(_ notice: ParsedNotice) -> [LintFinding] {
        var findings: [LintFinding] = []
        for (index, section) in notice.sections.enumerated() {
            guard let heading = section.heading, section.isEmpty,
                !section.topics.contains(where: { [.preamble, .title, .other, .rights].contains($0) })
            else { continue }
            if notice.format != .twoColumn, index + 1 < notice.sections.count,
                notice.sections[index + 1].line - section.line <= 3
            {
                continue
            }
            findings.append(LintFinding(.emptySection, line: section.line, quote: heading))
        }
        return findings
    }

    private static let identityCodeWords = [
        "henkilotunnus", "henkilotunnukse", "hetu", "personbeteckning", "personnummer", "personal identity code",
        "social security number", "sotu",
    ]
    private static let identityCodeGround = [
        "tietosuojalain 29", "29 § tietosuojalai", "tietosuojalaki 29", "dataskyddslagen 29", "29 § dataskyddslag",
        "section 29 of the data protection act",
    ]

    /// The first mention of the personal identity code when the notice does not cite its ground (§ 29).
    private static func identityCode(_ context: LintContext) -> [LintFinding] {
        guard !context.mentions(identityCodeGround) else { return [] }
        for unit in context.units {
            for range in identityCodeWords.flatMap({ unit.folded.ranges(of: $0, wordStart: true) })
            where unit.folded.isBoundary(after: range.upperBound) || range.upperBound - range.lowerBound > 5
                || unit.folded.byte(at: range.upperBound) == 0x6E  // "hetun"
            {
                return [
                    LintFinding(
                        .personalIdentityCode, line: context.line(of: range, in: unit),
                        quote: Quote.exact(
                            expandWord(range, in: unit.folded), in: unit.folded))
                ]
            }
        }
        return []
    }

    private static func expandWord(_ range: Range<Int>, in text: FoldedText) -> Range<Int> {
        var end = range.upperBound
        while text.isWordByte(at: end) { end += 1 }
        return range.lowerBound..<end
    }

    /// Instructions of a template, quoted with their sentence.
    private static let templateInstructions = [
        "tulisi pitaa sisallaan", "tahan kirjoitetaan", "kirjoita tahan", "lisaa tahan", "taydenna tahan",
        "fyll i har", "ange har", "insert here", "lorem ipsum",
    ]
    /// Placeholders of a template, quoted exactly.
    private static let templatePlaceholders = [
        "(s-postiosoite)", "(sahkopostiosoite)", "xxxx", "[yrityksen nimi]", "[yritys]", "[nimi]", "[osoite]",
        "[company name]", "[name]",
    ]

    /// Template instructions and placeholders: known phrases, and short bracketed words such as "[Nimi]".
    private static func templateText(_ context: LintContext) -> [LintFinding] {
        var findings: [LintFinding] = []
        for unit in context.units {
            let instructions = templateInstructions.flatMap { unit.folded.ranges(of: $0) }
            let placeholders =
                templatePlaceholders.flatMap { unit.folded.ranges(of: $0) } + bracketPlaceholders(unit.folded)
            let quoted =
                instructions.map { ($0, Quote.sentence(around: $0, in: unit.folded)) }
                + placeholders.map { ($0, Quote.exact($0, in: unit.folded)) }
            var quotes: Set<String> = []
            for (range, quote) in quoted.sorted(by: { $0.0.lowerBound < $1.0.lowerBound }) {
                if quotes.insert(quote).inserted {
                    findings.append(LintFinding(.templateText, line: context.line(of: range, in: unit), quote: quote))
                }
            }
        }
        return findings
    }

    /// What a web page saved with Cloudflare's e-mail protection shows instead of each address ("[email protected]"):
    /// an address the saving hid, not a placeholder left from a template.
    private static let cloudflareHidden: Set<[UInt8]> = [Array("email protected".utf8)]

    /// "[Yrityksen nimi]"-style placeholders: 2–40 bytes of letters and spaces in square brackets.
    private static func bracketPlaceholders(_ text: FoldedText) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = 0
        while index < text.bytes.count {
            guard text.bytes[index] == 0x5B else {
                index += 1
                continue
            }
            var end = index + 1
            while end < text.bytes.count, end - index <= 41, text.bytes[end] != 0x5D,
                text.isWordByte(at: end) && !text.bytes[end].isDigit || text.bytes[end] == 0x20
            {
                end += 1
            }
            if end < text.bytes.count, text.bytes[end] == 0x5D, end - index >= 3, text.byte(at: end + 1) != 0x28,
                !cloudflareHidden.contains(Array(text.bytes[(index + 1)..<end]))
            {
                result.append(index..<(end + 1))
            }
            index = end
        }
        return result
    }
}
