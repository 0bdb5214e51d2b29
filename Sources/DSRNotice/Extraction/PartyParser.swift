/// Reads the controllers, the contact person and the data protection officer from their sections.
///
/// A section body may be one run-together line (seeds 000–003: "Vemitek Oy 044 0219 914 anja.koivisto@…"),
/// labelled lines ("y-tunnus: 2934885-2", "Osoite: …"), or unlabelled lines (name, street, postal code). A second
/// controller starts when a new name line follows details of the first (a notice with joint controllers).
enum PartyParser {
    /// What a "Label: value" line gives.
    enum LabelKind: Equatable {
        case name, businessID, address, phone, email, contact, dataProtectionOfficer, website
    }

    /// The kind of a label, or `nil` when it is not a label dsr knows.
    static func labelKind(_ label: String) -> LabelKind? {
        let key = TextFold.compact(label)
        guard !key.isEmpty, label.count <= 60 else { return nil }
        if ["tietosuojavastaava", "dataskyddsombud", "dataprotectionofficer", "dpo"].contains(where: key.contains) {
            return .dataProtectionOfficer
        }
        if ["yhteyshenkilo", "kontaktperson", "contactperson", "vastuuhenkilo"].contains(where: key.contains) {
            return .contact
        }
        let exact: [LabelKind: Set<String>] = [
            .name: [
                "nimi", "namn", "name", "yritys", "toiminimi", "company", "foretag", "yrityksennimi",
                "rekisterinpitaja",
                "personuppgiftsansvarig", "controller", "datacontroller", "rekisterinpitajannimi",
            ],
            .businessID: [
                "ytunnus", "yritystunnus", "fonummer", "fonr", "organisationsnummer", "orgnr", "businessid",
                "businessidentitycode",
            ],
            .address: [
                "osoite", "postiosoite", "kayntiosoite", "katuosoite", "adress", "postadress", "besoksadress",
                "address", "postaladdress", "visitingaddress", "streetaddress", "postinumero", "postitoimipaikka",
                "postinumerojatoimipaikka", "postinumerojapostitoimipaikka", "postnummer", "postort", "postcode",
                "zipcode", "yhteystiedot", "kontaktuppgifter", "contactdetails", "contactinformation",
            ],
            .phone: [
                "puhelin", "puh", "p", "tel", "telefon", "telefonnummer", "phone", "gsm", "matkapuhelin",
                "puhelinnumero", "vaihde", "telephone",
            ],
            .email: [
                "sahkoposti", "spostiosoite", "sposti", "email", "epost", "emailaddress", "sahkopostiosoite",
                "epostadress",
            ],
            .website: ["kotisivut", "kotisivu", "www", "verkkosivut", "verkkosivu", "webbplats", "website", "hemsida"],
        ]
        if let kind = exact.first(where: { $0.value.contains(key) })?.key { return kind }
        // "Yhdistyksen nimi", "Yrityksen nimi", "Organisationens namn": a name label, unless it names the register.
        // A name with a remark in parentheses ("Esimerkki (Esimerkki Oy:n aputoiminimi)") is a name, not a label.
        let registerWords = ["rekisteri", "register", "registr"]
        // "Company name", "Business name", "Organisation name", "Legal name": the English party's name label.
        let partyNouns = ["company", "business", "organisation", "organization", "legal", "registered", "entity"]
        if key.hasSuffix("name"), partyNouns.contains(String(key.dropLast(4))), TextCleanup.wordCount(label) <= 2 {
            return .name
        }
        if ["nimi", "namn"].contains(where: key.hasSuffix) || key.hasSuffix("sname"),
            !registerWords.contains(where: key.contains), TextCleanup.wordCount(label) <= 3,
            !label.contains("("), !label.contains(")")
        {
            return .name
        }
        return nil
    }

    /// Splits "Label: value" when the label is known.
    static func labelled(_ text: String) -> (kind: LabelKind, value: String)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        guard let kind = labelKind(String(text[..<colon])) else { return nil }
        return (kind, TextCleanup.collapse(text[text.index(after: colon)...]))
    }

    /// Lead-ins that precede the controller's name in prose.
    private static let leadIns = [
        "rekisterinpitajana toimii ", "rekisterinpitajina toimivat ", "rekisterinpitaja on ", "rekisterinpitajana on ",
        "rekisterinpitajana seka yhteyshenkilona toimii ", "rekisterinpitajana ja yhteyshenkilona toimii ",
        "rekisterinpitajana ",
        "personuppgiftsansvarig ar ", "personuppgiftsansvarig for registret ar ", "the data controller is ",
        "the controller is ", "controller is ",
    ]

    /// Removes a lead-in such as "Rekisterinpitäjänä toimii".
    static func stripLeadIn(_ text: String) -> String {
        if let rest = withoutBareLabel(text) { return rest }
        let folded = FoldedText(text)
        for leadIn in leadIns {
            let bytes = Array(leadIn.utf8)
            guard folded.bytes.count > bytes.count, folded.bytes.starts(with: bytes) else { continue }
            let start = folded.scalarIndex(ofByte: bytes.count)
            return String(String.UnicodeScalarView(folded.scalars[start...]))
        }
        // "Tämän verkkosivuston rekisterinpitäjänä toimii Esimerkki Oy (y-tunnus: …). …": the lead-in after a few
        // words saying what is controlled; the subject after it, capitalised, is the controller.
        if let range = folded.firstRange(ofAny: midLeadIns, wordStart: true), range.lowerBound > 0 {
            let before = String(decoding: folded.bytes[..<range.lowerBound], as: UTF8.self)
            let start = folded.scalarIndex(ofByte: range.upperBound)
            let rest = String(String.UnicodeScalarView(folded.scalars[start...]))
            if TextCleanup.wordCount(before) <= 4, !before.contains(where: { ".:;!?()".contains($0) }),
                rest.first?.isUppercase == true
            {
                return rest
            }
        }
        return text
    }

    /// The name after a controller's label written without its colon, when a capitalised name with its legal form
    /// follows on the same line ("Rekisterinpitäjä Lapin Esimerkki Oy" gives "Lapin Esimerkki Oy"), else `nil`.
    static func withoutBareLabel(_ text: String) -> String? {
        let folded = FoldedText(text)
        for label in bareLabels {
            let bytes = Array(label.utf8)
            guard folded.bytes.count > bytes.count, folded.bytes.starts(with: bytes) else { continue }
            let start = folded.scalarIndex(ofByte: bytes.count)
            let rest = String(String.UnicodeScalarView(folded.scalars[start...]))
            if rest.first?.isUppercase == true, !rest.contains(":"), hasLegalForm(rest) { return rest }
        }
        return nil
    }

    /// Whether a label names a service by its name and a service noun, at most three words: "Esimerkki verkkopalvelu",
    /// "Esimerkki-sovellus", "Example service", "Exempel app".
    static func isServiceLabel(_ label: String) -> Bool {
        let words = label.split(separator: " ")
        guard (1...3).contains(words.count), words.first?.first?.isUppercase == true, let last = words.last else {
            return false
        }
        let key = TextFold.fold(last)
        return ["verkkopalvelu", "palvelu", "sovellus", "service", "app", "tjanst", "webbtjanst", "tjansten"]
            .contains(where: key.hasSuffix)
    }

    /// A controller's labels, folded, that a line may give without a colon before the name.
    private static let bareLabels = [
        "rekisterinpitaja ", "personuppgiftsansvarig ", "data controller ", "controller ",
    ]

    /// Lead-ins whose subject is the controller also after a few words ("Tämän sivuston rekisterinpitäjänä toimii").
    private static let midLeadIns = [
        "rekisterinpitajana toimii ", "rekisterinpitajina toimivat ",
        // "Palvelun tarjoaa ja rekisteriä ylläpitää Esimerkki Oy": the register's keeper after a few words.
        "rekisteria yllapitaa ", "rekisterin yllapitaja on ", "palvelua yllapitaa ", "sivustoa yllapitaa ",
    ]

    /// Nouns of a role that close a heading line about a person, not a name ("Tutkimuksesta vastaava henkilö",
    /// "Rekisteriasioiden yhteyshenkilö").
    private static let roleNouns: Set<String> = [
        "henkilo", "henkilot", "yhteyshenkilo", "yhteyshenkilot", "vastuuhenkilo", "kontaktperson", "kontaktpersoner",
    ]

    /// Nouns of the party that keeps or owns a site or service, folded: "ylläpitäjä", "omistaja", "owner".
    private static let keeperNouns: Set<String> = [
        "yllapitaja", "omistaja", "julkaisija", "agare", "utgivare", "owner", "maintainer", "operator", "publisher",
    ]

    /// Whether a line names the keeper of a site or service rather than someone: up to four words, all but the
    /// first in lower case, the last a keeper's noun ("Sivuston ylläpitäjä", "Palvelun omistaja", "Site owner").
    static func isKeeperPhrase(_ text: String) -> Bool {
        let words = TextCleanup.trimTrailing(TextCleanup.collapse(text), [":", " "]).split(separator: " ")
        guard (1...4).contains(words.count), let last = words.last, keeperNouns.contains(TextFold.compact(last)),
            words.dropFirst().allSatisfy({ $0.first?.isLowercase == true })
        else { return false }
        return true
    }

    /// Whether a line names a role rather than someone: up to five words, all but the first in lower case, the last
    /// a noun of a role ("Tutkimuksesta vastaava henkilö"). The person who holds the role follows it; that person is
    /// not the controller.
    static func isRolePhrase(_ text: String) -> Bool {
        let words = TextCleanup.trimTrailing(TextCleanup.collapse(text), [":", " "]).split(separator: " ")
        guard (1...5).contains(words.count), let last = words.last,
            roleNouns.contains(TextFold.compact(last)),
            words.dropFirst().allSatisfy({ $0.first?.isLowercase == true })
        else { return false }
        return true
    }

    /// Whether a labelled value that is not a well-formed e-mail address or phone number can still be one, written
    /// in another way ("info (at) esimerkki.fi", "09-123 45 67 / vaihde"). A value with no "@" or "at" in it, or
    /// with fewer than five digits, is another label or text: "Sähköposti: {CONTACT_EMAIL}" in a React page whose
    /// constant is dropped leaves "Sähköposti: Puhelin / WhatsApp:", which is not an e-mail address.
    static func couldBe(_ field: ProfileField, _ value: String) -> Bool {
        let trimmed = TextCleanup.collapse(value)
        guard !trimmed.isEmpty, !trimmed.hasSuffix(":") else { return false }
        // "Sähköpostiosoite on muotoa etunimi.sukunimi@esimerkki.fi": a pattern, not an address.
        if field == .email,
            trimmed.split(separator: " ").contains(where: { PartyTokens.isPatternAddress(String($0)) })
        {
            return false
        }
        if field == .phone { return trimmed.filter(\.isNumber).count >= 5 }
        let folded = " " + TextFold.fold(trimmed) + " "
        return ["@", "(at)", "[at]", "{at}", "(ät)", "[ät]", " at ", "(a)", "miukumauku"]
            .contains(where: folded.contains)
    }

    /// Whether a name part is plausibly a controller's name rather than prose.
    ///
    /// Names are long ("Oskillaatio – Helsingin yliopiston fysikaalisten tieteiden alumnit ry"), carry abbreviations
    /// and initials ("Teknologföreningen r.f.", "Tmi S. Virmasalo") and slashes ("Visiosto Oy / Asiakasrekisteri"):
    /// up to 20 words, and ". " only after an abbreviation or an initial (a word of at most three letters, or one
    /// with a dot inside). A colon or a full sentence is prose.
    /// A sentence ("… on sitoutunut varmistamaan, että … käsitellään lainmukaisesti.") is not a name: it ends with a
    /// full stop after a long word; and more than 12 words make a name only when most of them are capitalised.
    static func isControllerName(_ text: String) -> Bool {
        // The legal form "T:mi" (*toiminimi*, a sole trader's trade name) is written with a colon that is no label's.
        var unlabelled = text.replacing("T:mi", with: "Tmi").replacing("t:mi", with: "tmi")
        // A remark in parentheses may carry its own label, one word in lower case: "Tmi Esimerkki (aputoiminimi:
        // Esimerkki Studio)"; a template's note ("(TODO: virallinen muoto)") keeps its colon.
        while let open = unlabelled.firstIndex(of: "("), let close = unlabelled[open...].firstIndex(of: ")"),
            let colon = unlabelled[open..<close].firstIndex(of: ":"),
            unlabelled[unlabelled.index(after: open)..<colon].allSatisfy(\.isLowercase)
        {
            unlabelled.removeSubrange(open...close)
        }
        // A copyright mark opens a footer's line, never a name ("© 2024 Esimerkki Oy").
        guard !text.isEmpty, text.count <= 160, !unlabelled.contains(":"), !text.contains("©"),
            TextCleanup.wordCount(text) <= 20, text.unicodeScalars.contains(where: { $0.properties.isAlphabetic })
        else { return false }
        let words = text.split(separator: " ")
        // A template's word for the kind of party where its name belongs ("Yritys", "Company", "Yrityksen nimi").
        if genericNames.contains(TextFold.compact(text)) { return false }
        // A parenthesis left open is a line cut in the middle of a sentence, not a name with a remark ("Esimerkit
        // (henkilötietojen käsittelijät, jotka toimivat" before the rest of the sentence on the next line).
        if text.filter({ $0 == "(" }).count > text.filter({ $0 == ")" }).count { return false }
        // A copula makes a sentence, not a name: "Esimerkki är verksamhetsnamn inom Exempel Aktiebolag, …".
        if words.contains(where: { copulas.contains($0.lowercased()) }) { return false }
        for word in words where word.hasSuffix(".") {
            let core = word.dropLast()
            let isAbbreviation = core.count <= 3 || core.contains(".")
            if !isAbbreviation { return false }
        }
        if words.count > 12 {
            let capitalised = words.filter { $0.first?.isUppercase == true }.count
            if capitalised * 2 < words.count { return false }
        }
        // A sentence cut without its full stop ("Tietosuojaan liittyvissä asioissa voit olla yhteydessä"): three or
        // more words in lower case of three letters or more that are no genitive (a name's lower-case words qualify
        // its head noun: "Suomen matemaattisen yhdistyksen valmennusjaos"), no connector and no legal form ("u p
        // a"), in a text without a legal form.
        let connectors: Set<String> = ["ja", "och", "and", "&", "/", "-", "–", "of", "for", "för", "i", "av", "the"]
        let plain = words.filter { word in
            word.count >= 3 && word.first?.isLowercase == true && !word.hasSuffix("n")
                && !connectors.contains(String(word))
                && !FallbackParty.legalForms.contains(TextFold.fold(word).trimmingSuffix { ".,".contains($0) })
        }
        if plain.count >= 3, !hasLegalForm(text), !endsWithShortName(text) { return false }
        return true
    }

    /// Whether a name closes with its short name in parentheses, one capitalised word: "Centralen för statligt stött
    /// bostadsbyggande (Varke)", "Esimerkkikeskus (ESK)". An agency's lower-case words qualify its head noun then.
    static func endsWithShortName(_ text: String) -> Bool {
        let trimmed = TextCleanup.collapse(text)
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else { return false }
        let short = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        return (2...12).contains(short.count) && short.first?.isUppercase == true
            && short.allSatisfy { $0.isLetter || $0 == "-" }
    }

    /// A person's name followed by their role after a comma, on a line of its own in the controller's section:
    /// "Matti Esimerkki, sovelluksen ylläpitäjä." gives "Matti Esimerkki". The name is two or three capitalised
    /// words without a legal form; the role is up to eight words that start in lower case, with no digit or e-mail.
    static func personAndRole(_ text: String) -> String? {
        let line = TextCleanup.collapse(text)
        guard let comma = line.firstIndex(of: ",") else { return nil }
        let person = String(line[..<comma])
        let role = line[line.index(after: comma)...].drop { $0 == " " }
        let personWords = person.split(separator: " ")
        guard (2...3).contains(personWords.count), isPersonName(person), !hasLegalForm(person),
            personWords.allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "-" } }),
            role.first?.isLowercase == true, !role.contains(where: \.isNumber), !role.contains("@"),
            !role.contains(","), (1...8).contains(role.split(separator: " ").count)
        else { return nil }
        return person
    }

    /// Words, folded, that name a trade name: "verksamhetsnamn", "bifirma", "aputoiminimi", "trade name".
    private static let tradeNameWords = [
        "verksamhetsnamn", "bifirma", "varumarke", "aputoiminimi", "rinnakkaistoiminimi", "toiminimi", "tradename",
        "brand",
    ]

    /// The firm that owns the trade name a sentence names: "Esimerkki är verksamhetsnamn inom Exempel Aktiebolag"
    /// and "Esimerkki is a trade name of Example Ltd" give the firm after the preposition, "Esimerkki on Esimerkki
    /// Oy:n aputoiminimi" the firm in the genitive. Only a firm with a legal form is taken.
    static func tradeNameOwner(_ text: String) -> String? {
        let words = TextCleanup.collapse(text).split(separator: " ")
        let folded = words.map { TextFold.fold($0).filter { $0.isLetter } }
        guard let copula = folded.firstIndex(where: { ["ar", "on", "is"].contains($0) }), copula >= 1 else {
            return nil
        }
        var index = copula + 1
        if index < words.count, ["ett", "en", "a", "an", "the"].contains(folded[index]) { index += 1 }
        // "Esimerkki Oy:n aputoiminimi": the owner in the genitive before the word.
        if let trade = folded[index...].firstIndex(where: { word in tradeNameWords.contains(where: word.hasPrefix) }),
            trade > index, words[trade - 1].hasSuffix(":n")
        {
            let owner = (words[index..<(trade - 1)] + [words[trade - 1].dropLast(2)]).joined(separator: " ")
            return isControllerName(owner) && hasLegalForm(owner) ? owner : nil
        }
        guard index < words.count,
            tradeNameWords.contains(where: folded[index].hasPrefix)
                || (folded[index] == "trade" && index + 1 < words.count && folded[index + 1] == "name")
        else { return nil }
        index += 1
        // "trade name of", "verksamhetsnamn inom/för/till".
        if index < words.count, folded[index] == "name" { index += 1 }
        guard index < words.count, ["inom", "for", "till", "av", "of", "within", "owned"].contains(folded[index]) else {
            return nil
        }
        index += 1
        if index < words.count, folded[index] == "by" { index += 1 }
        var owner: [Substring] = []
        for word in words[index...] {
            owner.append(Substring(word.trimmingSuffix { ",.;".contains($0) }))
            if word.hasSuffix(",") || word.hasSuffix(";") || owner.count >= 6 { break }
        }
        let name = owner.joined(separator: " ")
        return isControllerName(name) && hasLegalForm(name) ? name : nil
    }

    /// Whether a line is a street's name alone, without a house number: one to three capitalised words of letters
    /// that end in a street-type word ("Esimerkkitori", "Vanha Esimerkintie").
    static func isStreetWithoutNumber(_ text: String) -> Bool {
        let words = TextCleanup.trimTrailing(TextCleanup.collapse(text), [",", " "]).split(separator: " ")
        guard (1...3).contains(words.count), words.allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "-" } }),
            words.first?.first?.isUppercase == true, let last = words.last
        else { return false }
        return PartyTokens.hasStreetWord(String(last)) && !hasLegalForm(text)
    }

    /// Whether a line opens with a Finnish postal code and a town ("00100 Helsinki").
    static func startsWithPostalCode(_ text: String) -> Bool {
        let words = TextCleanup.collapse(text).split(separator: " ")
        guard words.count >= 2, PartyTokens.postalDigits(String(words[0])) != nil else { return false }
        return words[1].first?.isUppercase == true
    }

    /// Whether a name carries a legal form ("Esimerkki Oy", "Exempel AB", "T:mi Esimerkki").
    static func hasLegalForm(_ name: String) -> Bool {
        name.split(separator: " ").contains { word in
            FallbackParty.legalForms.contains(TextFold.fold(word).trimmingSuffix { ".,;:".contains($0) })
        }
    }

    /// Words, compact, that name the kind of party rather than the party: a template's "Yritys Y-tunnus: …" leaves
    /// the company unnamed.
    private static let genericNames: Set<String> = [
        "yritys", "yrityksennimi", "yhdistys", "yhdistyksennimi", "organisaatio", "yhteiso", "nimi", "company",
        "companyname", "organisation", "organization", "foretag", "foretaget", "foretagetsnamn", "forening",
        "firma", "namn", "name",
    ]

    /// Copulas, which a name never contains: a text with one is a sentence ("Esimerkki är verksamhetsnamn inom …",
    /// "Esimerkki on rekisterinpitäjä", "Example is the controller").
    private static let copulas: Set<String> = ["är", "on", "ovat", "is", "are"]

    /// Whether a labelled address names only places: at most three comma-separated parts of one to three
    /// capitalised words, no digit and no street-type word ("Jyväskylä, Suomi", "Helsinki, Finland").
    static func isPlaceOnly(_ value: String) -> Bool {
        let parts = TextCleanup.trimTrailing(value, [".", ",", " "]).split(separator: ",")
        guard (1...3).contains(parts.count), !value.contains(where: \.isNumber), !PartyTokens.hasStreetWord(value)
        else { return false }
        return parts.allSatisfy { part in
            let words = part.split(separator: " ")
            return (1...3).contains(words.count)
                && words.allSatisfy { $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "-" } }
        }
    }

    /// Countries that may close a controller's line after its town ("…, Posio, Finland.").
    private static let countries: Set<String> = [
        "suomi", "finland", "sverige", "sweden", "ruotsi", "norge", "norway", "norja", "danmark", "denmark", "tanska",
        "eesti", "estonia", "viro", "deutschland", "germany", "saksa", "usa", "united states", "united kingdom",
    ]

    /// Whether a line gives only a country ("Finland", "Suomi."), as the last line of a postal address: no name.
    static func isCountryOnly(_ text: String) -> Bool {
        countries.contains(TextFold.fold(TextCleanup.trimTrailing(TextCleanup.collapse(text), [".", ",", " "])))
    }

    /// A controller's line that gives its name and then the places of its address, comma-separated, with or without
    /// a closing full stop: "Lapin Esimerkki, Esimerkin tila, Posio." gives the name "Lapin Esimerkki" and the
    /// address "Esimerkin tila, Posio"; "Esimerkki ry, Helsinki" the name alone (a town is no postal address). The
    /// line ends in a town (one capitalised word) or a town and a country; each part is at most three words and the
    /// name is a controller's name, so a sentence is never split so.
    static func nameAndPlaces(_ text: String) -> (name: String, address: String?)? {
        let line = TextCleanup.trimTrailing(TextCleanup.collapse(text), [".", " "])
        let parts = line.split(separator: ",").map { TextCleanup.collapse($0) }
        guard (2...4).contains(parts.count), TextCleanup.wordCount(line) <= 10 else { return nil }
        var places = Array(parts.dropFirst())
        if places.count >= 2, let last = places.last, countries.contains(TextFold.fold(last)) {
            places.removeLast()
        }
        func isTown(_ part: String) -> Bool {
            !part.contains(" ") && part.first?.isUppercase == true && part.allSatisfy { $0.isLetter || $0 == "-" }
        }
        let name = parts[0]
        guard !line.contains(",,"), let town = places.last, isTown(town), name.first?.isUppercase == true,
            !name.contains(where: \.isNumber), !name.hasSuffix("."), isControllerName(name),
            places.allSatisfy({ part in
                let words = part.split(separator: " ")
                return (1...3).contains(words.count) && words.first?.first?.isUppercase == true
            })
        else { return nil }
        let address = parts.dropFirst().joined(separator: ", ")
        return (name, isPlaceOnly(address) ? nil : address)
    }

    /// Whether a name part is plausibly a person's name or a role ("Sasu Mikkola", "Asiakaspalvelu").
    static func isPersonName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard !words.isEmpty, words.count <= 6, !text.contains(":"), !text.hasSuffix("."),
            !text.contains(where: \.isNumber)
        else { return false }
        let connectors: Set<String> = ["ja", "och", "and", "/", "&", "-", "von", "af", "de", "van", "der"]
        return words.allSatisfy { word in
            connectors.contains(String(word)) || word.first?.isUppercase == true
        }
    }

    /// The controllers named in a controller section.
    static func controllers(in section: NoticeSection) -> [PartyEntry] {
        var entries = [PartyEntry()]
        var lastAddressBlock = -2
        // After a line naming a role ("Tutkimuksesta vastaava henkilö"), a name is the role holder's.
        var roleSeen = false

        func current(_ body: (inout PartyEntry) -> Void) {
            body(&entries[entries.count - 1])
        }

        func apply(_ tokens: PartyTokens, block: NoticeBlock, index: Int) {
            for token in tokens.tokens {
                switch token.field {
                case .businessID:
                    if let id = BusinessIDCheck.validated(token.value) {
                        current { $0.set(.businessID, id, line: block.line, raw: block.text) }
                    } else {
                        current { $0.addInvalidBusinessID(token.value, line: block.line, raw: block.text) }
                    }
                case .address:
                    if lastAddressBlock == index - 1, entries[entries.count - 1][.address] != nil {
                        current { $0.appendAddress(token.value, line: block.line, raw: block.text) }
                    } else {
                        current { $0.set(.address, token.value, line: block.line, raw: block.text) }
                    }
                    lastAddressBlock = index
                case .phone, .email:
                    current { $0.set(token.field, token.value, line: block.line, raw: block.text) }
                case .name, .contactPerson, .contactDetails, .dataProtectionOfficer, .registerName, .noticeDate,
                    .purposes, .legalBasis, .dataCategories, .sources, .recipients, .transfers, .retention,
                    .automatedDecisions, .authorityAsQuoted:
                    break  // PartyTokens finds only IDs, addresses, phones and e-mail addresses.
                }
            }
        }

        func startName(_ name: String, block: NoticeBlock) {
            guard !roleSeen else { return }
            if entries[entries.count - 1][.name] != nil {
                guard entries[entries.count - 1].hasDetails else { return }
                entries.append(PartyEntry())
            }
            current { $0.set(.name, name, line: block.line, raw: block.text) }
        }

        let blocks = labelsJoined(section.blocks)
        for (index, block) in blocks.enumerated() {
            var text = stripLeadIn(block.text)
            if text != block.text, text.first?.isLowercase == true {
                // Words saying what the controller is, before its name ("The controller is the sole trader Anna
                // Esimerkki", "Rekisterinpitäjä on yksityishenkilö Matti Esimerkki"), are no part of the name.
                let words = text.split(separator: " ")
                if let capital = words.prefix(5).firstIndex(where: { $0.first?.isUppercase == true }),
                    let range = text.firstRange(of: words[capital])
                {
                    text = String(text[range.lowerBound...])
                } else if PartyTokens(text).tokens.isEmpty {
                    // A lead-in on a line of its own ("Rekisterinpitäjänä toimii", the name on the next line) names
                    // no one.
                    continue
                }
            }
            // "Palvelun ylläpitäjä: Matti Esimerkki, matti@…" in the controller's section: the keeper's label over
            // the controller, as on a line of its own.
            if let colon = text.firstIndex(of: ":"), isKeeperPhrase(String(text[..<colon])),
                labelled(text) == nil
            {
                text = TextCleanup.collapse(text[text.index(after: colon)...])
            }
            // "Esimerkki verkkopalvelu: Esimerkki Oy" in the controller's section: the service's name as a label over
            // the firm with its legal form, which is the controller.
            if let colon = text.firstIndex(of: ":"), labelled(text) == nil,
                isServiceLabel(String(text[..<colon]))
            {
                let value = TextCleanup.collapse(text[text.index(after: colon)...])
                let name = PartyTokens(value).namePart
                if hasLegalForm(name), isControllerName(name) { text = value }
            }
            if let (kind, value) = labelled(text) {
                let tokens = PartyTokens(value)
                switch kind {
                case .website: continue
                case .name:
                    let name = tokens.namePart
                    if isControllerName(name) { startName(name, block: block) }
                    apply(tokens, block: block, index: index)
                case .address:
                    // "Yhteystiedot: info@esimerkki.fi": a contact label over only an e-mail or phone is not an
                    // address; nor is "Yhteystiedot: Esimerkki Oy (y-tunnus: 1234567-8)", a name with an ID.
                    if tokens.first(.address) == nil, !tokens.tokens.isEmpty {
                        let name = tokens.namePart
                        if !name.isEmpty, entries[entries.count - 1][.name] == nil, isControllerName(name) {
                            startName(name, block: block)
                        }
                        apply(tokens, block: block, index: index)
                        continue
                    }
                    // "Osoite: Jyväskylä, Suomi": a town and a country are not a postal address, unless they
                    // continue one ("Postitoimipaikka: HELSINKI" after the street and the postal code).
                    let continues = lastAddressBlock == index - 1 && entries[entries.count - 1][.address] != nil
                    if tokens.tokens.isEmpty, !continues, isPlaceOnly(value) { continue }
                    // "Adress: [Adress]": a template's placeholder is no address.
                    if tokens.tokens.isEmpty, isPlaceholder(value) { continue }
                    if lastAddressBlock == index - 1, entries[entries.count - 1][.address] != nil {
                        current { $0.appendAddress(value, line: block.line, raw: block.text) }
                    } else {
                        current { $0.set(.address, value, line: block.line, raw: block.text) }
                    }
                    lastAddressBlock = index
                case .businessID:
                    if tokens.first(.businessID) == nil, !value.isEmpty, !isSwedishOrganisationNumber(value),
                        !BusinessIDCheck.isRemark(value), !BusinessIDCheck.isLetterPlaceholder(value),
                        !BusinessIDCheck.isUnfilled(value)
                    {
                        current { $0.addInvalidBusinessID(value, line: block.line, raw: block.text) }
                    }
                    apply(tokens, block: block, index: index)
                case .phone, .email:
                    let field: ProfileField = kind == .phone ? .phone : .email
                    if tokens.first(field) == nil, Self.couldBe(field, value) {
                        current { $0.set(field, value, line: block.line, raw: block.text) }
                    }
                    apply(tokens, block: block, index: index)
                case .contact:
                    if let (name, rest) = personAndRest(tokens) {
                        current { $0.set(.contactPerson, name, line: block.line, raw: block.text) }
                        current { $0.set(.contactDetails, rest, line: block.line, raw: block.text) }
                    } else {
                        current { $0.set(.contactDetails, value, line: block.line, raw: block.text) }
                    }
                case .dataProtectionOfficer:
                    let name = tokens.namePart.isEmpty ? value : tokens.namePart
                    if isPersonName(name) || isControllerName(name) {
                        current { $0.set(.dataProtectionOfficer, name, line: block.line, raw: block.text) }
                    }
                }
                continue
            }
            let tokens = PartyTokens(text)
            let name = tokens.namePart
            if tokens.tokens.isEmpty, isRolePhrase(text) {
                roleSeen = true
                continue
            }
            // A line naming the site's keeper or owner ("Sivuston ylläpitäjä", "Site owner") heads the party who is
            // the controller: it is no name, and the name after it is the controller's.
            if tokens.tokens.isEmpty, isKeeperPhrase(text) { continue }
            // A VAT number ("ALV (VAT) FI20672322", "Momsregistreringsnummer SE…") and the page's web address
            // ("www.esimerkki.fi") close a controller's block; neither is a name.
            if tokens.tokens.isEmpty, isVATNumber(text) || isWebAddress(text) { continue }
            // "Finland" on a line of its own closes a postal address: a country is no controller's name.
            if tokens.tokens.isEmpty, isCountryOnly(text) { continue }
            // "c/o Antti Esimerkki, Sammonkatu 12 B 28, 00100 HELSINKI": a care-of line is part of the address.
            let careOf = TextFold.fold(name).hasPrefix("c/o ") && tokens.tokens.first?.field == .address
            if tokens.startsWithAddressLine || careOf, entries[entries.count - 1][.name] != nil,
                let first = tokens.tokens.first
            {
                let line = name + ", " + first.value
                if lastAddressBlock == index - 1, entries[entries.count - 1][.address] != nil {
                    current { $0.appendAddress(line, line: block.line, raw: block.text) }
                } else {
                    current { $0.set(.address, line, line: block.line, raw: block.text) }
                }
                lastAddressBlock = index
                apply(tokens.droppingFirstToken(), block: block, index: index)
                continue
            }
            // A street line without a street-type word, after the name or the party's business ID (a template's
            // "Yritys Y-tunnus: …" names no one): an address, not a second controller.
            let party = entries[entries.count - 1]
            let identified = party[.name] != nil || party[.businessID] != nil || !party.invalidBusinessIDs.isEmpty
            // So is a street without a house number ("Esimerkkitori", a square) on the line before the postal code.
            let streetBeforePostalCode =
                index + 1 < blocks.count && Self.isStreetWithoutNumber(text)
                && Self.startsWithPostalCode(blocks[index + 1].text)
            if tokens.tokens.isEmpty, PartyTokens.looksLikeStreetLine(text) || streetBeforePostalCode, identified,
                party[.address] == nil
            {
                current {
                    $0.set(.address, TextCleanup.trimTrailing(text, [",", " "]), line: block.line, raw: block.text)
                }
                lastAddressBlock = index
                continue
            }
            // "Esimerkki Services / esimerkki.fi. Tietosuojapyynnöt: info@…": the name as a sentence of its own, then a
            // label over the detail. The name's words are all capitalised, connectors or web addresses.
            if !tokens.tokens.isEmpty, entries[entries.count - 1][.name] == nil, text.contains(name + ":"),
                let stop = name.ranges(of: ". ").last
            {
                let own = String(name[..<stop.lowerBound])
                let label = name[stop.upperBound...]
                let connectors: Set<Substring> = ["/", "&", "-", "–", "ja", "och", "and"]
                let named = own.split(separator: " ").allSatisfy {
                    $0.first?.isUppercase == true || connectors.contains($0) || isWebAddress(String($0))
                }
                if named, label.first?.isUppercase == true, TextCleanup.wordCount(String(label)) <= 4,
                    isControllerName(own)
                {
                    startName(own, block: block)
                    apply(tokens, block: block, index: index)
                    continue
                }
            }
            // "Rekisterinpitäjinä toimivat yhdessä:" introduces the names; it is not one. Nor is a sentence that
            // introduces a detail ("Tietosuojasta voi kysyä lisää sähköpostilla: tietosuoja@…").
            // Nor is a label over a detail that no label rule knows ("Kontakt: info@…"): a name written as a label
            // carries a legal form ("Esimerkki Oy: info@…").
            let isIntro =
                (text.hasSuffix(":") && tokens.tokens.isEmpty)
                || (!tokens.tokens.isEmpty && TextCleanup.wordCount(name) > 3 && text.contains(name + ":"))
                || (!tokens.tokens.isEmpty && text.contains(name + ":") && !Self.hasLegalForm(name))
            // A list item is a name only with details on it, or as the section's first line ("<li>Esimerkki Oy</li>"
            // opening the controller's list), never a data item further down.
            let listName =
                block.kind != .listItem || !tokens.tokens.isEmpty
                || (index == 0 && TextCleanup.wordCount(name) <= 8)
            // "Lapin Esimerkki, Esimerkin tila, Posio.": a name and the places of its address on one line.
            if tokens.tokens.isEmpty, !isIntro, entries[entries.count - 1][.name] == nil,
                let (own, place) = nameAndPlaces(text)
            {
                startName(own, block: block)
                if let place {
                    current { $0.set(.address, place, line: block.line, raw: block.text) }
                    lastAddressBlock = index
                }
                continue
            }
            // "Matti Esimerkki, sovelluksen ylläpitäjä.": a person named with their role after a comma.
            if tokens.tokens.isEmpty, !isIntro, entries[entries.count - 1][.name] == nil,
                let person = personAndRole(text)
            {
                startName(person, block: block)
                continue
            }
            // "Marko Esimerkki, Tampere, marko (ät) esimerkki.fi": the name before the town of a line with details.
            if !tokens.tokens.isEmpty, !isIntro, listName, entries[entries.count - 1][.name] == nil,
                let (own, place) = nameAndPlaces(name), place == nil
            {
                startName(own, block: block)
                apply(tokens, block: block, index: index)
                continue
            }
            if !isIntro && isControllerName(name) && listName {
                startName(name, block: block)
            } else if !isIntro, entries[entries.count - 1][.name] == nil, let owner = tradeNameOwner(name) {
                // "Esimerkki är verksamhetsnamn inom Exempel Aktiebolag, org.nr …": the firm that owns the trade
                // name is the controller.
                startName(owner, block: block)
            }
            apply(tokens, block: block, index: index)
        }
        return entries.enumerated().filter { index, entry in
            index == 0 ? !entry.isEmpty : entry.hasDetails
        }.map(\.element)
    }

    /// Whether a value has the form of a Swedish organisation number, NNNNNN-NNNN (Bolagsverket; "Organisationsnummer:
    /// 299020-3232"): not a Finnish business ID with a wrong check digit, so not reported as one.
    static func isSwedishOrganisationNumber(_ value: String) -> Bool {
        let parts = TextCleanup.collapse(value).split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 2 && parts[0].count == 6 && parts[1].count == 4
            && parts.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
    }

    /// Whether a labelled value is a template's placeholder rather than a value: a word or two in square or curly
    /// brackets with no digit ("[Adress]", "{Osoite}"), or only the letter X standing for digits ("XXX XXX-XXXX").
    static func isPlaceholder(_ value: String) -> Bool {
        let trimmed = TextCleanup.collapse(value)
        guard !trimmed.contains(where: \.isNumber) else { return false }
        if BusinessIDCheck.isLetterPlaceholder(trimmed) { return true }
        guard trimmed.count >= 3, TextCleanup.wordCount(trimmed) <= 3 else { return false }
        let bracketed =
            (trimmed.hasPrefix("[") && trimmed.hasSuffix("]")) || (trimmed.hasPrefix("{") && trimmed.hasSuffix("}"))
        return bracketed && trimmed.dropFirst().dropLast().allSatisfy { $0.isLetter || $0 == " " || $0 == "-" }
    }

    /// Whether a label names a VAT number alone: "ALV-numero", "ALV-tunnus", "VAT number", "Momsregistreringsnummer".
    static func isVATLabel(_ label: String) -> Bool {
        [
            "alvnumero", "alvnro", "alvtunnus", "alvrekisterinumero", "vatnumber", "vatno", "vatnr", "vatid",
            "momsnummer", "momsnr", "momsregistreringsnummer",
        ].contains(TextFold.compact(label))
    }

    /// Whether a line gives a VAT number: it opens with "ALV", "VAT" or "Moms" and has a run of seven or more digits.
    static func isVATNumber(_ text: String) -> Bool {
        let key = TextFold.compact(text)
        guard ["alv", "vat", "moms"].contains(where: key.hasPrefix) else { return false }
        var run = 0
        for character in text {
            run = character.isASCIIDigit ? run + 1 : 0
            if run >= 7 { return true }
        }
        return false
    }

    /// Whether a line is only a web address ("www.esimerkki.fi", "https://esimerkki.fi/").
    static func isWebAddress(_ text: String) -> Bool {
        let trimmed = TextCleanup.trimTrailing(TextCleanup.collapse(text), [" ", ".", ",", ";"]).lowercased()
        guard !trimmed.isEmpty, !trimmed.contains(" "), !trimmed.contains("@") else { return false }
        return trimmed.hasPrefix("www.") || trimmed.hasPrefix("http://") || trimmed.hasPrefix("https://")
    }

    /// The blocks with a label that stands alone ("Nimi", then "Joel Lehtonen" in the next block or table cell)
    /// joined to its value as "Nimi: Joel Lehtonen", on the value's line.
    static func labelsJoined(_ blocks: [NoticeBlock]) -> [NoticeBlock] {
        var result: [NoticeBlock] = []
        var index = 0
        while index < blocks.count {
            let block = blocks[index]
            let label = TextCleanup.trimTrailing(block.text, [":", " "])
            // A VAT number's label over its value ("ALV-numero" / "FI12345678" in a definition list) is joined too,
            // so that the pair reads as the VAT number, which is neither a name nor a detail.
            let known = labelKind(label).map { $0 != .website } ?? isVATLabel(label)
            if index + 1 < blocks.count, !label.contains(":"), TextCleanup.wordCount(label) <= 3, known,
                labelled(blocks[index + 1].text) == nil,
                labelKind(TextCleanup.trimTrailing(blocks[index + 1].text, [":", " "])) == nil
            {
                var joined = blocks[index + 1]
                joined.text = label + ": " + joined.text
                result.append(joined)
                index += 2
                continue
            }
            result.append(block)
            index += 1
        }
        return result
    }

    /// The contact person and their details from a contact section.
    static func contact(in section: NoticeSection) -> PartyEntry {
        var entry = PartyEntry()
        var details: [String] = []
        var detailsLine: Int?
        for block in labelsJoined(section.blocks) {
            let tokens: PartyTokens
            if let (kind, value) = labelled(block.text) {
                guard kind == .name || kind == .contact else {
                    if kind != .website {
                        details.append(block.text)
                        detailsLine = detailsLine ?? block.line
                    }
                    continue
                }
                tokens = PartyTokens(value)
            } else {
                tokens = PartyTokens(block.text)
            }
            if entry[.contactPerson] == nil, let (name, rest) = personAndRest(tokens) {
                entry.set(.contactPerson, name, line: block.line, raw: block.text)
                if !rest.isEmpty {
                    details.append(rest)
                    detailsLine = detailsLine ?? block.line
                }
            } else {
                details.append(block.text)
                detailsLine = detailsLine ?? block.line
            }
        }
        if let detailsLine, !details.isEmpty {
            entry.set(
                .contactDetails, details.joined(separator: "\n"), line: detailsLine,
                raw: details.joined(separator: "\n"))
        }
        return entry
    }

    /// A person's name at the start of a text and the rest as written: "Sanna Korhonen, puheenjohtaja, 040 …" gives
    /// "Sanna Korhonen" and "puheenjohtaja, 040 …".
    static func personAndRest(_ tokens: PartyTokens) -> (name: String, rest: String)? {
        let namePart = tokens.namePart
        var candidates = [namePart]
        if let comma = namePart.firstIndex(of: ",") { candidates.insert(String(namePart[..<comma]), at: 0) }
        for candidate in candidates where isPersonName(candidate) {
            let text = tokens.text
            guard text.hasPrefix(candidate) else { continue }
            var rest = text.dropFirst(candidate.count)
            while let first = rest.first, first == "," || first == " " || first == ";" { rest = rest.dropFirst() }
            return (candidate, TextCleanup.collapse(rest))
        }
        return nil
    }

    /// The data protection officer named in a section, or `nil` (for example "no DPO has been appointed.").
    static func dataProtectionOfficer(in section: NoticeSection) -> NoticeField? {
        for block in section.blocks {
            let value = labelled(block.text).map(\.value) ?? block.text
            let tokens = PartyTokens(value)
            let name = tokens.namePart
            // A name is capitalised: "sähköpostitse: tietosuoja@…" (a way to reach the officer) names nobody.
            guard name.first?.isLowercase != true else { continue }
            if isPersonName(name) || (isControllerName(name) && !name.hasSuffix(".")) {
                return NoticeField(field: .dataProtectionOfficer, value: name, line: block.line, raw: block.text)
            }
        }
        return nil
    }
}
