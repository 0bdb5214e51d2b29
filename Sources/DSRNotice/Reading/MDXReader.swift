/// Reads an MDX file (Markdown with JSX) as the Markdown it carries: its `import` and `export` lines and the lines
/// that only open or close a component (`<Fi>`, `</En>`, `<Note />`) are code and become blank lines, so the rest is
/// read by ``MarkdownReader`` with the source's line numbers. Without this, the file was read as a page's source and
/// its Markdown ("#### Rekisterinpitäjä", "[a@b.fi](mailto:a@b.fi)") as plain text in one paragraph.
enum MDXReader {
    /// The file's Markdown lines, code lines blanked, when the lines are MDX: at least one `import`/`export` line,
    /// at least two `#` headings at a line's start, and no line of a component's code (`return (`, `className=`).
    static func markdownLines(_ lines: [String]) -> [String]? {
        var moduleLines = 0
        var headings = 0
        for line in lines {
            let trimmed = TextCleanup.collapse(line)
            if isModuleLine(trimmed) { moduleLines += 1 }
            if line.hasPrefix("#"), let heading = MarkdownReader.atxHeading(line), !heading.isEmpty { headings += 1 }
            if trimmed.hasPrefix("return (") || trimmed.contains("className=") || trimmed.hasPrefix("const ")
                || trimmed.hasPrefix("function ")
            {
                return nil
            }
        }
        guard moduleLines >= 1, headings >= 2 else { return nil }
        return lines.map { line in
            let trimmed = TextCleanup.collapse(line)
            return isModuleLine(trimmed) || isComponentTag(trimmed) ? "" : line
        }
    }

    /// Whether a trimmed line imports or exports a module's value.
    private static func isModuleLine(_ trimmed: String) -> Bool {
        (trimmed.hasPrefix("import ") && (trimmed.contains(" from ") || trimmed.hasSuffix("\";")))
            || trimmed.hasPrefix("export ")
    }

    /// Whether a trimmed line only opens or closes a component whose name is capitalised: `<Fi>`, `</En>`,
    /// `<Note />`, `<Box title="x">`.
    static func isComponentTag(_ trimmed: String) -> Bool {
        guard trimmed.hasPrefix("<"), trimmed.hasSuffix(">") else { return false }
        let name = trimmed.dropFirst(trimmed.hasPrefix("</") ? 2 : 1)
        guard name.first?.isUppercase == true, name.first?.isASCII == true else { return false }
        return trimmed.dropFirst().dropLast().firstIndex(of: "<") == nil
    }
}
