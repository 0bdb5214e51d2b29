/// Recognises the layout of a notice from its text, so the user never has to say it.
///
/// In order: the source of a web page (TSX/JSX, Vue, PHP: see ``SourcePageReader``); an HTML document (`<!DOCTYPE html>`, `<html`, `<body`); the two-column form (at least three
/// "Label<TAB>value" lines making up a third of the non-blank lines); Markdown (two or more `#` headings); an HTML
/// fragment (three or more lines with block tags); numbered plain text (two or more numbered lines naming a known
/// topic); otherwise plain text.
enum NoticeFormatDetector {
    /// Detects the format.
    static func detect(lines: [String]) -> NoticeFormat {
        if SourcePageReader.looksLikeSource(lines) { return .sourcePage }
        var rows = 0
        var nonBlank = 0
        var atx = 0
        var htmlLines = 0
        var numbered = 0
        var documentMarker = false
        var markdownLines = 0
        for line in lines {
            let trimmed = TextCleanup.collapse(line)
            if trimmed.isEmpty { continue }
            nonBlank += 1
            if isMarkdownLine(trimmed) { markdownLines += 1 }
            if TwoColumnReader.label(of: line) != nil { rows += 1 }
            if let heading = MarkdownReader.atxHeading(line), !heading.isEmpty { atx += 1 }
            if line.contains("<") {
                let lower = line.lowercased()
                if lower.contains("<!doctype html") || lower.contains("<html") || lower.contains("<body") {
                    documentMarker = true
                }
                let tags = ["<p>", "<p ", "<h1", "<h2", "<h3", "<h4", "<h5", "<h6", "<div", "<li", "<br", "<td", "<tr"]
                if tags.contains(where: { lower.contains($0) }) { htmlLines += 1 }
            }
            if let numbering = HeadingRules.numbering(of: trimmed), !numbering.sub,
                !HeadingCatalogue.topics(for: numbering.rest).isEmpty
            {
                numbered += 1
            }
        }
        if documentMarker { return .html }
        if rows >= 3 && rows * 3 >= nonBlank { return .twoColumn }
        if atx >= 2 { return .markdown }
        // Markdown with its section headings written as HTML elements ("<h2 id="controller">1. Rekisterinpitäjä</h2>")
        // and its own lists, bold labels and links at least as often: Markdown, whose line breaks matter.
        if htmlLines >= 3, markdownLines >= 3, markdownLines >= htmlLines { return .markdown }
        if htmlLines >= 3 { return .html }
        if numbered >= 2 { return .numberedText }
        return .text
    }

    /// Whether a trimmed line is written in Markdown: a list item ("- Esimerkki"), a paragraph opening with a bold
    /// label ("**Päivitetty:** 1.1.2026") or a line with a link ("[teksti](https://…)").
    static func isMarkdownLine(_ trimmed: String) -> Bool {
        if trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") { return trimmed.count > 2 }
        if trimmed.hasPrefix("**"), trimmed.dropFirst(2).contains("**"), !trimmed.hasPrefix("***") { return true }
        return trimmed.contains("](")
    }
}
