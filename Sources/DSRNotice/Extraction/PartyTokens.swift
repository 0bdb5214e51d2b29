import DSRCore

/// Finds business IDs, e-mail addresses, phone numbers and postal addresses in one line of free text, such as
/// "Varsinais-Suomen Sosiaalipalvelut Oy Y-tunnus: 2747637-5 toimisto@vaspoy.fi Kytinkatu 2, 20380 Turku".
///
/// The text before the first token is the name part ("Varsinais-Suomen Sosiaalipalvelut Oy"). The scan works on
/// whitespace-separated words and is linear in the length of the text.
struct PartyTokens {
    /// A recognised token.
    struct Token: Equatable {
        /// What the token is.
        var field: ProfileField
        /// The value as written (labels such as "Y-tunnus:" and "puh." removed).
        var value: String
        /// The index of the first word, labels included.
        var firstWord: Int
        /// The index of the last word.
        var lastWord: Int
    }

    private struct Word {
        var text: String
        var start: String.Index
        var end: String.Index
        /// The word without surrounding punctuation.
        var core: String
        /// The compact fold of the word.
        var key: String
    }

    /// The scanned text.
    let text: String
    /// The tokens, in order.
    private(set) var tokens: [Token] = []
    private var words: [Word] = []

    /// Scans a text.
    init(_ text: String) {
        self.text = text
        words = Self.split(text)
        scan()
    }

    /// The text before the first token, punctuation trimmed; the whole text when there is no token.
    ///
    /// The name part ends at a comma or an opening parenthesis followed by an identifier's label, whether or not the
    /// identifier is a token ("PRIOX AB (Exempel Båtverkstad), org.nr 556677-9624, Box 6, …" gives "PRIOX AB
    /// (Exempel Båtverkstad)": a Swedish organisation number is no Finnish business ID; "Esimerkki AB (org.nr …)"
    /// gives "Esimerkki AB"), and at a square bracket, a template's note to fill in ("Esimerkki [virallinen
    /// toiminimi]" gives "Esimerkki"); a label before the bracket gives none ("KVK number: [to be added]").
    var namePart: String {
        let end = tokens.first?.firstWord ?? words.count
        if let cut = (0..<end).first(where: { isLabelAfterComma($0) || words[$0].text.hasPrefix("[") }), cut > 0 {
            // A label before a template's placeholder names a field left to fill in, not the party
            // ("Chamber of Commerce (KVK) number: [to be added]").
            if words[cut].text.hasPrefix("["), words[cut - 1].text.hasSuffix(":") { return "" }
            return TextCleanup.trimTrailing(String(text[..<words[cut].start]), Self.trailing)
        }
        guard let first = tokens.first?.firstWord else { return TextCleanup.trimTrailing(text, Self.trailing) }
        guard first > 0 else { return "" }
        return TextCleanup.trimTrailing(String(text[..<words[first].start]), Self.trailing)
    }

    /// Labels of an identifier that end a name when a comma precedes them ("…, org.nr", "…, y-tunnus", "…, FO-nummer").
    private static let identifierLabels: Set<String> = [
        "ytunnus", "yritystunnus", "fonummer", "fonr", "orgnr", "organisationsnummer", "organisationsnr", "businessid",
    ]

    /// Whether a word is an identifier's label after a comma that ends the word before it, or opening a parenthesis
    /// ("(org.nr"; "org. nr" in two words too).
    private func isLabelAfterComma(_ index: Int) -> Bool {
        guard index > 0, words[index - 1].text.hasSuffix(",") || words[index].text.hasPrefix("(") else { return false }
        if Self.identifierLabels.contains(words[index].key) { return true }
        return words[index].key == "org" && index + 1 < words.count && words[index + 1].key.hasPrefix("nr")
    }

    /// The text from the first token to the end, as written.
    var detailsPart: String {
        guard let first = tokens.first?.firstWord else { return "" }
        return TextCleanup.collapse(text[words[first].start...])
    }

    /// The first token of a field.
    func first(_ field: ProfileField) -> Token? { tokens.first { $0.field == field } }

    /// The tokens without the first one.
    func droppingFirstToken() -> PartyTokens {
        var copy = self
        if !copy.tokens.isEmpty { copy.tokens.removeFirst() }
        return copy
    }

    /// Whether the first token is an address that starts with its postal code and the name part before it ends with
    /// a comma: "Levin keskusta, 99130 Sirkka" is an address line, not a name followed by an address.
    var startsWithAddressLine: Bool {
        guard let first = tokens.first, first.field == .address, first.firstWord > 0,
            Self.postalDigits(words[first.firstWord].core) != nil
        else { return false }
        let before = TextCleanup.trimTrailing(String(text[..<words[first.firstWord].start]), [" "])
        return before.hasSuffix(",")
    }

    /// Punctuation trimmed from the end of the name part, separators between a name and its details included
    /// ("Esimerkki Oy · Y-tunnus 1234567-8", "Esimerkki Oy • info@…", "Esimerkki Oy — Esimerkkikatu 1").
    private static let trailing: Set<Unicode.Scalar> = [" ", ",", ";", ":", "-", "(", "/", "–", "—", "|", "·", "•"]
    private static let businessLabels: Set<String> = [
        "ytunnus", "yritystunnus", "fonummer", "fonr", "businessid", "business", "id", "orgnr", "organisationsnummer",
    ]
    private static let phoneLabels: Set<String> = [
        "puh", "p", "tel", "puhelin", "phone", "telefon", "gsm", "mob", "mobile", "matkapuhelin", "vaihde",
        "puhelinnumero", "tfn", "telephone",
    ]
    private static let emailLabels: Set<String> = [
        "sahkoposti", "sposti", "email", "epost", "mail", "sahkopostiosoite", "epostadress",
    ]
    /// Words, folded, that open a PO box: "PL 123", "PB 12", "Box 6", "Postilokero 5".
    static let boxWords: Set<String> = ["pl", "pb", "postilokero", "box", "pobox"]
    private static let streetSuffixes = [
        "katu", "tie", "kuja", "polku", "vayla", "tori", "ranta", "kaari", "rinne", "puisto", "raitti", "aukio",
        "kaarre", "bulevardi", "esplanadi", "tanhua", "gatan", "gata", "vagen", "granden", "grand", "torget",
        "stigen", "backen", "street", "road", "avenue",
    ]
    private static let floorWords: Set<String> = ["krs", "kerros", "as", "lh", "lt", "bst", "tr", "vaning", "floor"]

    private static func split(_ text: String) -> [Word] {
        var words: [Word] = []
        var index = text.startIndex
        while index < text.endIndex {
            while index < text.endIndex, text[index].isWhitespace { index = text.index(after: index) }
            guard index < text.endIndex else { break }
            let start = index
            while index < text.endIndex, !text[index].isWhitespace { index = text.index(after: index) }
            let raw = String(text[start..<index])
            let core = trimPunctuation(raw)
            words.append(Word(text: raw, start: start, end: index, core: core, key: TextFold.compact(core)))
        }
        // "[ at ]", "( at )": a marker for "@" written with spaces inside its brackets is one word, "[at]".
        var merged: [Word] = []
        var cursor = 0
        while cursor < words.count {
            if cursor + 2 < words.count, ["[", "(", "{"].contains(words[cursor].text),
                words[cursor + 1].text.lowercased() == "at", ["]", ")", "}"].contains(words[cursor + 2].text)
            {
                let marker = words[cursor].text + "at" + words[cursor + 2].text
                merged.append(
                    Word(text: marker, start: words[cursor].start, end: words[cursor + 2].end, core: "at", key: "at"))
                cursor += 3
                continue
            }
            merged.append(words[cursor])
            cursor += 1
        }
        return merged
    }

    private static func trimPunctuation(_ word: String) -> String {
        let leading: Set<Character> = ["(", "[", "<", "\"", "'", "«", "“"]
        let trailing: Set<Character> = [",", ";", ".", ":", ")", "]", ">", "\"", "'", "»", "”"]
        var result = Substring(word)
        while let first = result.first, leading.contains(first) { result = result.dropFirst() }
        while let last = result.last, trailing.contains(last) { result = result.dropLast() }
        return String(result)
    }

    private mutating func scan() {
        var index = 0
        while index < words.count {
            if let token = email(at: index) ?? businessID(at: index) ?? phone(at: index) ?? address(at: index) {
                tokens.append(token)
                index = token.lastWord + 1
            } else {
                index += 1
            }
        }
    }

    /// Extends a token's start over a label word before it ("Y-tunnus:", "puh."), and over two labels joined by a
    /// slash ("Business ID / Y-tunnus"). "Business" is a label only before "ID" ("Esimerkki HR & Business (Y-tunnus:
    /// …)": the word is the name's).
    private func labelStart(_ index: Int, labels: Set<String>) -> Int {
        var start = index
        var steps = 0
        while start > 0, steps < 3, !claimed(start - 1) {
            let before = words[start - 1]
            if labels.contains(before.key), before.key != "business" || words[start].key.hasPrefix("id") {
                start -= 1
            } else if before.text == "/", start > 1, labels.contains(words[start - 2].key), !claimed(start - 2) {
                start -= 2
            } else {
                break
            }
            steps += 1
        }
        return start
    }

    /// Whether a word already belongs to a token (tokens are found left to right).
    private func claimed(_ index: Int) -> Bool { (tokens.last?.lastWord ?? -1) >= index }

    /// Markers written for "@" and "." against address harvesters.
    /// Swedish writers put "ä" in the marker: "marko.suvila (ät) hyte.fi".
    private static let atMarkers = ["(at)", "[at]", "(a)", "{at}", "(ät)", "[ät]"]
    /// The markers that stand as words of their own between the local part and the domain: all but "(a)", which is
    /// written only inside the address.
    private static let wordAtMarkers = atMarkers.filter { $0 != "(a)" }
    private static let dotMarkers = ["(dot)", "[dot]", "(piste)", "[piste]"]

    /// Whether a word is a domain name: labels of letters, digits and hyphens, the last one two or more letters
    /// ("esimerkki.fi", "mail.example.com"; "(dot)" markers already count as dots).
    private static func looksLikeDomain(_ word: String) -> Bool {
        var domain = word.lowercased()
        for marker in dotMarkers { domain = domain.replacing(marker, with: ".") }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let last = labels.last, last.count >= 2, last.allSatisfy(\.isLetter) else {
            return false
        }
        return labels.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }
    }

    private func email(at index: Int) -> Token? {
        var core = words[index].core
        var lastWord = index
        // "matti (at) esimerkki.fi": the marker as a word of its own, between the name and a domain with a dot.
        // Or the bare word "at" when the three words stand alone in parentheses: "(matti at esimerkki.fi)"; outside
        // them "at" is a preposition ("contact us at esimerkki.fi").
        let bareAtInParentheses =
            index + 2 < words.count && words[index].text.hasPrefix("(") && words[index + 1].text.lowercased() == "at"
            && words[index + 2].text.contains(")") && !words[index].text.contains(")")
        // Two local parts sharing the domain ("matti/maija [ at ] esimerkki.fi"): the first is read.
        if index + 2 < words.count, Self.wordAtMarkers.contains(words[index + 1].text.lowercased()),
            core.split(separator: "/", omittingEmptySubsequences: true).count == 2,
            core.split(separator: "/", omittingEmptySubsequences: false).count == 2,
            let first = core.split(separator: "/").first
        {
            core = String(first)
        }
        if index + 2 < words.count,
            Self.wordAtMarkers.contains(words[index + 1].text.lowercased()) || bareAtInParentheses,
            !core.contains("@"), !core.isEmpty, core.allSatisfy({ $0.isLetter || $0.isNumber || "._-+".contains($0) })
        {
            // The domain's dots may be markers written as words of their own too: "info [at] esimerkki [dot] fi".
            var domain = words[index + 2].core
            var end = index + 2
            while end + 2 < words.count, Self.dotMarkers.contains(words[end + 1].text.lowercased()),
                !words[end + 2].core.isEmpty,
                words[end + 2].core.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" })
            {
                domain += "." + words[end + 2].core
                end += 2
            }
            if Self.looksLikeDomain(domain) {
                core += "@" + domain
                lastWord = end
            }
        }
        for marker in Self.dotMarkers {
            while let range = core.lowercased().firstRange(of: marker) {
                let offset = core.lowercased().distance(from: core.lowercased().startIndex, to: range.lowerBound)
                let start = core.index(core.startIndex, offsetBy: offset)
                core.replaceSubrange(start..<core.index(start, offsetBy: marker.count), with: ".")
            }
        }
        if core.lowercased().hasPrefix("mailto:") { core = String(core.dropFirst(7)) }
        // An address written against harvesters, "nimi(at)example.fi" or "nimi[at]example.fi", is the address.
        for marker in Self.atMarkers {
            if let range = core.lowercased().firstRange(of: marker), range.lowerBound > core.lowercased().startIndex {
                let offset = core.lowercased().distance(from: core.lowercased().startIndex, to: range.lowerBound)
                let start = core.index(core.startIndex, offsetBy: offset)
                let end = core.index(start, offsetBy: marker.count)
                core = String(core[..<start]) + "@" + String(core[end...])
                break
            }
        }
        guard let at = core.firstIndex(of: "@"), at > core.startIndex,
            core[core.index(after: at)...].contains("."), !core.hasSuffix("@"), !core.hasSuffix("."),
            !Self.isPatternAddress(core)
        else { return nil }
        return Token(
            field: .email, value: core, firstWord: labelStart(index, labels: Self.emailLabels), lastWord: lastWord)
    }

    /// Words that stand for a person's name in an e-mail address given as a pattern ("Sähköpostiosoite on muotoa
    /// etunimi.sukunimi@esimerkki.fi", "firstname.lastname@example.com"): no one's address.
    private static let patternWords: Set<String> = [
        "etunimi", "sukunimi", "firstname", "lastname", "surname", "forename", "fornamn", "efternamn", "name",
        "first", "last", "givenname", "familyname", "nimi",
    ]

    /// Whether an e-mail address is a pattern whose local part is made only of placeholder words
    /// ("etunimi.sukunimi@…", "firstname_lastname@…").
    static func isPatternAddress(_ address: String) -> Bool {
        guard let at = address.firstIndex(of: "@") else { return false }
        let parts = TextFold.fold(String(address[..<at])).split(whereSeparator: { ".-_".contains($0) })
        return parts.count >= 2 && parts.allSatisfy { patternWords.contains(String($0)) }
    }

    private func businessID(at index: Int) -> Token? {
        let core = words[index].core
        let parts = core.split(separator: "-", omittingEmptySubsequences: false)
        // After a label ("y-tunnus 33425921-3") a mistyped ID of 5–9 digits is still the ID (and fails its check);
        // without a label only the 6–7 digit form is one.
        let labelled = index > 0 && Self.businessLabels.contains(words[index - 1].key)
        // After a label, the eight digits of an ID written without its dash ("Y-tunnus 11420481") are the ID when
        // the last digit is the check digit of the seven before it (1142048-1).
        if labelled, core.count == 8, core.allSatisfy(\.isASCIIDigit) {
            let id = "\(core.prefix(7))-\(core.suffix(1))"
            guard BusinessIDCheck.validated(id) != nil else { return nil }
            return Token(
                field: .businessID, value: id, firstWord: labelStart(index, labels: Self.businessLabels),
                lastWord: index)
        }
        let lengths = labelled ? 5...9 : 6...7
        guard parts.count == 2, lengths.contains(parts[0].count), parts[1].count == 1,
            parts[0].allSatisfy(\.isASCIIDigit), parts[1].allSatisfy(\.isASCIIDigit)
        else { return nil }
        return Token(
            field: .businessID, value: core, firstWord: labelStart(index, labels: Self.businessLabels), lastWord: index)
    }

    private func phone(at index: Int) -> Token? {
        let first = words[index].core
        let scalars = Array(first.unicodeScalars)
        guard scalars.count >= 2 else { return nil }
        let opening =
            (scalars[0] == "+" && scalars[1].properties.numericType != nil)
            || (scalars[0] == "0" && scalars[1].properties.numericType != nil)
        guard opening else { return nil }
        var digits = 0
        var last = index
        var cursor = index
        while cursor < words.count {
            let word = words[cursor]
            let allowed = word.core.allSatisfy { $0.isASCIIDigit || $0 == "-" || $0 == "+" || $0 == "(" || $0 == ")" }
            guard allowed, !word.core.isEmpty, cursor == index || !word.core.hasPrefix("+") else { break }
            let count = word.core.filter(\.isASCIIDigit).count
            if digits + count > 13 { break }
            // A five-digit group followed by a capitalised word is a postal code, not part of a number.
            if cursor > index, count == 5, word.core.count == 5, cursor + 1 < words.count,
                words[cursor + 1].core.first?.isUppercase == true
            {
                break
            }
            digits += count
            last = cursor
            cursor += 1
            if word.text.hasSuffix(",") || word.text.hasSuffix(";") { break }
        }
        let minimum = first.hasPrefix("+") ? 9 : 7
        guard digits >= minimum else { return nil }
        let value = TextCleanup.trimTrailing(String(text[words[index].start..<words[last].end]), [",", ";", ".", " "])
        return Token(
            field: .phone, value: value, firstWord: labelStart(index, labels: Self.phoneLabels), lastWord: last)
    }

    private func address(at index: Int) -> Token? {
        let word = words[index]
        let next = index + 1 < words.count ? words[index + 1] : nil
        let nextIsNumber = next?.core.first?.isNumber == true
        let isStreet =
            word.core.first?.isUppercase == true && nextIsNumber
            && Self.streetSuffixes.contains { word.key.hasSuffix($0) && word.key.count > $0.count + 1 }
        // "Osoite: Kotkansiipi 18, 91900 Liminka" on the line of the name: the word after an address label is the
        // street's, whatever its ending.
        let isLabelledStreet =
            index > 0 && words[index - 1].text.hasSuffix(":") && Self.addressLabels.contains(words[index - 1].key)
            && word.core.first?.isUppercase == true && nextIsNumber
            && word.core.allSatisfy { $0.isLetter || $0 == "-" }
        // "Esimerkki, Kevätlinnunahde 2, 02710 Espoo": after a comma, one capitalised word and a house number right
        // before a postal code are a street, whatever its ending.
        let isStreetBeforePostal =
            index > 0 && words[index - 1].text.hasSuffix(",") && word.core == word.text
            && word.core.count >= 4 && word.core.first?.isUppercase == true
            && word.core.allSatisfy { $0.isLetter || $0 == "-" } && nextIsNumber && next?.text.hasSuffix(",") == true
            && (next?.core.count ?? 9) <= 4 && index + 2 < words.count && isPostalCode(at: index + 2)
        // "Pispalan valtatie 27": a street-type word written apart after its capitalised genitive; in Swedish the
        // word in the indefinite form after a genitive in -s ("Drottning Kristinas väg 10").
        let isGenitiveStreet =
            index > 0 && word.core.first?.isLowercase == true && word.core == word.text && nextIsNumber
            && (Self.streetSuffixes.contains { word.key.hasSuffix($0) } && isGenitive(words[index - 1])
                || Self.swedishStreetWords.contains(word.key) && isSwedishGenitive(words[index - 1]))
            && !claimed(index - 1)
        // "P.O. Box 26", "Post Box 176": the box starts at "P.O." or "Post".
        let isPOBox =
            (word.key == "po" || word.key == "post") && next?.key == "box" && index + 2 < words.count
            && words[index + 2].core.first?.isNumber == true
        let isBox = (Self.boxWords.contains(word.key) && nextIsNumber) || isPOBox
        let isGluedBox = Self.isGluedBox(word.core)
        let isPostal = isPostalCode(at: index)
        let isStreetLike = isStreet || isLabelledStreet || isStreetBeforePostal || isGenitiveStreet
        guard isStreetLike || isBox || isGluedBox || isPostal else { return nil }
        var last = index
        var cursor = isPostal || isGluedBox ? index + (isGluedBox ? 1 : 0) : index + (isPOBox ? 3 : 2)
        if !isPostal && !isGluedBox { last = index + (isPOBox ? 2 : 1) }
        while cursor < words.count {
            if let width = postalCodeWidth(at: cursor) {
                last = cursor + width
                // A two-word post office ending the line: "00014 HELSINGIN YLIOPISTO", "40014 Jyväskylän yliopisto".
                // Not after a comma or a closing parenthesis, which end the address ("123 45 Orten), nedan").
                let rest = words[(last + 1)...]
                if rest.count == 1, words[last].core == words[last].text,
                    rest.allSatisfy({ $0.core.allSatisfy(\.isLetter) && $0.core == $0.text })
                {
                    last = words.count - 1
                }
                break
            }
            let core = words[cursor].core
            let key = words[cursor].key
            let hasDigit = core.contains { $0.isNumber }
            let isTail =
                (hasDigit && core.count <= 8 && phone(at: cursor) == nil && businessID(at: cursor) == nil)
                || (core.count == 1 && core.first?.isLetter == true)
                || Self.floorWords.contains(key)
            guard isTail, email(at: cursor) == nil, !isMistypedPostalCode(at: cursor) else { break }
            last = cursor
            cursor += 1
        }
        let first = isGenitiveStreet ? genitiveStreetStart(index - 1) : isStreet ? streetStart(index) : index
        var value = TextCleanup.trimTrailing(String(text[words[first].start..<words[last].end]), [",", ";", " "])
        // The address that closes a parenthesis of details ("Esimerkki (Esimerkki AB, Gatan 1, 123 45 Orten), …")
        // ends before it.
        if value.hasSuffix(")"), !value.contains("(") { value = TextCleanup.trimTrailing(value, [")", ",", " "]) }
        return Token(field: .address, value: value, firstWord: first, lastWord: last)
    }

    /// Whether a word after a comma is a postal code mistyped with three, four or six digits before a capitalised
    /// place name ("PL 35, 0023 Valtioneuvosto"): it ends the street, it does not continue it.
    private func isMistypedPostalCode(at index: Int) -> Bool {
        let word = words[index]
        guard index > 0, words[index - 1].text.hasSuffix(","), word.core == word.text,
            [3, 4, 6].contains(word.core.count), word.core.allSatisfy(\.isASCIIDigit), index + 1 < words.count
        else { return false }
        let place = words[index + 1].core
        return place.count >= 3 && place.first?.isUppercase == true && place.allSatisfy { $0.isLetter || $0 == "-" }
    }

    /// Address labels written inside a line ("… (Y-tunnus 1234567-8) Osoite: Esimerkkisiipi 18, …").
    private static let addressLabels: Set<String> = [
        "osoite", "katuosoite", "kayntiosoite", "postiosoite", "address", "adress", "besoksadress", "postadress",
        "gatuadress",
    ]

    /// Swedish street-type words in the indefinite form, written apart after a genitive: "väg", "gata", "gränd".
    private static let swedishStreetWords: Set<String> = ["vag", "gata", "grand", "torg", "stig", "backe", "alle"]

    /// Whether a word is a capitalised Swedish genitive in -s: "Kristinas" in "Drottning Kristinas väg 10".
    private func isSwedishGenitive(_ word: Word) -> Bool {
        word.core == word.text && word.core.count >= 3 && word.core.first?.isUppercase == true
            && word.core.hasSuffix("s") && word.core.allSatisfy { $0.isLetter || $0 == "-" }
    }

    /// Whether a word is a capitalised Finnish genitive that names a street with a separate type word: "Pispalan"
    /// in "Pispalan valtatie 27".
    private func isGenitive(_ word: Word) -> Bool {
        word.core == word.text && word.core.count >= 3 && word.core.first?.isUppercase == true
            && word.core.hasSuffix("n") && word.core.allSatisfy { $0.isLetter || $0 == "-" }
    }

    /// Whether a text has a word ending in a street-type word ("Mannerheimintie", "Storgatan").
    static func hasStreetWord(_ text: String) -> Bool {
        split(text).contains { word in streetSuffixes.contains { word.key.hasSuffix($0) } }
    }

    /// The first word of a street named after a person, with their first names before the genitive: "Wilhelm
    /// Schildtin katu 28", "Aleksis Kiven katu 17". The first names are taken only when they open the line or follow
    /// a comma and are one or two capitalised words without a legal form, so a name before the street ("Esimerkki Oy
    /// Pispalan valtatie 27") stays the name.
    private func genitiveStreetStart(_ genitive: Int) -> Int {
        func isFirstName(_ word: Word) -> Bool {
            word.core == word.text && word.core.first?.isUppercase == true
                && word.core.allSatisfy { $0.isLetter || $0 == "-" } && !FallbackParty.legalForms.contains(word.key)
        }
        // The first names open the line, or follow a comma that ends the previous detail on an inline address
        // ("Esimerkki Oy, Y-tunnus 1234567-8, Fredrika Runebergin katu 1–3 H 16, 06100 Porvoo").
        for start in max(0, genitive - 2)..<genitive {
            guard start == 0 || words[start - 1].text.hasSuffix(",") else { continue }
            guard words[start..<genitive].allSatisfy(isFirstName), !(start..<genitive).contains(where: claimed)
            else { continue }
            return start
        }
        return genitive
    }

    /// Words that open a street's name written apart from its street-type word: "Itäinen Pitkäkatu", "Läntinen
    /// Rantakatu", "Norra Esplanaden", "Vanha Porvoontie". A person's or a company's name before a street on the same
    /// line ("Elina Esimerkki Kauppakatu 1") is not part of it, so only these words are taken.
    private static let streetOpeners: Set<String> = [
        "itainen", "lantinen", "pohjoinen", "etelainen", "vanha", "uusi", "iso", "pikku", "ala", "yla", "keski",
        "ostra", "vastra", "norra", "sodra", "stora", "lilla", "gamla", "nya",
    ]

    /// The first word of a street whose name opens with a word like "Itäinen" before its street-type word:
    /// "Itäinen Pitkäkatu 11, 20520 Turku" starts at "Itäinen", not at "Pitkäkatu".
    private func streetStart(_ index: Int) -> Int {
        guard index > 0, words[index - 1].core == words[index - 1].text,
            words[index - 1].core.first?.isUppercase == true, Self.streetOpeners.contains(words[index - 1].key)
        else { return index }
        return index - 1
    }

    /// Whether a whole line is a street address without a known street-type word: a capitalised name and a house
    /// number, optionally a staircase and flat ("Kevätlinnunsilmä 2,", "Levin keskusta 5 B 12").
    static func looksLikeStreetLine(_ text: String) -> Bool {
        let words = TextCleanup.trimTrailing(TextCleanup.collapse(text), [",", " ", ";"]).split(separator: " ")
        guard (2...6).contains(words.count), words[0].first?.isUppercase == true,
            let numberIndex = words.firstIndex(where: { $0.first?.isNumber == true }), numberIndex >= 1,
            numberIndex <= 3, words[..<numberIndex].allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "-" } }),
            words[numberIndex].count <= 5, words[numberIndex].allSatisfy({ $0.isNumber || $0 == "-" })
        else { return false }
        // After the number only a staircase letter and a flat number ("B 12", "A 4").
        return words[(numberIndex + 1)...].allSatisfy { $0.count <= 3 && $0.allSatisfy { $0.isLetter || $0.isNumber } }
    }

    /// "PL69", "PB 12" written as one word.
    private static func isGluedBox(_ core: String) -> Bool {
        let upper = core.uppercased()
        guard upper.hasPrefix("PL") || upper.hasPrefix("PB") else { return false }
        let digits = upper.dropFirst(2)
        return (1...5).contains(digits.count) && digits.allSatisfy(\.isASCIIDigit)
    }

    /// The five digits of a postal code, also written "FI-00100" or "SF-00100".
    static func postalDigits(_ core: String) -> Substring? {
        var digits = Substring(core)
        for prefix in ["FI-", "SF-", "FIN-", "FI ", "SE-", "S-"] where core.uppercased().hasPrefix(prefix) {
            digits = digits.dropFirst(prefix.count)
            break
        }
        return digits.count == 5 && digits.allSatisfy(\.isASCIIDigit) ? digits : nil
    }

    /// Whether an address holds a postal code: five digits ("00100", "FI-00100,") that are not the number of a PO
    /// box ("PL 34004", "Box 12345").
    static func hasPostalCode(_ address: String) -> Bool {
        let words = address.split(whereSeparator: \.isWhitespace).map { String($0).trimmingSuffix { $0 == "," } }
        return words.indices.contains { index in
            postalDigits(words[index]) != nil
                && (index == 0 || !boxWords.contains(TextFold.fold(words[index - 1]).trimmingSuffix { $0 == "." }))
        }
    }

    /// A five-digit postal code ("00100", "FI-00100") followed by a capitalised place name ("Helsinki",
    /// "HELSINKI").
    private func isPostalCode(at index: Int) -> Bool { postalCodeWidth(at: index) != nil }

    /// The number of words of a postal code at `index` followed by a capitalised place name: 1 for a Finnish code
    /// ("00100 Helsinki", "FI-00100 HELSINKI"), 2 for a Swedish one written in two groups ("413 15 Göteborg"),
    /// `nil` when there is none.
    private func postalCodeWidth(at index: Int) -> Int? {
        func isPlace(_ position: Int) -> Bool {
            guard position < words.count else { return false }
            let city = words[position].core
            return city.first?.isUppercase == true && city.allSatisfy { $0.isLetter || $0 == "-" }
        }
        let core = words[index].core
        if Self.postalDigits(core) != nil { return isPlace(index + 1) ? 1 : nil }
        guard core.count == 3, core.allSatisfy(\.isASCIIDigit), index + 1 < words.count,
            words[index + 1].core.count == 2, words[index + 1].core.allSatisfy(\.isASCIIDigit),
            words[index + 1].core == words[index + 1].text, isPlace(index + 2)
        else { return nil }
        return 2
    }
}
