import DSRCore
import Foundation

extension LetterDocument {
    /// The letter as a self-contained HTML page laid out for printing on A4, written from the structured form: the
    /// letterhead and the addressee as `<address>` blocks, the date and case number, the title as `<h1>`, each
    /// section as a `<section>` with its `<h2>`, paragraphs, blocks of lines and lists (``LetterBlock``), the
    /// signature, and for an issued letter the footer.
    ///
    /// Every text of the letter is HTML-escaped, so a recorded name or reason cannot add markup. The page has no
    /// script and loads nothing. Its print style sheet sets the A4 page (`@page`) with page numbers in the margin
    /// (`counter(page)`), and keeps an address, a block of lines, a list item and the signature on one page and a
    /// heading with what follows it.
    var html: String {
        var page = """
            <!DOCTYPE html>
            <html lang="\(Self.escape(language.rawValue))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Self.escape(title)) – \(Self.escape(caseNumber))</title>
            <style>
            \(Self.styleSheet(language))
            </style>
            </head>
            <body>
            <article class="letter">
            <header class="top">

            """
        if !letterhead.isEmpty {
            let name = letterhead[0].trimmingCharacters(in: .whitespaces)
            let rest = letterhead.dropFirst().map(Self.escape)
            page +=
                "<address class=\"letterhead\">"
                + (["<strong>\(Self.escape(name))</strong>"] + rest)
                .joined(separator: "<br>\n") + "</address>\n"
        }
        page += "<p class=\"meta\">" + meta.map(Self.escape).joined(separator: "<br>\n") + "</p>\n</header>\n"
        page +=
            "<address class=\"addressee\">" + addressee.map(Self.escape).joined(separator: "<br>\n")
            + "</address>\n"
        page += "<main class=\"body\">\n"
        var inSection = false
        for block in blocks {
            switch block {
            case .title(let text, let subtitle):
                page += "<h1>\(Self.escape(text))</h1>\n"
                if !subtitle.isEmpty {
                    page += "<p class=\"subtitle\">" + subtitle.map(Self.escape).joined(separator: "<br>\n") + "</p>\n"
                }
            case .heading(let text):
                if inSection { page += "</section>\n" }
                page += "<section>\n<h2>\(Self.escape(text))</h2>\n"
                inSection = true
            case .paragraph(let text):
                page += "<p>\(Self.escape(text))</p>\n"
            case .lines(let lines):
                page += "<p class=\"lines\">" + lines.map(Self.escape).joined(separator: "<br>\n") + "</p>\n"
            case .list(let ordered, let items):
                let tag = ordered ? "ol" : "ul"
                page += "<\(tag)>\n"
                for item in items {
                    page += "<li>" + item.map(Self.escape).joined(separator: "<br>\n") + "</li>\n"
                }
                page += "</\(tag)>\n"
            }
        }
        if inSection { page += "</section>\n" }
        page += "</main>\n<footer class=\"signature\">\n"
        for paragraph in Self.groups(signature) {
            page += "<p>" + paragraph.map(Self.escape).joined(separator: "<br>\n") + "</p>\n"
        }
        page += "</footer>\n"
        if !footer.isEmpty {
            page += "<p class=\"issue\">" + footer.map(Self.escape).joined(separator: "<br>\n") + "</p>\n"
        }
        page += "</article>\n</body>\n</html>\n"
        return page
    }

    /// The page's style sheet: a sheet of paper on screen, and for print the A4 page with its margins, the page
    /// number at the foot of each page (`1 (2)` in Finnish and Swedish, `Page 1 of 2` in English) and the rules
    /// that keep blocks whole.
    static func styleSheet(_ language: Language) -> String {
        let number =
            switch language {
            case .en: "\"Page \" counter(page) \" of \" counter(pages)"
            case .fi, .sv: "counter(page) \" (\" counter(pages) \")\""
            }
        return """
            @page { size: A4; margin: 20mm 20mm 22mm 25mm; @bottom-right { content: \(number); font-size: 8pt; } }
            * { box-sizing: border-box; }
            html { background: #e6e6e6; }
            body { margin: 0; color: #000; font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, \
            sans-serif; font-size: 10pt; line-height: 1.4; }
            .letter { width: 210mm; min-height: 297mm; margin: 8mm auto; padding: 15mm 20mm 22mm 25mm; \
            background: #fff; }
            .top { display: flex; justify-content: space-between; align-items: flex-start; gap: 10mm; \
            min-height: 25mm; }
            address { font-style: normal; overflow-wrap: anywhere; break-inside: avoid; }
            .letterhead { font-size: 8.5pt; line-height: 1.3; }
            .letterhead strong { font-size: 10pt; }
            .meta { margin: 0; text-align: right; flex: none; }
            .addressee { width: 85mm; min-height: 40mm; margin: 8mm 0 0 -5mm; }
            .body { display: block; margin-top: 8mm; overflow-wrap: anywhere; }
            h1 { font-size: 12pt; margin: 0 0 0.2em; }
            .subtitle { font-weight: bold; }
            h2 { font-size: 10pt; margin: 1.2em 0 0.2em; }
            h1, h2 { break-after: avoid; page-break-after: avoid; }
            p, ul, ol { margin: 0 0 0.8em; }
            .lines, li, .signature { break-inside: avoid; page-break-inside: avoid; }
            ul, ol { padding-left: 1.5em; }
            .signature { margin-top: 6mm; }
            .issue { margin: 10mm 0 0; font-size: 8pt; color: #333; }
            @media print {
              html { background: none; }
              .letter { width: auto; min-height: 0; margin: 0; padding: 0; }
            }
            """
    }

    /// Lines divided at empty lines into groups of non-empty lines.
    static func groups(_ lines: [String]) -> [[String]] {
        var groups: [[String]] = []
        var current: [String] = []
        for line in lines {
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                if !current.isEmpty { groups.append(current) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { groups.append(current) }
        return groups
    }

    /// Text escaped for HTML: `&`, `<`, `>`, `"` and `'`.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
