/// Turns the main part of a Word document (`word/document.xml` of a .docx) into HTML that ``NoticeParser`` reads:
/// each paragraph (`w:p`) becomes `<p>`, or `<h2>` when its style is a heading ("Heading1", "Otsikko1", "Rubrik1",
/// "Title"); bold runs stay bold; tables keep their rows and cells; tabs and breaks become spaces and `<br>`.
///
/// The scan is a single linear pass over the XML with no XML library, so dsr keeps linking only libsqlite3; text
/// outside `w:t` (field codes, properties) is dropped, and entities are kept for ``HTMLReader`` to decode.
public enum WordDocumentText {
    /// The HTML page for a document part.
    ///
    /// - Parameter xml: The text of `word/document.xml`.
    /// - Returns: An HTML page, one line per paragraph.
    public static func html(fromDocumentXML xml: String) -> String {
        let scalars = Array(xml.unicodeScalars)
        var output = "<html><body>\n"
        var paragraph = ""
        var heading = false
        var bold = false
        var inText = false
        var index = 0
        func flush() {
            let text = TextCleanup.collapse(paragraph)
            if !text.isEmpty {
                output += heading ? "<h2>\(text)</h2>\n" : "<p>\(text)</p>\n"
            }
            paragraph = ""
            heading = false
        }
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == "<" else {
                if inText { paragraph.unicodeScalars.append(scalar) }
                index += 1
                continue
            }
            guard let end = scalars[index...].firstIndex(of: ">") else { break }
            let tag = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
            index = end + 1
            let closing = tag.hasPrefix("/")
            let selfClosing = tag.hasSuffix("/")
            let name = String(tag.drop { $0 == "/" }.prefix { $0 != " " && $0 != "/" && $0 != ">" && $0 != "\n" })
            switch name {
            case "w:t":
                inText = !closing && !selfClosing
            case "w:p":
                if closing || selfClosing {
                    flush()
                } else {
                    paragraph = ""
                    heading = false
                }
            case "w:pStyle":
                let style = TextFold.compact(attribute("w:val", in: tag) ?? "")
                if ["heading", "otsikko", "rubrik", "title", "otsikon"].contains(where: style.hasPrefix) {
                    heading = true
                }
            case "w:b":
                bold = !closing && attribute("w:val", in: tag).map { $0 != "0" && $0 != "false" } ?? true
                if bold && !closing { paragraph += "<b>" }
            case "w:r":
                if closing && bold {
                    paragraph += "</b>"
                    bold = false
                }
            case "w:tab":
                paragraph += " "
            case "w:br", "w:cr":
                paragraph += "<br>"
            case "w:tr":
                flush()
                output += closing ? "</tr>\n" : "<tr>"
            case "w:tc":
                flush()
                output += closing ? "</td>" : "<td>"
            case "w:tbl":
                flush()
                output += closing ? "</table>\n" : "<table>"
            default:
                break
            }
        }
        flush()
        return output + "</body></html>\n"
    }

    /// The value of an attribute in a tag's text.
    private static func attribute(_ name: String, in tag: String) -> String? {
        guard let range = tag.firstRange(of: name + "=\"") else { return nil }
        let rest = tag[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }
}
