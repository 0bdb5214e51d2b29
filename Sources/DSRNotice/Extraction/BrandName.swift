/// Finds the controller named only by the brand of its site or service, when no other source names it: in the
/// sentence by which the notice says what it describes ("Tämä tietosuojaseloste kuvaa, miten Esimerkki kerää …",
/// "This Privacy Policy explains how ExampleApp collects …"), or as the subject of the sentence that opens the
/// controller's section and says what the service is ("Esimerkki.app on yksityishenkilön ylläpitämä
/// verkkopalvelu.").
///
/// A brand is what such a notice gives as its controller (the person or firm behind it is not named), and taking
/// it is the rule of the corpus's judgments. Only these two sentence forms are read, because a brand named
/// anywhere else may be a processor's, a designer's or a product's; and the name must be written again elsewhere in
/// the notice (its title, another sentence), as ``FallbackParty/subjectName(in:)`` asks.
enum BrandName {
    /// The brand named as the subject of the collecting or processing that the notice says it describes, or as the
    /// subject of a sentence saying what the service is at the start of the controller's section; `nil` otherwise.
    static func name(in sections: [NoticeSection]) -> NoticeField? {
        let blocks = sections.flatMap(\.blocks)
        func first(_ read: (String) -> String?) -> NoticeField? {
            for block in blocks {
                if let name = read(block.text) {
                    return NoticeField(field: .name, value: name, line: block.line, raw: block.text)
                }
            }
            return nil
        }
        let found =
            first(describedSubject) ?? first(weDefinedName) ?? serviceSubject(in: sections)
            ?? responsibleSubject(in: sections)
        guard let name = found, mentions(of: name.value, in: sections) >= 2 else { return nil }
        return name
    }

    /// Words, folded, that open the notice's sentence about itself: "Tämä", "This", "Denna", "Den".
    private static let selfOpeners: Set<String> = ["tama", "this", "denna", "den"]
    /// Words, folded, that open it without naming the notice: "Tässä kerrotaan, miten …", "Here we explain how …".
    private static let hereOpeners: Set<String> = ["tassa", "here", "har", "talla"]
    /// Words, folded and compact, by which that sentence names the notice ("tietosuojaseloste", "Privacy Policy").
    private static let noticeWords = [
        "seloste", "tietosuoja", "policy", "notice", "statement", "integritetspolicy", "policyn", "beskrivning",
        "dataskydd",
    ]
    /// Verbs by which the notice says what it describes.
    private static let describeVerbs: Set<String> = [
        "kuvaa", "kertoo", "selittaa", "explains", "describes", "beskriver", "forklarar", "kerrotaan", "kerromme",
        "kuvataan", "kuvaamme", "explain", "describe", "beskrivs", "forklaras",
    ]
    /// Words that open the clause whose subject is the brand.
    private static let clauseStarts: Set<String> = ["miten", "kuinka", "how", "hur"]
    /// Verbs whose subject in that clause is the party that processes the data.
    private static let processVerbs: Set<String> = [
        "keraa", "kasittelee", "kayttaa", "suojaa", "sailyttaa", "samlar", "behandlar", "anvander", "collects",
        "processes", "uses", "handles", "protects",
    ]

    /// Passive verbs of processing, whose place rather than subject a site can be: "käsitellään", "kerätään".
    private static let passiveVerbs: Set<String> = ["kasitellaan", "kerataan", "kaytetaan", "sailytetaan"]

    /// The brand in "Tämä tietosuojaseloste kuvaa, miten Esimerkki kerää …": one to three capitalised words right
    /// after the clause's opening word and right before a verb of processing, in a sentence that opens with "this"
    /// and names the notice before the verb of describing.
    static func describedSubject(in text: String) -> String? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        let folded = words.map { TextFold.fold($0).trimmingSuffix { "().,;:".contains($0) } }
        for opener in folded.indices where selfOpeners.contains(folded[opener]) || hereOpeners.contains(folded[opener])
        {
            let sentence = opener..<min(words.count, opener + 12)
            guard let verb = sentence.first(where: { describeVerbs.contains(folded[$0]) }),
                hereOpeners.contains(folded[opener])
                    || folded[opener..<verb].contains(where: { word in noticeWords.contains(where: word.contains) }),
                let clause = (verb + 1..<min(words.count, verb + 3)).first(where: { clauseStarts.contains(folded[$0]) })
            else { continue }
            let start = clause + 1
            var end = start
            while end < min(words.count, start + 3), isNameWord(words[end]), !processVerbs.contains(folded[end]) {
                end += 1
                if words[end - 1].hasSuffix(",") { break }
            }
            guard end > start, end < words.count else { continue }
            // The site named with its type attached by a hyphen, where the data are processed: "… miten Esimerkki
            // -sivustolla käsitellään kävijätietoja".
            let siteSuffix =
                words[end].hasPrefix("-") && end + 1 < words.count
                && ["sivusto", "verkkosivu", "palvelu", "sovellu"].contains(where: folded[end].dropFirst().hasPrefix)
            let process = siteSuffix ? end + 1 : verbAfterDefinition(words, folded, from: end) ?? end
            guard processVerbs.contains(folded[process]) || (siteSuffix && passiveVerbs.contains(folded[process]))
            else { continue }
            let name = words[start..<end].joined(separator: " ").trimmingSuffix { ",".contains($0) }
            guard PartyParser.isControllerName(name), !name.contains("@") else { continue }
            return name
        }
        return nil
    }

    /// Words, folded, that open a clause defining how the notice calls a party: "nedan kallad", "hereinafter",
    /// "jäljempänä".
    private static let definitionOpeners: Set<String> = ["nedan", "hereinafter", "jaljempana", "jatkossa"]

    /// The index of the word after a party's details in parentheses and a clause defining how the notice calls it,
    /// both optional but at least one present ("Esimerkki (Esimerkki AB, org.nr …, Gatan 1, 123 45 Ort), nedan kallad
    /// "vi", "oss", samlar in …"); `nil` when neither follows `index`.
    private static func verbAfterDefinition(_ words: [Substring], _ folded: [String], from index: Int) -> Int? {
        var after = index
        if words[after].hasPrefix("("),
            let close = words[after..<min(words.count, after + 24)].firstIndex(where: { $0.contains(")") })
        {
            after = close + 1
        }
        // The defining clause ends at the comma before the verb ("nedan kallad "vi", "oss" eller "vår", samlar").
        if after < words.count, words[after - 1].hasSuffix(","), definitionOpeners.contains(folded[after]),
            let verb = (after + 1..<min(words.count, after + 12)).first(where: { position in
                processVerbs.contains(folded[position]) && words[position - 1].hasSuffix(",")
            })
        {
            after = verb
        }
        return after > index && after < words.count ? after : nil
    }

    /// Words, folded, by which a parenthesis defines the party before it as the speaker: "Esimerkki ("vi", "oss")".
    static let weWords: Set<String> = ["vi", "we", "me"]

    /// Words, folded, that open a parenthesis defining how the notice calls a party: "(jäljempänä "me")",
    /// "(hereinafter referred to as "we")", "(nedan kallad "vi")".
    private static let definingWords: Set<String> = [
        "jaljempana", "jatkossa", "myohemmin", "alempana", "hereinafter", "hereafter", "referred", "to", "as", "also",
        "called", "nedan", "harefter", "hadanefter", "kallad", "kallat", "kallas",
    ]
    /// Nouns by which a notice calls the party that speaks in it, folded: "(jäljempänä "Yhtiö")", "(the "Company")".
    /// A processor is defined by its own name ("Esimerkki Payments Oy (jäljempänä "Esimerkki")"), not so.
    private static let speakerNouns: Set<String> = [
        "yhtio", "yritys", "yhdistys", "rekisterinpitaja", "company", "controller", "association", "bolaget",
        "foretaget", "foreningen", "personuppgiftsansvarig",
    ]

    /// The brand that a sentence opens with and defines as "we": "Esimerkki Konsult ("vi", "oss", "vår") värnar om
    /// din integritet", "Example ("we", "us") respects …", "Esimerkki Oy (jäljempänä "me") kunnioittaa …", or as the
    /// company that speaks ("Esimerkki Oy (jäljempänä "Yhtiö")"). One to four capitalised words.
    static func weDefinedName(in text: String) -> String? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        for index in words.indices.dropFirst() where words[index].hasPrefix("(") {
            // The first word in the parenthesis after the words that open a definition; "the" too ("(the
            // "Company")").
            let inside = words[index..<min(words.count, index + 6)].map { TextFold.fold($0.filter { $0.isLetter }) }
            guard let defined = inside.first(where: { !definingWords.contains($0) && $0 != "the" }),
                weWords.contains(defined) || speakerNouns.contains(defined)
            else { continue }
            var start = index
            while start > 0, index - start < 4, isNameWord(words[start - 1]), !words[start - 1].hasSuffix(",") {
                start -= 1
            }
            let opens = start == 0 || words[start - 1].hasSuffix(".")
            guard start < index, opens else { continue }
            let name = words[start..<index].joined(separator: " ")
            guard PartyParser.isControllerName(name) else { continue }
            return name
        }
        return nil
    }

    /// Verbs, folded, by which a sentence says its subject is responsible for the site: "vastaa", "ansvarar".
    private static let responsibleVerbs: Set<String> = ["vastaa", "ansvarar"]

    /// The brand that opens one of the notice's first three paragraphs and is said to be responsible for the site
    /// ("Esimerkki vastaa https://esimerkki.net -sivuston toiminnasta"). A processor can be said to be responsible
    /// for a site's hosting too, so only the opening of the notice is read, and the name must be capitalised
    /// wherever the notice writes it (a common noun would be written in lower case somewhere) and written three
    /// times or more.
    static func responsibleSubject(in sections: [NoticeSection]) -> NoticeField? {
        let paragraphs = sections.flatMap(\.blocks).filter { $0.kind != .heading }.prefix(3)
        for block in paragraphs {
            let words = block.text.split(whereSeparator: { $0 == " " || $0 == "\n" })
            let folded = words.map { TextFold.fold($0).trimmingSuffix { "().,;:".contains($0) } }
            guard let verb = folded.prefix(4).firstIndex(where: responsibleVerbs.contains), verb >= 1,
                words[..<verb].allSatisfy(isNameWord)
            else { continue }
            let sentenceEnd = words.indices.first { $0 > verb && words[$0].hasSuffix(".") } ?? words.count - 1
            guard folded[verb...sentenceEnd].contains(where: { word in siteWords.contains(where: word.contains) })
            else { continue }
            let name = words[..<verb].joined(separator: " ")
            guard PartyParser.isControllerName(name), alwaysCapitalised(name, in: sections),
                mentions(of: name, in: sections) >= 3
            else { continue }
            return NoticeField(field: .name, value: name, line: block.line, raw: block.text)
        }
        return nil
    }

    /// Parts of words, folded, that name a site or a service: "-sivuston", "palvelun", "webbplatsen".
    private static let siteWords = ["sivusto", "palvelu", "website", "webbplats", "tjanst"]

    /// Whether every writing of the name's first word in the notice starts with a capital.
    private static func alwaysCapitalised(_ name: String, in sections: [NoticeSection]) -> Bool {
        let key = TextFold.fold(name.prefix { $0 != " " })
        let texts = sections.flatMap { section in [section.heading ?? ""] + section.blocks.map(\.text) }
        for text in texts {
            // Web and e-mail addresses are written in lower case whatever the name ("esimerkki.net").
            let tokens = text.split(whereSeparator: \.isWhitespace).filter { token in
                !token.contains("@") && !token.contains("/") && !token.dropLast().contains(".")
            }
            for word in tokens.flatMap({ $0.split(whereSeparator: { !$0.isLetter && $0 != "-" }) })
            where TextFold.fold(word).hasPrefix(key) && word.first?.isLowercase == true {
                return false
            }
        }
        return true
    }

    /// Predicate words that say the subject is a site or a service, folded.
    private static let serviceWords: Set<String> = [
        "verkkopalvelu", "palvelu", "sivusto", "verkkosivusto", "sovellus", "website", "site", "service", "app",
        "application", "tjanst", "webbplats", "sajt", "applikation",
    ]

    /// The brand as the subject of the sentence that opens the controller's section and says what the service is
    /// ("Esimerkki.app on yksityishenkilön ylläpitämä verkkopalvelu."). The subject must look like a name, not a
    /// common noun that opens a sentence ("Sivusto on …"): a web address, a capital inside the word, or two
    /// capitalised words.
    ///
    /// A section headed by the service alone ("Palvelu", "Om tjänsten") opens so too; there a one-word brand is
    /// taken when the sentence says who runs the service ("Esimerkki on yksityishenkilön ylläpitämä
    /// prototyyppipalvelu"), a compound of a service word counting as that word.
    static func serviceSubject(in sections: [NoticeSection]) -> NoticeField? {
        for section in sections {
            let aboutService = serviceHeadings.contains(TextFold.compact(section.heading ?? ""))
            guard section.topics.contains(.controller) || aboutService else { continue }
            guard let block = section.blocks.first(where: { !$0.text.isEmpty }) else { continue }
            let words = block.text.split(whereSeparator: { $0 == " " || $0 == "\n" })
            let folded = words.map { TextFold.fold($0).trimmingSuffix { "().,;:".contains($0) } }
            guard let copula = folded.prefix(4).firstIndex(where: { ["on", "ar", "is"].contains($0) }), copula >= 1,
                words[..<copula].allSatisfy(isNameWord)
            else { continue }
            let sentenceEnd = words.indices.first { $0 > copula && words[$0].hasSuffix(".") } ?? words.count - 1
            let sentence = folded[copula...sentenceEnd]
            let namesService =
                sentence.contains(where: serviceWords.contains)
                || (aboutService
                    && sentence.contains { word in
                        serviceWords.contains { word.count > $0.count + 3 && word.hasSuffix($0) }
                    })
            guard namesService else { continue }
            let name = words[..<copula].joined(separator: " ")
            let runBySomeone =
                aboutService && sentence.contains { word in runVerbs.contains(where: word.hasPrefix) }
            let looksLikeName =
                copula >= 2 || name.contains(".") || name.dropFirst().contains(where: \.isUppercase) || runBySomeone
            guard looksLikeName, PartyParser.isControllerName(name), !name.contains("@") else { continue }
            return NoticeField(field: .name, value: name, line: block.line, raw: block.text)
        }
        return nil
    }

    /// Headings, compact, of a section about the service itself.
    private static let serviceHeadings: Set<String> = [
        "palvelu", "palvelusta", "tietojapalvelusta", "service", "theservice", "abouttheservice", "tjansten",
        "omtjansten",
    ]

    /// Prefixes of words, folded, that say who runs a service: "ylläpitämä", "tuottama", "operated", "drivs".
    private static let runVerbs = ["yllapitama", "tuottama", "operated", "maintained", "drivs"]

    /// Whether a word can be part of a brand: it starts with a capital and holds letters, digits, dots or hyphens
    /// ("NumBlocks", "Esimerkki.app", "Pyörä-Vahti").
    private static func isNameWord(_ word: Substring) -> Bool {
        let core = word.trimmingSuffix { ",".contains($0) }
        return core.first?.isUppercase == true && core.allSatisfy { $0.isLetter || $0.isNumber || ".-".contains($0) }
            && !core.hasSuffix(".")
    }

    /// How many times the name's first word is written in the notice, headings included.
    private static func mentions(of name: String, in sections: [NoticeSection]) -> Int {
        let key = TextFold.fold(name.prefix { $0 != " " })
        guard !key.isEmpty else { return 0 }
        let texts = sections.flatMap { section in [section.heading ?? ""] + section.blocks.map(\.text) }
        return texts.reduce(0) { $0 + FoldedText($1).ranges(of: key, wordStart: true).count }
    }
}
