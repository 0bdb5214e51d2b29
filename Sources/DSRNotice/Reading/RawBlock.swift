/// A block as a reader produced it, before headings are recognised and sections formed.
struct RawBlock: Sendable, Equatable {
    /// The block.
    var block: NoticeBlock
    /// All of the block's text was bold (`<strong>`, `**…**`): a heading in many HTML and Markdown notices.
    var isEmphasised = false

    /// Creates a raw block.
    init(_ kind: NoticeBlock.Kind, _ text: String, line: Int, isEmphasised: Bool = false) {
        block = NoticeBlock(kind: kind, text: text, line: line)
        self.isEmphasised = isEmphasised
    }
}
