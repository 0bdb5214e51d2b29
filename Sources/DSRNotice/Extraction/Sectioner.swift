/// Groups blocks into sections under their headings and names each section's topics.
enum Sectioner {
    /// Forms the sections; blocks before the first heading form a preamble section.
    static func sections(from blocks: [RawBlock]) -> [NoticeSection] {
        var sections: [NoticeSection] = []
        var current: NoticeSection?
        for raw in blocks {
            let block = raw.block
            // A heading that is only a field label ("Nimi", "Yhteystiedot" as <h4> under "Rekisterinpitäjä") labels
            // the next paragraph of a party's section; it does not start a section. Under any other section
            // ("Rekisteröidyn oikeudet", then "## Yhteystiedot" at the end of the page) it is a section of its own.
            // A VAT number's label ("ALV-numero" as a <dt>) is such a label too.
            if block.kind == .heading, let open = current, open.topics.contains(where: partyTopics.contains),
                TextCleanup.wordCount(block.text) <= 3,
                HeadingCatalogue.topics(for: block.text).isEmpty,
                PartyParser.labelKind(block.text) != nil || PartyParser.isVATLabel(block.text)
            {
                current?.blocks.append(NoticeBlock(kind: .paragraph, text: block.text, line: block.line))
                continue
            }
            // A line of the controller's block that names only the contact person's topic ("Yhteyshenkilö
            // tietosuoja-asioissa", underlined or bold between the controller's and the person's details) opens
            // the contact person's section, as its heading would.
            let opensContact =
                block.kind != .heading && current?.topics.contains(.controller) == true
                && TextCleanup.wordCount(block.text) <= 5 && !block.text.contains(":")
                && HeadingCatalogue.topics(for: block.text) == [.contactPerson]
                && PartyTokens(block.text).tokens.isEmpty
                // No name on the line: "Yhteyshenkilö Matti Esimerkki" is the person, not a heading over them.
                && block.text.split(separator: " ").dropFirst().allSatisfy { $0.first?.isUppercase != true }
            if block.kind == .heading || opensContact {
                if let current { sections.append(current) }
                let topics = HeadingCatalogue.topics(for: block.text)
                current = NoticeSection(
                    heading: block.text, line: block.line, topics: topics.isEmpty ? [.other] : topics, blocks: [])
            } else if current != nil {
                current?.blocks.append(block)
            } else {
                current = NoticeSection(heading: nil, line: block.line, topics: [.preamble], blocks: [block])
            }
        }
        if let current { sections.append(current) }
        return sections
    }

    /// Sections whose headings can be followed by field labels as sub-headings.
    private static let partyTopics: [NoticeTopic] = [.controller, .contactPerson, .dataProtectionOfficer, .preamble]
}
