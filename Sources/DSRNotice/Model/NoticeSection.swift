/// A heading of a notice and the blocks under it.
public struct NoticeSection: Sendable, Codable, Equatable {
    /// The heading as written (markup removed), or `nil` for text before the first heading.
    public var heading: String?
    /// The 1-based line of the heading, or of the first block when there is no heading.
    public var line: Int
    /// What the section is about; a combined heading ("Oikeusperuste ja käsittelyn tarkoitus") has several topics.
    public var topics: [NoticeTopic]
    /// The blocks under the heading.
    public var blocks: [NoticeBlock]

    /// Creates a section.
    public init(heading: String?, line: Int, topics: [NoticeTopic], blocks: [NoticeBlock]) {
        self.heading = heading
        self.line = line
        self.topics = topics
        self.blocks = blocks
    }

    /// The body as text: paragraphs on their own lines, list items prefixed with "- ".
    public var text: String {
        blocks.map { $0.kind == .listItem ? "- " + $0.text : $0.text }.joined(separator: "\n")
    }

    /// Whether the section has no body text.
    public var isEmpty: Bool { blocks.allSatisfy { $0.text.isEmpty } }

    /// The line of the first body block, or the heading line.
    public var bodyLine: Int { blocks.first?.line ?? line }
}
