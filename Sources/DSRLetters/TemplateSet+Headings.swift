import Foundation

extension TemplateSet {
    /// The longest line read as a heading.
    static let headingLimit = 90

    /// The section headings of the plain-text templates: the lines a Markdown or PDF letter sets as headings.
    ///
    /// A heading is a line of a template's own text (no tag in it) that opens a block: the line before it (not
    /// counting lines that hold only section tags such as `{{#refusal}}`) is empty or the start of the template, the
    /// next line is not empty, and it is short and does not end like a sentence (`.`, `:`, `;`, `,`). The texts come
    /// from the templates only, so recorded text is never promoted to a heading unless it repeats a heading's exact
    /// words on a line of its own after an empty line, and even then it is only set in bold.
    static func headings(in files: [String: String]) -> Set<String> {
        var found: Set<String> = []
        for (path, text) in files where path.hasSuffix(fileExtension) {
            found.formUnion(headings(inTemplate: text))
        }
        return found
    }

    /// The headings of one plain-text template.
    static func headings(inTemplate text: String) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            .filter { !isSectionTagLine($0) && $0 != textPragma }
        var found: [String] = []
        for (index, line) in lines.enumerated() {
            guard !line.isEmpty, !line.contains("{{"), line.count <= headingLimit,
                line.first?.isWhitespace == false, line.last.map({ !".:;,".contains($0) }) ?? false
            else { continue }
            let openerBefore = index == 0 || lines[index - 1].isEmpty
            let textAfter = index + 1 < lines.count && !lines[index + 1].isEmpty
            if openerBefore && textAfter { found.append(line) }
        }
        return found
    }

    /// Whether a template line holds nothing but section tags (`{{#x}}`, `{{/x}}`, `{{^x}}`), which print nothing.
    private static func isSectionTagLine(_ line: String) -> Bool {
        var rest = Substring(line.trimmingCharacters(in: .whitespaces))
        guard !rest.isEmpty else { return false }
        while !rest.isEmpty {
            guard rest.hasPrefix("{{#") || rest.hasPrefix("{{/") || rest.hasPrefix("{{^"),
                let close = rest.range(of: "}}")
            else { return false }
            rest = rest[close.upperBound...]
        }
        return true
    }
}
