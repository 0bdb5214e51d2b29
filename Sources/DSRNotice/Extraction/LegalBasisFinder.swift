/// Picks the sentences that state the legal basis out of a combined "purposes and legal basis" section.
enum LegalBasisFinder {
    /// Phrases that state a basis (GDPR Art. 6(1)): "Käsittely perustuu sopimukseen", "sopimukseen perustuvan
    /// asiakassuhteen perusteella" (the participle in any case), "oikeusperusteena on",
    /// "grundar sig på", "rättslig grund", "based on", "legal basis", "Art. 6".
    private static let phrases = [
        "perustuu", "perustuva", "oikeusperuste", "kasittelyperuste", "kasittelyn peruste", "perusteena on",
        "grundar sig", "rattslig grund", "rattsliga grund", "laglig grund", "based on", "legal basis", "lawful basis",
        "artikla 6", "6 artikla", "6 artiklan", "art. 6", "article 6", "6(1)", "6 art",
    ]

    /// The sentences, with the line of the block each comes from.
    static func sentences(in section: NoticeSection) -> [(text: String, line: Int)] {
        var result: [(String, Int)] = []
        for block in section.blocks {
            for sentence in split(block.text) {
                let folded = TextFold.fold(sentence)
                if phrases.contains(where: folded.contains) { result.append((sentence, block.line)) }
            }
        }
        return result
    }

    /// Splits a paragraph into sentences at ". ", "! " or "? " before a capital letter.
    static func split(_ text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            current.append(character)
            if ".!?".contains(character), index + 2 < characters.count, characters[index + 1] == " ",
                characters[index + 2].isUppercase
            {
                sentences.append(TextCleanup.collapse(current))
                current = ""
                index += 1
            }
            index += 1
        }
        let last = TextCleanup.collapse(current)
        if !last.isEmpty { sentences.append(last) }
        return sentences
    }
}
