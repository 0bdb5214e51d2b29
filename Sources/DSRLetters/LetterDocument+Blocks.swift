import Foundation

extension LetterDocument {
    /// The body as blocks (see ``LetterBlock``).
    var blocks: [LetterBlock] {
        var blocks: [LetterBlock] = []
        var group: [String] = []
        var title: String?
        func endGroup() {
            if let text = title {
                blocks.append(.title(text, subtitle: group))
            } else {
                blocks += Self.blocks(ofGroup: group)
            }
            title = nil
            group = []
        }
        for line in body {
            switch line.kind {
            case .title:
                endGroup()
                title = line.text.trimmingCharacters(in: .whitespaces)
            case .heading:
                endGroup()
                blocks.append(.heading(line.text.trimmingCharacters(in: .whitespaces)))
            case .text:
                group.append(line.text)
            case .blank:
                endGroup()
            }
        }
        endGroup()
        return blocks
    }

    /// The blocks of consecutive non-empty lines: list items where lines begin with a list marker (with the
    /// indented lines after them), and the other lines as a paragraph (one line) or a block of lines.
    static func blocks(ofGroup lines: [String]) -> [LetterBlock] {
        var blocks: [LetterBlock] = []
        var plain: [String] = []
        var items: [[String]] = []
        var ordered = false
        func endPlain() {
            if plain.count == 1 {
                blocks.append(.paragraph(plain[0]))
            } else if !plain.isEmpty {
                blocks.append(.lines(plain))
            }
            plain = []
        }
        func endList() {
            if !items.isEmpty { blocks.append(.list(ordered: ordered, items: items)) }
            items = []
        }
        for line in lines {
            if let marker = LetterBlock.listMarker(line) {
                endPlain()
                if marker.ordered != ordered { endList() }
                ordered = marker.ordered
                items.append([String(line.dropFirst(marker.length))])
            } else if !items.isEmpty, line.hasPrefix(" ") {
                items[items.count - 1].append(line.trimmingCharacters(in: .whitespaces))
            } else {
                endList()
                plain.append(line)
            }
        }
        endList()
        endPlain()
        return blocks
    }
}
