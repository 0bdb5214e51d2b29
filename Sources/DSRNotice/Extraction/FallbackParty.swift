/// Finds the controller where no controller heading gives it: in the contact block of the page (often its footer:
/// "LämpöNix Oy · 045 … · myynti@… · Y-tunnus: 3388520-4", "Copyright © RenoArt Oy 2023"), and the address a
/// notice tells the data subject to write to ("ota yhteyttä sähköpostitse osoitteeseen …").
///
/// Only what is unmistakable is taken, because a wrong value is worse than none: the block must carry a labelled
/// business ID; the name must end (or start) with a legal form (Oy, Ab, ry, Tmi, …) or stand in a copyright line.
enum FallbackParty {
    /// The legal forms that end or start a business's or association's name, folded.
    static let legalForms: Set<String> = [
        "oy", "oyj", "ab", "abp", "ry", "r.y", "rf", "r.f", "tmi", "t:mi", "ky", "ay", "osk", "ltd", "inc", "gmbh",
        "llc",
        "saatio", "stiftelse", "ek.for", "kb", "hb",
        // Written out, and the English "Co." and "Corp.": "Esimerkki Aktiebolag", "Example Light Co.".
        "aktiebolag", "osakeyhtio", "co", "corp",
    ]

    /// The controller from the block around a labelled business ID, or `nil`.
    static func party(in sections: [NoticeSection]) -> PartyEntry? {
        // Headings count: a page's footer often sets the firm's name as a heading (`<h6>LämpöNix Oy</h6>`).
        let blocks = sections.flatMap { section in
            (section.heading.map { [NoticeBlock(kind: .heading, text: $0, line: section.line)] } ?? [])
                + section.blocks
        }
        guard
            let anchor = blocks.indices.first(where: { index in
                let tokens = PartyTokens(blocks[index].text)
                guard let id = tokens.first(.businessID) else { return false }
                // "Esimerkki Oy, 1234567-1, Esimerkinkatu 1, 33100 Tampere.": an unlabelled ID right after a name with
                // its legal form, valid by its check digit, in a short block.
                let named =
                    BusinessIDCheck.validated(id.value) != nil && companyName(tokens.namePart) != nil
                    && TextCleanup.wordCount(blocks[index].text) <= 20
                return hasBusinessLabel(blocks[index].text) || named
            })
        else { return nil }
        let window = max(0, anchor - 5)...min(blocks.count - 1, anchor + 3)
        var entry = PartyEntry()
        // The name: the anchor's own name part, else the nearest short block with a legal form, else a copyright line.
        let anchorName = PartyTokens(blocks[anchor].text).namePart
        let ordered = [anchor] + (window.lowerBound..<anchor).reversed() + ((anchor + 1)..<(window.upperBound + 1))
        for index in ordered {
            let text = index == anchor ? anchorName : PartyTokens(blocks[index].text).namePart
            if let name = companyName(text) ?? copyrightName(blocks[index].text) {
                entry.set(.name, name, line: blocks[index].line, raw: blocks[index].text)
                break
            }
        }
        for index in window where TextCleanup.wordCount(blocks[index].text) <= 14 || index == anchor {
            let block = blocks[index]
            for token in PartyTokens(block.text).tokens {
                switch token.field {
                case .businessID:
                    if let id = BusinessIDCheck.validated(token.value) {
                        entry.set(.businessID, id, line: block.line, raw: block.text)
                    } else if entry[.businessID] == nil {
                        entry.addInvalidBusinessID(token.value, line: block.line, raw: block.text)
                    }
                case .address:
                    if entry[.address] == nil {
                        let first = token.value.split(separator: " ").first.map(String.init) ?? ""
                        if PartyTokens.postalDigits(first) != nil, index > 0,
                            PartyTokens.looksLikeStreetLine(blocks[index - 1].text)
                        {
                            let street = TextCleanup.trimTrailing(blocks[index - 1].text, [",", " "])
                            entry.set(.address, street, line: blocks[index - 1].line, raw: blocks[index - 1].text)
                            entry.appendAddress(token.value, line: block.line, raw: block.text)
                        } else {
                            entry.set(.address, token.value, line: block.line, raw: block.text)
                        }
                    } else if PartyTokens(token.value).tokens.count == 1, index > 0,
                        entry.values[.address]?.line == blocks[index - 1].line
                    {
                        entry.appendAddress(token.value, line: block.line, raw: block.text)
                    }
                case .phone, .email:
                    entry.set(token.field, token.value, line: block.line, raw: block.text)
                default:
                    break
                }
            }
        }
        return entry[.name] == nil && !entry.hasDetails ? nil : entry
    }

    /// The distinct valid business IDs written anywhere in the notice, headings included.
    static func validBusinessIDs(in sections: [NoticeSection]) -> Set<String> {
        let texts = sections.flatMap { section in [section.heading ?? ""] + section.blocks.map(\.text) }
        return Set(
            texts.flatMap { PartyTokens($0).tokens }.filter { $0.field == .businessID }.compactMap {
                BusinessIDCheck.validated($0.value)
            })
    }

    /// An e-mail address the notice tells the data subject to write to, outside the authority's details.
    static func contactEmail(in sections: [NoticeSection]) -> NoticeField? {
        let invitations = [
            "yhteytta", "yhteydenot", "yhteydessa", "osoitteeseen", "sahkopostitse", "kontakta", "kontakt",
            "contact", "write to", "email us", "e-mail us", "reach us",
            // An address given in a sentence: "… voi kysyä lisää sähköpostilla: tietosuoja@…", "per e-post till".
            "sahkopostilla", "sahkopostiin", "per e-post", "via e-post", "by e-mail", "by email", "via email",
        ]
        let authority = ["tietosuojavaltuut", "dataombudsman", "ombudsman", "tillsynsmyndighet", "valvontaviranom"]
        // A section headed as the contact details ("Yhteystiedot", "Kontaktuppgifter", "Contact us"), often the
        // page's footer, invites the reader to write as much as a sentence does.
        let contactHeadings = [
            "yhteystied", "yhteydenot", "ota yhteytta", "kontaktuppgift", "kontakta oss", "kontakt", "contact",
        ]
        for section in sections where !section.topics.contains(.complaint) {
            let heading = section.heading.map(TextFold.fold) ?? ""
            let invitingSection =
                contactHeadings.contains(where: heading.contains) && !authority.contains(where: heading.contains)
            for block in section.blocks {
                let folded = TextFold.fold(block.text)
                guard invitingSection || invitations.contains(where: folded.contains),
                    !authority.contains(where: folded.contains),
                    let email = PartyTokens(block.text).first(.email)?.value
                else { continue }
                let domain = email.split(separator: "@").last.map { $0.lowercased() } ?? ""
                guard !["om.fi", "tietosuoja.fi", "imy.se"].contains(domain) else { continue }
                return NoticeField(field: .email, value: email, line: block.line, raw: block.text)
            }
        }
        return nil
    }

    /// The domains of the supervisory authorities, whose addresses are never the controller's.
    static let authorityDomains: Set<String> = [
        "om.fi", "tietosuoja.fi", "imy.se", "ico.org.uk", "edpb.europa.eu", "datatilsynet.no", "datatilsynet.dk",
    ]

    /// The notice's only e-mail address, when the controller's details give none: one distinct address (folded)
    /// in the whole notice, headings included, outside the authorities' domains, written at least once outside the
    /// sections about recipients, transfers and the authority. Whether it stands under the contact person
    /// in a section of its own ("Yhteyshenkilö …"), after a verb ("by emailing …"), in a footer or alone under a name, it
    /// is the one address a reader can write to about the data, so it is the contact e-mail. Two addresses (a
    /// customer service and a sales address, the controller's and a processor's) are ambiguous and give none.
    static func onlyEmail(in sections: [NoticeSection]) -> NoticeField? {
        let aboutOthers: [NoticeTopic] = [.recipients, .transfers, .complaint]
        var distinct: Set<String> = []
        var usable: NoticeField?
        for section in sections {
            let texts =
                (section.heading.map { [($0, section.line)] } ?? []) + section.blocks.map { ($0.text, $0.line) }
            for (text, line) in texts {
                for token in PartyTokens(text).tokens where token.field == .email {
                    let address = token.value.lowercased()
                    let domain = address.split(separator: "@").last.map(String.init) ?? ""
                    guard !authorityDomains.contains(domain) else { continue }
                    distinct.insert(address)
                    if usable == nil, !section.topics.contains(where: aboutOthers.contains) {
                        usable = NoticeField(field: .email, value: token.value, line: line, raw: text)
                    }
                }
            }
        }
        return distinct.count == 1 ? usable : nil
    }

    /// Labels that introduce the controller on a line of their own, outside a controller heading ("Yritys:",
    /// "Registrar:", "Sovelluksen julkaisija:"), compact-folded.
    private static let ownLineLabels: Set<String> = [
        "rekisterinpitaja", "yritys", "yhdistys", "organisaatio", "julkaisija", "sovelluksenjulkaisija",
        "palvelunjulkaisija", "palveluntarjoaja", "personuppgiftsansvarig", "foretag", "organisation", "utgivare",
        "registrar", "controller", "datacontroller", "company", "organization", "publisher", "serviceprovider",
        // The site's owner ("Omistaja: Esimerkki Oy", "Ägare:", "Owner:").
        "omistaja", "sivustonomistaja", "agare", "owner",
    ]

    /// The controller after a label on a line of its own: the lines that follow it, up to a blank line or heading,
    /// read as a controller section. A label with a capitalised value on its line ("Omistaja: Esimerkki Oy") is
    /// read the same way, the value first. Taken only with a name and a contact detail (address, e-mail, phone or
    /// business ID), because a label alone proves nothing.
    static func labelledParty(in sections: [NoticeSection]) -> PartyEntry? {
        for section in sections where !section.topics.contains(.complaint) {
            for (index, block) in section.blocks.enumerated() {
                let lines = block.text.split(separator: "\n", omittingEmptySubsequences: false)
                for (offset, line) in lines.enumerated() {
                    var label = Substring(line.trimmingSuffix { $0 == " " })
                    var value: [NoticeBlock] = []
                    if !label.hasSuffix(":"), let colon = label.firstIndex(of: ":") {
                        // The value is a name: one to six words, each capitalised or a legal form ("Matti
                        // Esimerkki", "Esimerkki Oy", "Asianajotoimisto Esimerkki & Toinen"), never a description
                        // ("Yrityksen nimi ja yhteystiedot").
                        let rest = TextCleanup.collapse(label[label.index(after: colon)...])
                        let words = rest.split(separator: " ")
                        guard (1...6).contains(words.count),
                            words.allSatisfy({
                                $0.first?.isUppercase == true || $0 == "&" || legalForms.contains(TextFold.fold($0))
                            })
                        else { continue }
                        value = [NoticeBlock(kind: .paragraph, text: rest, line: block.line + offset)]
                        label = label[...colon]
                    }
                    guard label.hasSuffix(":"), isOwnLineLabel(TextFold.compact(label.dropLast())) else { continue }
                    var following: [NoticeBlock] = lines[(offset + 1)...].map {
                        NoticeBlock(kind: .paragraph, text: String($0), line: block.line + offset + 1)
                    }.filter { !$0.text.isEmpty }
                    if following.isEmpty {
                        following = Array(section.blocks[(index + 1)...].prefix(6))
                    }
                    following = value + following
                    let candidate = NoticeSection(
                        heading: String(label), line: block.line + offset, topics: [.controller], blocks: following)
                    guard let entry = PartyParser.controllers(in: candidate).first, entry[.name] != nil,
                        entry.hasDetails
                    else { continue }
                    return entry
                }
            }
        }
        return nil
    }

    /// Whether a compact-folded label is one of ``ownLineLabels``, allowing one typing error in its last word when
    /// the label is long ("Sovelluksen julkaisia:").
    private static func isOwnLineLabel(_ compact: String) -> Bool {
        guard compact.count <= 40 else { return false }
        if ownLineLabels.contains(compact) { return true }
        return compact.count >= 9
            && ownLineLabels.contains { $0.count >= 9 && AuthorityMentions.editDistance($0, compact) <= 1 }
    }

    /// Phrases after which a sentence names the controller ("Henkilörekisteriä ylläpitää …").
    private static let proseLeadIns = [
        "rekisterinpitajana toimii ", "rekisterinpitaja on ", "henkilorekisteria yllapitaa ", "rekisteria yllapitaa ",
        "rekisterin yllapitaja on ", "rekisterinpitajana on ",
        // The controller who is also the contact: "Rekisterinpitäjänä sekä yhteyshenkilönä toimii Matti Esimerkki".
        "rekisterinpitajana seka yhteyshenkilona toimii ", "rekisterinpitajana ja yhteyshenkilona toimii ",
        "rekisteria pitaa ", "rekisterin pitaa ", "rekisterin pitaja on ", "jasenrekisteria pitaa ",
        "personuppgiftsansvarig ar ",
        "personuppgiftsansvarig for behandlingen ar ", "registret fors av ", "the controller is ",
        // Only the controller handles the data: "Tietoja käsittelee vain Esimerkki Oy eikä niitä luovuteta …".
        "tietoja kasittelee vain ", "henkilotietoja kasittelee vain ", "tietoja kasittelee ainoastaan ",
        "henkilotietoja kasittelee ainoastaan ", "tietojasi kasittelee vain ",
        "the data controller is ", "the register is maintained by ",
        // The keeper of one's data: "Tietojesi ylläpitäjä on Esimerkki ry, jonka …".
        "tietojesi yllapitaja on ", "henkilotietojesi yllapitaja on ", "tietojen yllapitaja on ",
        // The controller's label inside a line of other parts ("Voimassa 1.1.2026 alkaen · Rekisterinpitäjä: Matti
        // Esimerkki, Suomi"), and an app's publisher in prose ("Sovelluksen julkaisija on Matti Esimerkki.").
        "rekisterinpitaja: ", "personuppgiftsansvarig: ", "controller: ", "sovelluksen julkaisija on ",
        "sovelluksen julkaisija: ", "the app is published by ", "the publisher of the app is ",
    ]

    /// Words, folded, that open a clause after a name in prose: "eikä", "joka", "mutta", "which", "som".
    private static let clauseWords: Set<String> = [
        "eika", "joka", "jotka", "mutta", "which", "who", "whose", "som", "vilken", "vilket", "men",
    ]

    /// Phrases after which a sentence names the website's operator ("Denna webbplats ägs och drivs av Esimerkki
    /// AB."): the controller of a website's notice when nothing else names one, but only a name that ends in a
    /// legal form, because a site may be run for someone else ("sivustoa ylläpitää mainostoimisto …").
    private static let operatorLeadIns = [
        "webbplats som drivs av ", "webbplatsen drivs av ", "ags och drivs av ", "this website is operated by ",
        "the website is operated by ", "this site is operated by ", "sivustoa yllapitaa ", "verkkosivustoa yllapitaa ",
        "sivuston yllapitaja on ",
        // A web service kept or provided by its controller: "en webbtjänst som upprätthålls av Helsingfors stad",
        // "Webbtjänsten tillhandahålls av …", "verkkopalvelua ylläpitää …".
        "webbtjanst som uppratthalls av ", "webbtjansten tillhandahalls av ", "tjansten tillhandahalls av ",
        "verkkopalvelua yllapitaa ",
    ]

    /// The controller named in a sentence anywhere in the notice, when no heading names one: the words after a
    /// lead-in up to the end of the clause, 1–8 words starting with a capital ("Henkilörekisteriä ylläpitää Suomen
    /// matemaattisen yhdistyksen valmennusjaos.").
    static func proseName(in sections: [NoticeSection]) -> NoticeField? {
        for block in sections.flatMap(\.blocks) {
            let folded = FoldedText(block.text)
            for leadIn in proseLeadIns + operatorLeadIns {
                let byOperator = operatorLeadIns.contains(leadIn)
                for range in folded.ranges(of: leadIn, wordStart: true) {
                    let start = folded.scalarIndex(ofByte: range.upperBound)
                    var words: [String] = []
                    for word in String(String.UnicodeScalarView(folded.scalars[start...])).split(separator: " ") {
                        // A conjunction opening the next clause ends the name: "… Esimerkki Oy eikä niitä …".
                        if clauseWords.contains(TextFold.fold(word)) { break }
                        let ends = word.hasSuffix(".") || word.hasSuffix(",") || word.hasSuffix(";")
                        let core = ends ? String(word.dropLast()) : String(word)
                        words.append(core)
                        if ends || words.count > 8 { break }
                    }
                    if byOperator {
                        // The operator's name runs up to its legal form: "… drivs av Esimerkki AB regleras …".
                        // A public body's name ends in its word: "… upprätthålls av Exempel stad".
                        let form = words.indices.first { index in
                            let word = TextFold.fold(words[index])
                            return legalForms.contains(word) || (index > 0 && publicBodies.contains(word))
                        }
                        guard let form else { continue }
                        words = Array(words[...form])
                    }
                    // A remark in parentheses cut by its own comma ("… är Exempel (enskild firma, Sverige).") is
                    // no part of the name: the name ends before it.
                    if let open = words.lastIndex(where: { $0.hasPrefix("(") }), open > 0,
                        !words[open...].contains(where: { $0.contains(")") })
                    {
                        words = Array(words[..<open])
                    }
                    let name = words.joined(separator: " ")
                    guard (1...8).contains(words.count), name.first?.isUppercase == true,
                        PartyParser.isControllerName(name), !name.contains("@")
                    else { continue }
                    return NoticeField(field: .name, value: name, line: block.line, raw: block.text)
                }
            }
            if let name = nameBeforeRole(in: block.text) ?? nameWithRole(in: block.text) {
                return NoticeField(field: .name, value: name, line: block.line, raw: block.text)
            }
        }
        return nil
    }

    /// ``legalForms`` without their full stops, and the Swedish economic association's "upa" (*utan personligt
    /// ansvar*, also written "u p a" or "u.p.a.").
    private static let plainLegalForms = Set(legalForms.map { $0.filter { $0 != "." } }).union(["upa"])

    /// Roles that follow the controller's name and a copula in prose, folded and without punctuation.
    private static let copulaRoles: Set<String> = [
        "personuppgiftsansvarig", "personuppgiftsansvariga", "rekisterinpitaja", "rekisterinpitajana", "controller",
    ]

    /// The controller named with its role in a sentence (GDPR Art. 4(7), the controller): between a copula and the
    /// role ("För behandlingarna i tjänsten är Maria Exempel personuppgiftsansvarig") or before a copula and the
    /// role ("Esimerkki Oy on rekisterinpitäjä", "Esimerkki Oy toimii rekisterinpitäjänä", "Example Ltd is the data
    /// controller"). The name is one to six capitalised words; before a copula it must be two words or more, end in
    /// a legal form, or be one word with a capital inside it ("AetherLink is the data controller"), because a
    /// sentence's first word ("Yhdistys on rekisterinpitäjä") is capitalised anyway.
    static func nameWithRole(in text: String) -> String? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        let folded = words.map { TextFold.fold($0).trimmingSuffix { ").,;:".contains($0) } }
        guard let mark = folded.firstIndex(where: copulaRoles.contains), mark >= 2 else { return nil }
        func capitalisedRun(endingBefore end: Int) -> [Substring] {
            var run: [Substring] = []
            var end = end
            // A legal form in lower case ends the name: "… Fastighetsägarförening u p a", "… Esimerkki ry".
            for width in [3, 2, 1] where end - width >= 1 && run.isEmpty {
                let form = words[(end - width)..<end]
                guard width == 1 || form.allSatisfy({ $0.count <= 2 }) else { continue }
                let key = form.map { TextFold.fold($0).filter { $0 != "." } }.joined()
                if plainLegalForms.contains(key), words[end - width - 1].first?.isUppercase == true {
                    run = Array(form)
                    end -= width
                }
            }
            for word in words[..<end].reversed() {
                guard word.first?.isUppercase == true, run.count < 6, !word.hasSuffix(","), !word.hasSuffix(".")
                else { break }
                run.insert(word, at: 0)
            }
            return run
        }
        // Copula, name, role: "… är Maria Exempel personuppgiftsansvarig".
        var name = capitalisedRun(endingBefore: mark)
        let before = mark - name.count - 1
        if name.isEmpty || before < 0 || !["ar", "is", "on"].contains(folded[before]) { name = [] }
        if name.isEmpty {
            // Name, copula, role: "Esimerkki Oy on rekisterinpitäjä", "Example Ltd is the (data) controller",
            // "Esimerkki Oy toimii henkilötietojen rekisterinpitäjänä".
            var copula = mark - 1
            while copula > 0, ["the", "data", "henkilotietojen"].contains(folded[copula]) { copula -= 1 }
            guard ["on", "toimii", "is", "ar"].contains(folded[copula]) else { return nil }
            // A name defined as the speaker before the copula ("Esimerkki.fi ("me") toimii …") is a proper name
            // even as a single word: a sentence's first word is not defined so.
            let definedAsWe =
                copula >= 2 && words[copula - 1].hasPrefix("(")
                && BrandName.weWords.contains(TextFold.fold(words[copula - 1].filter(\.isLetter)))
            let run = capitalisedRun(endingBefore: definedAsWe ? copula - 1 : copula)
            let last = run.last.map { TextFold.fold($0).trimmingSuffix { ".,".contains($0) } } ?? ""
            // A single word with a capital inside it ("AetherLink is the data controller") is a proper name too: a
            // sentence's first word is capitalised only at its start.
            let innerCapital =
                run.count == 1 && run[0].dropFirst().contains(where: \.isUppercase)
                && run[0].contains(where: \.isLowercase) && run[0].allSatisfy { $0.isLetter || $0.isNumber }
            guard run.count >= 2 || legalForms.contains(last) || (definedAsWe && run.count == 1) || innerCapital
            else { return nil }
            name = run
        }
        let joined = name.joined(separator: " ")
        guard !name.isEmpty, PartyParser.isControllerName(joined), !joined.contains("@") else { return nil }
        return joined
    }

    /// Verbs, folded, whose subject in a notice is the party that collects or processes the data: "kerää",
    /// "käsittelee", "samlar (in)", "behandlar", "collects", "processes".
    private static let subjectVerbs: Set<String> = [
        "keraa", "kasittelee", "samlar", "behandlar", "collects", "processes",
    ]

    /// Words, folded, that close a public body's name as a legal form closes a firm's: "Helsingin kaupunki",
    /// "Esimerkin kunta", "Helsingfors stad", "Exempel kommun".
    private static let publicBodies: Set<String> = ["kaupunki", "kunta", "stad", "kommun"]

    /// Words, folded, that open a subordinate clause before the main clause's subject: "kun", "jos", "när", "om",
    /// "when", "if".
    private static let subordinators: Set<String> = ["kun", "jos", "nar", "om", "when", "if"]

    /// English auxiliaries before a verb of ``baseVerbs``: "will keep", "may process", "shall store".
    private static let auxiliaries: Set<String> = ["will", "may", "shall", "can"]
    /// English verbs of handling data in the base form, after an auxiliary: "will keep", "will collect".
    private static let baseVerbs: Set<String> = ["collect", "process", "keep", "store"]

    /// Verbs, folded, of keeping a register, whose subject is its controller when a register is their object:
    /// "ylläpitää", "pitää", "maintains", "keeps", "upprätthåller".
    private static let maintainVerbs: Set<String> = ["yllapitaa", "pitaa", "maintains", "keeps", "uppratthaller"]
    /// Stems, folded, of a register as the object of ``maintainVerbs``: "jäsenrekisteriä", "rekisterejä",
    /// "register", "registret".
    private static let registerWords = ["rekister", "register"]

    /// Words after which a clause starts whose subject can be the controller: "… beskriver hur Esimerkki AB samlar
    /// in …", "… explains how Example Ltd collects …".
    private static let clauseStarts: Set<String> = ["hur", "how", "miten", "kuinka"]

    /// The controller named as the subject of collecting or processing the data, or of its role, in a sentence
    /// (GDPR Art. 4(7): the controller determines the purposes and means of the processing), when nothing else names
    /// it. Taken only when every such sentence in the notice names the same party and its name is written again
    /// elsewhere in the notice (its title, its footer, another sentence), because a processor can be the subject of
    /// a sentence too ("Esimerkki Analytics Ltd käsittelee …").
    static func subjectName(in sections: [NoticeSection]) -> NoticeField? {
        var found: NoticeField?
        for block in sections.flatMap(\.blocks) {
            guard let subject = nameAsSubject(in: block.text) else { continue }
            if let earlier = found, TextFold.compact(earlier.value) != TextFold.compact(subject.name) { return nil }
            if found == nil {
                found = NoticeField(field: .name, value: subject.name, line: block.line, raw: block.text)
                if subject.withRole { return found }
            }
        }
        guard let name = found else { return nil }
        let key = TextFold.fold(name.value.prefix { $0 != " " })
        let texts = sections.flatMap { section in [section.heading ?? ""] + section.blocks.map(\.text) }
        let mentions = texts.reduce(0) { $0 + FoldedText($1).ranges(of: key, wordStart: true).count }
        return key.isEmpty || mentions < 2 ? nil : name
    }

    /// The name with a legal form that starts a sentence or a clause and is the subject of collecting or processing
    /// ("Esimerkki ry kerää ja käsittelee henkilötietoja …", "… hur Esimerkki AB, org. nr. …, samlar in …"), or of
    /// a copula and the controller's role after its identifiers and address in the same sentence ("Esimerkki AB,
    /// 556000-0000, c/o …, 302 64 Halmstad är personuppgiftsansvarig …"): the name and whether the role was written.
    static func nameAsSubject(in text: String) -> (name: String, withRole: Bool)? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        let folded = words.map { TextFold.fold($0).trimmingSuffix { "().,;:".contains($0) } }
        for start in words.indices {
            let opens =
                start == 0 || clauseStarts.contains(folded[start - 1])
                || (words[start - 1].hasSuffix(".") && folded[start - 1].count > 3)
                // After a subordinate clause and its comma: "Kun asioit kaupungin kanssa, Esimerkin kaupunki kerää
                // henkilötietoja …", "When you contact us, Example Ltd processes …".
                || (words[start - 1].hasSuffix(",") && subordinators.contains(folded[0]))
            guard opens, words[start].first?.isUppercase == true else { continue }
            // The name: capitalised words up to a legal form (which may be lower case: "ry"), at most six.
            var end = start
            while end < words.count, end - start < 6 {
                let word = words[end]
                // "&" joins the words of a name: "Esimerkki Fastighet & Konsult AB".
                let form = legalForms.contains(folded[end]) || (end > start && publicBodies.contains(folded[end]))
                guard word.first?.isUppercase == true || form || word == "&" else { break }
                end += 1
                if form || word.hasSuffix(",") || word.hasSuffix(".") { break }
            }
            let closesName = legalForms.contains(folded[end - 1]) || publicBodies.contains(folded[end - 1])
            guard end - start >= 2, closesName else { continue }
            let name = words[start..<end].joined(separator: " ").trimmingSuffix { ".,".contains($0) }
            guard PartyParser.isControllerName(name), !name.contains("@") else { continue }
            // Identifiers or a definition in parentheses after the name ("Esimerkki AB (org.nr. 556000-0000), som vi
            // här kallar …, behandlar …", "Example Ltd (the "Site", "we") collects …") are passed over like a comma.
            var detached = words[end - 1].hasSuffix(",")
            var after = end
            if end < words.count, words[end].hasPrefix("("),
                let close = words[end..<min(words.count, end + 24)].firstIndex(where: { $0.contains(")") })
            {
                after = close + 1
                detached = words[close].hasSuffix(",")
            }
            // Another name of the same party after a slash ("Esimerkki ry. / Teatteri Esimerkki ylläpitää …") is
            // passed over too.
            if !detached, after + 1 < words.count, words[after] == "/" {
                var next = after + 1
                while next < words.count, next - after <= 4, words[next].first?.isUppercase == true { next += 1 }
                if next > after + 1 { after = next }
            }
            if !detached {
                if after < words.count, subjectVerbs.contains(folded[after]) { return (name, false) }
                // An auxiliary before the verb: "Esimerkki ry will keep your membership information …", "… may
                // process …".
                if after + 1 < words.count, auxiliaries.contains(folded[after]),
                    subjectVerbs.contains(folded[after + 1]) || baseVerbs.contains(folded[after + 1])
                {
                    return (name, false)
                }
                // Keeping the register: "Esimerkki ry ylläpitää (seuraavia) rekisterejä", "… maintains the register".
                if after + 1 < words.count, maintainVerbs.contains(folded[after]),
                    folded[(after + 1)..<min(words.count, after + 4)].contains(where: { word in
                        registerWords.contains(where: word.contains)
                    })
                {
                    return (name, false)
                }
                // The copula and the role right after the name or its parentheses: "Esimerkki AB (org.nr:
                // 556000-0000) är personuppgiftsansvarig för …", "Esimerkki Oy on rekisterinpitäjä".
                if after + 1 < words.count, ["ar", "on", "is"].contains(folded[after]) {
                    var role = after + 1
                    while role < words.count, ["the", "data"].contains(folded[role]) { role += 1 }
                    if role < words.count, copulaRoles.contains(folded[role]) { return (name, true) }
                }
                continue
            }
            // Detached by a comma: its identifiers and address, then the verb or the role, in the same sentence.
            var index = after
            while index < min(words.count, end + 24) {
                if subjectVerbs.contains(folded[index]) { return (name, false) }
                if ["ar", "on", "is"].contains(folded[index]) {
                    var role = index + 1
                    while role < words.count, ["the", "data"].contains(folded[role]) { role += 1 }
                    if role < words.count, copulaRoles.contains(folded[role]) { return (name, true) }
                }
                let sentenceEnds =
                    words[index].hasSuffix(".") && folded[index].count > 3 && index + 1 < words.count
                    && words[index + 1].first?.isUppercase == true
                if sentenceEnds { break }
                index += 1
            }
        }
        return nil
    }

    /// The e-mail address written right after the controller's name, after a comma or an opening parenthesis
    /// ("… toimii Matti Esimerkki, matti@esimerkki.fi"), or `nil`.
    static func emailAfterName(_ name: String, in text: String) -> String? {
        guard !name.isEmpty, let range = text.firstRange(of: name) else { return nil }
        let rest = text[range.upperBound...].drop { " ,(:".contains($0) }
        let tokens = PartyTokens(String(rest))
        guard let first = tokens.tokens.first, first.field == .email, first.firstWord == 0 else { return nil }
        return first.value
    }

    /// The details written right after the controller's name in the sentence that names it, comma-separated or in
    /// parentheses, up to the sentence's end: "Personuppgiftsansvarig är Exempel AB, org.nr 556000-0000, Gatan 12,
    /// 111 22 Orten, info@exempel.se." gives the address and the e-mail. Only details that follow the name directly
    /// count: the first within four words of it, each next within three of the one before, and the words between
    /// them labels, numbers or capitalised ("org.nr 556000-0000"), never a clause ("…, joka käyttää palvelua …").
    static func detailsAfterName(_ name: String, in text: String) -> [PartyTokens.Token] {
        guard !name.isEmpty, let range = text.firstRange(of: name) else { return [] }
        let rest = text[range.upperBound...]
        guard let first = rest.first, [",", "(", " "].contains(first) else { return [] }
        // The sentence ends at a full stop followed by a capital, or at the end of the text.
        var end = rest.endIndex
        var index = rest.startIndex
        while index < rest.endIndex {
            let next = rest.index(after: index)
            if rest[index] == ".", next < rest.endIndex, rest[next] == " " || rest[next] == "\n" {
                let after = rest[next...].drop { $0 == " " || $0 == "\n" }
                if after.first?.isUppercase == true {
                    end = index
                    break
                }
            }
            index = next
        }
        let sentence = String(rest[..<end])
        let tokens = PartyTokens(sentence)
        let words = sentence.split(whereSeparator: { $0 == " " || $0 == "\n" })
        func isDetailWord(_ word: Substring) -> Bool {
            let core = word.filter { !",;:()".contains($0) }
            return core.isEmpty || core.contains(where: \.isNumber) || core.contains(".") || core.contains("-")
                || core.first?.isUppercase == true
        }
        var result: [PartyTokens.Token] = []
        var previous = -1
        for token in tokens.tokens {
            let gap = words[(previous + 1)..<min(token.firstWord, words.count)]
            guard gap.count <= (result.isEmpty ? 4 : 3), gap.allSatisfy(isDetailWord) else { break }
            result.append(token)
            previous = token.lastWord
        }
        return result
    }

    /// Words, folded, by which a title names the notice ("tietosuojaseloste", "integritetspolicy", "privacy").
    static let noticeTitleWords = [
        "tietosuoja", "seloste", "rekisteri", "integritet", "dataskydd", "personuppgift", "privacy", "policy",
        // "Esimerkki Oy:n Internet-sivujen yksityisyydensuoja", "yksityisyyskäytäntö".
        "yksityisyy",
    ]

    /// The controller named with a legal form in a heading that names the notice: in the genitive ("Esimerkki Oy:n
    /// asiakasrekisterin tietosuojaseloste", "Exempel AB:s integritetspolicy", "Example Ltd's Privacy Policy"), in the
    /// nominative right before a word that opens with the notice's ("Esimerkki ry rekisteriselosteet"), after
    /// a separator ("Tietosuojaseloste – Esimerkki Oy") or after "för", "of", "for" ("Integritetspolicy för Exempel
    /// AB"). Only a name ending in a legal form is taken: a title's brand may be a product's.
    static func titleName(in sections: [NoticeSection]) -> NoticeField? {
        for section in sections {
            guard let heading = section.heading.map(TextCleanup.collapse), TextCleanup.wordCount(heading) <= 14
            else { continue }
            let folded = TextFold.fold(heading)
            guard noticeTitleWords.contains(where: folded.contains) else { continue }
            let words = heading.split(separator: " ")
            // The genitive: "… Oy:n …", "… AB:s …", "… Ltd's …".
            for (index, word) in words.enumerated() {
                var stem = Substring(word)
                for ending in [":n", ":s", "'s", "’s"] where stem.hasSuffix(ending) {
                    stem = stem.dropLast(ending.count)
                    break
                }
                // Or the name in the nominative right before the notice's word: "Esimerkki ry rekisteriselosteet".
                let beforeNoticeWord =
                    stem.count == word.count && index + 1 < words.count
                    && noticeTitleWords.contains(where: TextFold.fold(words[index + 1]).hasPrefix)
                guard stem.count < word.count || beforeNoticeWord, legalForms.contains(TextFold.fold(stem)), index > 0
                else { continue }
                var start = index
                while start > 0, index - start < 6, words[start - 1].first?.isUppercase == true,
                    !noticeTitleWords.contains(where: TextFold.fold(words[start - 1]).contains)
                {
                    start -= 1
                }
                guard start < index else { continue }
                let name = (words[start..<index] + [stem]).joined(separator: " ")
                if let name = companyName(name) {
                    return NoticeField(field: .name, value: name, line: section.line, raw: heading)
                }
            }
            // A separator or a preposition between the notice and the name.
            let parts = TextCleanup.parts(of: heading, between: "|–—:", trimming: [" ", "-"])
            var candidates = parts.count == 2 ? parts : []
            for preposition in [" för ", " of ", " for "] {
                if let range = heading.firstRange(of: preposition) {
                    candidates.append(String(heading[range.upperBound...]))
                }
            }
            for candidate in candidates {
                let trimmed = String(candidate.drop { $0 == " " || $0 == "-" })
                guard !noticeTitleWords.contains(where: TextFold.fold(trimmed).contains),
                    let name = companyName(trimmed),
                    legalForms.contains(TextFold.fold(name.split(separator: " ").last ?? ""))
                else { continue }
                return NoticeField(field: .name, value: name, line: section.line, raw: heading)
            }
        }
        return nil
    }

    /// The controller in a byline of a date and a name with a legal form: "11.7.2024 — Esimerkki Group Oy",
    /// "Esimerkki Oy | päivitetty 1.2.2024". Only a short block qualifies, and only when no other source names the
    /// controller.
    static func bylineName(in sections: [NoticeSection]) -> NoticeField? {
        for block in sections.flatMap(\.blocks) where TextCleanup.wordCount(block.text) <= 10 {
            let parts = TextCleanup.parts(of: block.text, between: "—–|·", trimming: [" ", ",", "-"])
            guard parts.count == 2, let dateIndex = parts.firstIndex(where: isDateText) else { continue }
            if let name = companyName(parts[1 - dateIndex]) {
                return NoticeField(field: .name, value: name, line: block.line, raw: block.text)
            }
        }
        return nil
    }

    /// The controller in the page's identity line: a short line of parts between separators whose first part is a
    /// name with a legal form and whose other parts are places, details or labels, never prose ("Esimerkki Light
    /// Co. · Otaniemi, Finland · Erä 001", "Esimerkki Oy | Helsinki"). Every word of the name is capitalised, a legal
    /// form or a connector, so a credit ("Toteutus Esimerkki Oy", "Design by Example Ltd") is not one.
    static func identityLineName(in sections: [NoticeSection]) -> NoticeField? {
        for block in sections.flatMap(\.blocks) where TextCleanup.wordCount(block.text) <= 16 {
            for line in block.text.split(separator: "\n") {
                let parts = TextCleanup.parts(of: line, between: "—–|·•", trimming: [" ", ","]).filter { !$0.isEmpty }
                guard (2...5).contains(parts.count), let name = companyName(parts[0]) else { continue }
                let connectors: Set<String> = ["&", "ja", "och", "and"]
                let nameWords = name.split(separator: " ")
                guard
                    nameWords.allSatisfy({ word in
                        word.first?.isUppercase == true || connectors.contains(String(word))
                            || legalForms.contains(TextFold.fold(word).trimmingSuffix { ".,".contains($0) })
                    })
                else { continue }
                let rest = parts.dropFirst()
                let plain = rest.allSatisfy { part in
                    let words = part.split(separator: " ")
                    return words.count <= 6 && words.filter({ $0.first?.isLowercase == true }).count <= 1
                        && !part.hasSuffix(".")
                }
                guard plain else { continue }
                return NoticeField(field: .name, value: name, line: block.line, raw: block.text)
            }
        }
        return nil
    }

    /// Whether a text is a date, optionally after a word such as "päivitetty": "11.7.2024", "2024-07-11".
    private static func isDateText(_ text: String) -> Bool {
        guard let last = text.split(separator: " ").last, TextCleanup.wordCount(text) <= 3 else { return false }
        let numbers = last.split(whereSeparator: { $0 == "." || $0 == "-" || $0 == "/" })
        return numbers.count == 3
            && numbers.allSatisfy { !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCIIDigit) }
            && numbers.contains { $0.count == 4 }
    }

    /// Roles written in parentheses after the controller's name in prose, folded, without the closing parenthesis.
    private static let roleMarks: Set<String> = [
        "(rekisterinpitaja", "(rekisterinpitajana", "(personuppgiftsansvarig", "(controller", "(registrar",
    ]

    /// The name written just before its role in parentheses: "Sivustoa ylläpitää Joonas Niemenjoki
    /// (rekisterinpitäjä)." gives "Joonas Niemenjoki": the capitalised words (at most six) before the mark.
    static func nameBeforeRole(in text: String) -> String? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard
            let mark = words.firstIndex(where: {
                roleMarks.contains(TextFold.fold($0).trimmingSuffix { ").,;:".contains($0) })
            })
        else { return nil }
        var name: [Substring] = []
        for word in words[..<mark].reversed() {
            guard word.first?.isUppercase == true, name.count < 6 else { break }
            name.insert(word, at: 0)
        }
        let joined = name.joined(separator: " ")
        guard !name.isEmpty, PartyParser.isControllerName(joined), !joined.contains("@") else { return nil }
        return joined
    }

    /// The postal address written under the controller's name elsewhere in the notice, when its own section gives
    /// none: a line that is the name alone, then a line with an address ("Rekisteröity voi ottaa yhteyttä … alla
    /// olevaan osoitteeseen: / Esimerkki ry / c/o Maija Esimerkki, Esimerkkikatu 4, 33100 Tampere"). A care-of line
    /// is kept whole, as the controller section keeps it.
    static func addressAfterName(_ name: String, in sections: [NoticeSection]) -> NoticeField? {
        let key = TextFold.compact(name)
        guard !key.isEmpty else { return nil }
        var lines: [(text: String, line: Int)] = []
        for section in sections where !section.topics.contains(.complaint) {
            // A heading that is the name alone stands over its address as a line does ("<h3>Esimerkki AB</h3>"
            // over "<address>Gatan 1 …</address>" in a contact card).
            if let heading = section.heading { lines.append((TextCleanup.collapse(heading), section.line)) }
            for block in section.blocks {
                for (offset, line) in block.text.split(separator: "\n").enumerated() {
                    lines.append((TextCleanup.collapse(line), block.line + offset))
                }
            }
        }
        for index in lines.indices {
            // The name on a line of its own, the address on the next; or both on one line ("Esimerkki ry c/o …").
            // A second name line may stand between: the brand, then the registered name ("Esimerkki" / "Esimerkki
            // Hälsa AB" / "Gatan 1, 123 45 Orten").
            var next: (text: String, line: Int)
            var following: Int
            if TextFold.compact(lines[index].text) == key, index + 1 < lines.count {
                next = lines[index + 1]
                following = index + 2
                if index + 2 < lines.count, isSecondNameLine(next.text), PartyTokens(next.text).tokens.isEmpty,
                    PartyTokens(lines[index + 2].text).first(.address)?.firstWord == 0
                {
                    next = lines[index + 2]
                    following = index + 3
                }
            } else if lines[index].text.hasPrefix(name + " ") {
                // A separator may stand between: "Esimerkki Oy | Esimerkkitie 3 | 90100 Oulu".
                let rest = lines[index].text.dropFirst(name.count + 1).drop { " |·•–—-,".contains($0) }
                next = (String(rest), lines[index].line)
                following = index + 1
            } else {
                continue
            }
            let tokens = PartyTokens(next.text)
            guard let address = tokens.first(.address) else { continue }
            let careOf = TextFold.fold(tokens.namePart).hasPrefix("c/o ")
            guard careOf || address.firstWord == 0 else { continue }
            var value = careOf ? tokens.namePart + ", " + address.value : address.value
            // The postal code and town after a separator on the same line ("Esimerkkitie 3 | 90100 Oulu"): the next
            // token, an address that opens with its postal code.
            if !PartyTokens.hasPostalCode(value),
                let index = tokens.tokens.firstIndex(where: { $0 == address }), index + 1 < tokens.tokens.count,
                tokens.tokens[index + 1].field == .address, tokens.tokens[index + 1].firstWord <= address.lastWord + 2,
                PartyTokens.postalDigits(String(tokens.tokens[index + 1].value.prefix { $0 != " " })) != nil
            {
                value += ", " + tokens.tokens[index + 1].value
            }
            // A street on its own line, its postal code and town on the next: "Esimerkkikatu 4" / "33100 Tampere";
            // also a PO box whose number has five digits ("PL 34004" / "00330 Helsinki").
            let hasPostalCode = PartyTokens.hasPostalCode(value)
            if !hasPostalCode, following < lines.count, let postal = PartyTokens(lines[following].text).first(.address),
                postal.firstWord == 0,
                PartyTokens.postalDigits(String(postal.value.prefix { $0 != " " })) != nil
            {
                value += "\n" + postal.value
            }
            return NoticeField(field: .address, value: value, line: next.line, raw: next.text)
        }
        return nil
    }

    /// The e-mail address in the page's contact block that opens with the controller's name on a line of its own
    /// ("Esimerkki" / "Esimerkki Hälsa AB" / "Gatan 1, 123 45 Orten" / "info@esimerkki.se"), within the next four
    /// lines of the same section, or in a short paragraph that opens with the name and gives an address too, when
    /// nothing else gives the controller's e-mail.
    static func emailUnderName(_ name: String, in sections: [NoticeSection]) -> NoticeField? {
        let key = TextFold.compact(name)
        guard !key.isEmpty else { return nil }
        for section in sections where !section.topics.contains(.complaint) {
            let lines = section.blocks.flatMap { block in
                block.text.split(separator: "\n").enumerated().map { (TextCleanup.collapse($1), block.line + $0) }
            }
            for (index, line) in lines.enumerated() {
                // A Markdown paragraph joins a block's lines: then the line is short, opens with the name and gives
                // an address too ("Esimerkki Esimerkki Hälsa AB Gatan 1, 123 45 Orten info@esimerkki.se").
                if line.0.hasPrefix(name + " "), TextCleanup.wordCount(line.0) <= 25 {
                    let tokens = PartyTokens(line.0)
                    if tokens.first(.address) != nil, let email = tokens.first(.email) {
                        return NoticeField(field: .email, value: email.value, line: line.1, raw: line.0)
                    }
                }
                guard TextFold.compact(line.0) == key else { continue }
                for next in lines.dropFirst(index + 1).prefix(4) {
                    if let email = PartyTokens(next.0).first(.email) {
                        return NoticeField(field: .email, value: email.value, line: next.1, raw: next.0)
                    }
                }
            }
        }
        return nil
    }

    /// Whether a line under the controller's name can be its second name: two to six words, each capitalised or a
    /// legal form or a connector, no digit, no e-mail and no colon ("Esimerkki Hälsa AB", "Din Hälsa-Esimerkki").
    private static func isSecondNameLine(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return (1...6).contains(words.count) && !text.contains(where: \.isNumber) && !text.contains("@")
            && !text.contains(":") && PartyParser.isPersonName(text)
    }

    /// Whether a text labels a business ID ("Y-tunnus", "FO-nummer", "Business ID").
    private static func hasBusinessLabel(_ text: String) -> Bool {
        let folded = TextFold.fold(text)
        return ["y-tunnus", "ytunnus", "y tunnus", "fo-nummer", "business id", "org.nr", "organisationsnummer"]
            .contains(where: folded.contains)
    }

    /// The text when it is a short name with a legal form, else `nil`.
    static func companyName(_ text: String) -> String? {
        // "Rekisterinpitäjä Esimerkki Oy": the label without its colon is no part of the name.
        let unlabelled = PartyParser.withoutBareLabel(TextCleanup.collapse(text)) ?? text
        let name = TextCleanup.trimTrailing(TextCleanup.collapse(unlabelled), [" ", ",", ".", ";", "|", "-"])
        // A copyright line's mark and year are no part of the name ("© 2024 Esimerkki Oy · Y-tunnus …"): such a
        // line is read by ``copyrightName(_:)``.
        let opening = TextFold.fold(name)
        guard !name.contains("©"), !opening.hasPrefix("copyright"), !opening.hasPrefix("(c) ") else { return nil }
        let words = name.split(separator: " ").map { TextFold.fold($0).trimmingSuffix { ".,".contains($0) } }
        guard (2...8).contains(words.count), PartyParser.isControllerName(name), !name.contains("@"),
            let last = words.last, let first = words.first,
            legalForms.contains(last) || legalForms.contains(first)
        else { return nil }
        return name
    }

    /// The owner in a copyright line ("© 2024 Esimerkki Center. All Rights Reserved.") when nothing else names the
    /// controller and a heading of the notice names the same party ("Integritetspolicy för Esimerkki Center"): the
    /// brand that publishes the notice. A name without a legal form is taken only so, because a copyright line can
    /// name the site's designer.
    ///
    /// The same holds when the page writes the owner's name alone in a block of its own elsewhere, as a site writes
    /// its name in its header ("Esimerkki Center" over the menu, "© 2024 Esimerkki Center" in the footer); a web
    /// address's ending is ignored in that comparison ("© Esimerkki.fi 2023" under "Esimerkki"). A designer is
    /// credited in a line, not written alone as the site's name. Not when the notice has a controller's section:
    /// the controller is named there (a person, say) even when dsr could not read it, and the brand may be another.
    static func copyrightOwner(in sections: [NoticeSection]) -> NoticeField? {
        let headings = sections.compactMap(\.heading).map { FoldedText($0) }
        let blocks = sections.flatMap(\.blocks)
        let hasControllerSection = sections.contains { $0.topics.contains(.controller) }
        for block in blocks {
            for line in block.text.split(separator: "\n") {
                guard let owner = copyrightHolder(String(line)) else { continue }
                let key = TextFold.fold(owner)
                let site = siteKey(owner)
                let headed = headings.contains(where: { $0.contains(key, wordStart: true) })
                let standsAlone =
                    !hasControllerSection && !site.isEmpty
                    && blocks.contains { other in
                        other.line != block.line && !other.text.contains("©")
                            && TextCleanup.wordCount(other.text) <= 5 && siteKey(other.text) == site
                    }
                guard headed || standsAlone else { continue }
                return NoticeField(field: .name, value: owner, line: block.line, raw: block.text)
            }
        }
        return nil
    }

    /// A brand's name read without a legal form (from a copyright line, "© 2025 Esimerkki", or from prose) with the
    /// legal form the notice writes after the same name elsewhere ("Esimerkki AB ("vi", "oss") värnar om …"): the
    /// registered name is the controller's, the brand alone only a part of it. Taken only when the notice writes one
    /// such form; otherwise, or when the name has a form already, the name is kept.
    static func withLegalForm(_ name: NoticeField, in sections: [NoticeSection]) -> NoticeField {
        let key = name.value.split(separator: " ").map { TextFold.fold($0) }
        guard !key.isEmpty, !PartyParser.hasLegalForm(name.value) else { return name }
        let texts = sections.flatMap { section in [section.heading ?? ""] + section.blocks.map(\.text) }
        var forms: Set<String> = []
        for text in texts {
            let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
            guard words.count > key.count else { continue }
            for start in 0..<(words.count - key.count) {
                let span = words[start..<(start + key.count)]
                guard zip(span, key).allSatisfy({ TextFold.fold($0) == $1 }), span.last?.last?.isLetter == true
                else { continue }
                let form = words[start + key.count].trimmingSuffix { ".,;:)".contains($0) }
                if legalForms.contains(TextFold.fold(form)) { forms.insert(String(form)) }
            }
        }
        guard forms.count == 1, let form = forms.first else { return name }
        return NoticeField(field: .name, value: name.value + " " + form, line: name.line, raw: name.raw)
    }

    /// A name compacted for comparison without a web address's ending: "Esimerkki.fi" and "Esimerkki" give
    /// "esimerkki".
    static func siteKey(_ text: String) -> String {
        var trimmed = TextCleanup.collapse(text)
        for ending in [".fi", ".com", ".se", ".net", ".org", ".eu"] where trimmed.lowercased().hasSuffix(ending) {
            trimmed = String(trimmed.dropLast(ending.count))
            break
        }
        return TextFold.compact(trimmed)
    }

    /// The one to five capitalised words after "©" and a year, up to a full stop, a comma, a bar or a dash.
    static func copyrightHolder(_ text: String) -> String? {
        guard let mark = text.firstIndex(of: "©") else { return nil }
        var words = text[text.index(after: mark)...].split(separator: " ")
        // "© 2024 Copyright Esimerkki", "© Tekijänoikeus Esimerkki 2025", "© Upphovsrätt Exempel".
        let copyrightWords: Set<String> = ["copyright", "tekijanoikeus", "upphovsratt"]
        while let first = words.first, first.allSatisfy(\.isNumber) || copyrightWords.contains(TextFold.fold(first)) {
            words.removeFirst()
        }
        var name: [Substring] = []
        for word in words {
            let core = Substring(word.trimmingSuffix { ".,|".contains($0) })
            guard core.first?.isUppercase == true, !core.contains(where: \.isNumber), name.count < 5 else { break }
            name.append(core)
            if core.count != word.count { break }
        }
        return name.isEmpty ? nil : name.joined(separator: " ")
    }

    /// The owner named in a copyright line: "Copyright © RenoArt Oy 2023. Kotisivut toteuttanut …" gives
    /// "RenoArt Oy".
    static func copyrightName(_ text: String) -> String? {
        guard text.contains("©") || TextFold.fold(text).hasPrefix("copyright") else { return nil }
        var rest = Substring(text)
        if let mark = rest.firstIndex(of: "©") { rest = rest[rest.index(after: mark)...] }
        var words = rest.split(separator: " ").map(String.init)
        while let first = words.first,
            first.lowercased().hasPrefix("copyright") || first.allSatisfy(\.isNumber)
                || first == "-" || first == "–"
        {
            words.removeFirst()
        }
        var name: [String] = []
        for (index, word) in words.enumerated() {
            let core = word.trimmingSuffix { ".,|·•".contains($0) }
            // A separator between the owner and its details ends the name: "© 2024 Esimerkki Oy · Y-tunnus …".
            if core.allSatisfy(\.isNumber) || ["·", "•", "|", "–", "—", "-", "/"].contains(word) { break }
            name.append(core)
            if word.hasSuffix(".") && legalForms.contains(TextFold.fold(core)) { break }
            if word.hasSuffix(",") || word.hasSuffix("|") || word.hasSuffix("·") { break }
            // A legal form ends the name unless another follows ("Esimerkki Oy Ab").
            let next =
                index + 1 < words.count ? TextFold.fold(words[index + 1]).trimmingSuffix { ".,".contains($0) } : ""
            if legalForms.contains(TextFold.fold(core)), !legalForms.contains(next) { break }
        }
        return companyName(name.joined(separator: " "))
    }
}
