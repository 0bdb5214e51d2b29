/// A heading, paragraph or list item of a notice, markup removed, with the line it starts on.
public struct NoticeBlock: Sendable, Codable, Equatable {
    /// The kind of block.
    public enum Kind: String, Sendable, Codable, Hashable {
        /// A heading or a two-column label.
        case heading
        /// A paragraph.
        case paragraph
        /// A list item (its text without the bullet).
        case listItem
    }

    /// The kind of block.
    public var kind: Kind
    /// The text, markup removed, spaces collapsed.
    public var text: String
    /// The 1-based source line the block starts on.
    public var line: Int

    /// Creates a block.
    public init(kind: Kind, text: String, line: Int) {
        self.kind = kind
        self.text = text
        self.line = line
    }
}
