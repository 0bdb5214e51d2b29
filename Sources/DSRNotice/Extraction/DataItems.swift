/// Turns the data-category sections into a list: list items as they are, a comma list ("Nimi, edustettu
/// organisaatio, yhteystiedot") split at commas, other paragraphs kept whole, and an introduction that ends with a
/// colon before a list ("Henkilörekisteri sisältää seuraavia tietoja:") dropped, and so is a sentence beside a list
/// ("Henkilötunnusta käsitellään … 29 §:n mukaisesti."). Duplicates are removed.
enum DataItems {
    /// The items with their lines.
    static func items(in sections: [NoticeSection]) -> [(text: String, line: Int)] {
        var result: [(String, Int)] = []
        var seen: Set<String> = []
        func add(_ text: String, _ line: Int) {
            let item = TextCleanup.trimTrailing(TextCleanup.collapse(text), [" ", ".", ",", ";"])
            let key = TextFold.compact(item)
            guard !key.isEmpty, !seen.contains(key) else { return }
            seen.insert(key)
            result.append((item, line))
        }
        for section in sections {
            let hasList = section.blocks.contains { $0.kind == .listItem }
            for (index, block) in section.blocks.enumerated() {
                switch block.kind {
                case .listItem, .heading:
                    add(block.text, block.line)
                case .paragraph:
                    let next = index + 1 < section.blocks.count ? section.blocks[index + 1] : nil
                    if block.text.hasSuffix(":"), next?.kind == .listItem { continue }
                    // Beside a list, a sentence is a remark about the data, not an item.
                    if hasList, block.text.hasSuffix(".") || TextCleanup.wordCount(block.text) > 6 { continue }
                    if isCommaList(block.text) {
                        for part in block.text.split(separator: ",") { add(String(part), block.line) }
                    } else {
                        add(block.text, block.line)
                    }
                }
            }
        }
        return result
    }

    /// A short run of comma-separated nouns, not prose.
    private static func isCommaList(_ text: String) -> Bool {
        let parts = text.split(separator: ",")
        guard parts.count >= 3, text.count <= 400, !text.contains(". "), !text.contains(":") else { return false }
        return parts.allSatisfy { TextCleanup.wordCount(String($0)) <= 5 }
    }
}
