/// The controller named only in an HTML page's `<title>` ("Tietosuojaseloste – Esimerkki Oy", "Tietosuoja |
/// Esimerkki", "esimerkki.fi - tietosuojaseloste"): the page's own name, which no block of the page repeats as a
/// heading. A title's part is taken only when the page agrees with it, because a title may name a product or a
/// page rather than the party: a part with a legal form in a title that names the notice (read as a heading's title
/// is read, ``FallbackParty/titleName(in:)``); otherwise a part that is the domain of an e-mail address the page
/// gives, written as the domain ("esimerkki.info" with "contact@esimerkki.info"), the owner of its copyright line ("Esimerkki" with
/// "© Esimerkki.fi 2023"). The name a page's header or logo repeats is no such agreement: a blog's or an app's name
/// stands there as well as in the title, and names no controller.
enum PageTitle {
    /// The text of the first `<title>` element of an HTML page, its references decoded and spaces collapsed, with
    /// its line (1-based); `nil` when the page has none or it is empty.
    static func title(inHTML text: String) -> (text: String, line: Int)? {
        let lower = text.lowercased()
        guard lower.count == text.count, let open = lower.firstRange(of: "<title"),
            let close = lower[open.upperBound...].firstRange(of: ">"),
            let end = lower[close.upperBound...].firstRange(of: "</title>")
        else { return nil }
        let start = text.index(text.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: close.upperBound))
        let stop = text.index(text.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: end.lowerBound))
        let value = TextCleanup.collapse(HTMLEntities.decode(String(text[start..<stop])).replacing("\n", with: " "))
        guard !value.isEmpty, !value.contains("<"), !value.contains("{") else { return nil }
        let line = text[..<start].reduce(into: 1) { count, character in if character == "\n" { count += 1 } }
        return (value, line)
    }

    /// Words, folded, that name a page rather than a party: "Etusivu", "Home", "Startsida".
    private static let pageWords: Set<String> = [
        "etusivu", "koti", "home", "startsida", "hem", "yhteystiedot", "contact", "kontakt", "evasteet", "cookies",
    ]

    /// The controller's name from the page's title, or `nil` when the page does not agree with any part of it.
    static func name(_ title: (text: String, line: Int), in sections: [NoticeSection]) -> NoticeField? {
        let heading = NoticeSection(heading: title.text, line: title.line, topics: [], blocks: [])
        if let named = FallbackParty.titleName(in: [heading]) { return named }
        // " - " separates as a dash does, but a hyphen inside a word does not ("Aalto-yliopisto").
        let parts = TextCleanup.parts(
            of: title.text.replacing(" - ", with: " – "), between: "|–—:·•", trimming: [" ", ",", "."]
        ).filter { part in
            let folded = TextFold.fold(part)
            return !part.isEmpty && TextCleanup.wordCount(part) <= 4
                && !FallbackParty.noticeTitleWords.contains(where: folded.contains) && !pageWords.contains(folded)
                && !part.contains("@") && PartyParser.isControllerName(part)
        }
        let texts = sections.flatMap { section in [section.heading ?? ""] + section.blocks.map(\.text) }
        let domains = Set(
            texts.flatMap { PartyTokens($0).tokens }.filter { $0.field == .email }.compactMap { token in
                token.value.split(separator: "@").last.map { String($0).lowercased() }
            }.filter { !FallbackParty.authorityDomains.contains($0) })
        let owners = texts.flatMap { $0.split(separator: "\n") }.compactMap {
            FallbackParty.copyrightHolder(String($0)).map(FallbackParty.siteKey)
        }
        for part in parts.reversed() {
            let key = FallbackParty.siteKey(part)
            guard key.count >= 3 else { continue }
            // The site written as its address, the address of its e-mail: "esimerkki.info" with
            // "contact@esimerkki.info". A brand word alone ("Esimerkki" with "info@esimerkki.com") is not enough: a
            // notice of a project may name no controller at all.
            guard domains.contains(part.lowercased()) || owners.contains(key) else { continue }
            return NoticeField(field: .name, value: part, line: title.line, raw: title.text)
        }
        return nil
    }
}
