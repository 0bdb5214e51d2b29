/// Groups blocks into sections under their headings and names each section's topics.
enum Sectioner {
    /// Forms the sections; blocks before the first heading form a preamble section.
    static func sections(from blocks: [RawBlock]) -> [NoticeSection] {
        var sections: [NoticeSection] = []
        var current: NoticeSection?
        for raw in blocks {
            let block = raw.block
            if block.kind == .heading {
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
}
