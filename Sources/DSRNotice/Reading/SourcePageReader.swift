/// Reads the source file of a web page (React TSX/JSX, Vue single-file component, PHP template) as the page a
/// visitor sees: the visible text is kept, the code is dropped, and the result is read by ``HTMLReader``.
///
/// - JSX: elements become their HTML counterparts (`<h2 className=…>` → `<h2>`; a component with a `title` or
///   `heading` attribute gives that text as a heading; `Typography variant="h4"` → `<h4>`; other components →
///   `<div>`); `{" "}` and other string expressions give their text; other expressions are code. In code, string
///   literals that read as prose (`heading: "Rekisterinpitäjä"`, `text: "Leville.net (y-tunnus …)"`) become
///   paragraphs, those under a `title`/`heading` key headings; identifiers, import paths and class lists are dropped.
/// - Vue: `<script>` and `<style>` are dropped, `<template>` is unwrapped, `{{ … }}` interpolations are dropped.
/// - PHP: `<?php … ?>` and `<?= … ?>` are dropped.
///
/// Every newline of the source is kept, so line numbers in findings and field sources are the source file's.
enum SourcePageReader {
    /// Whether lines look like the source of a page rather than a document.
    static func looksLikeSource(_ lines: [String]) -> Bool {
        var code = 0
        var markup = 0
        // A Vue single-file component: a line opening `<template>` and one opening its `<script>` or `<style>`, in a
        // file that is no HTML document (no `<html`, `<body`, doctype).
        var template = false
        var scriptOrStyle = false
        var document = false
        for line in lines.prefix(400) {
            let trimmed = TextCleanup.collapse(line)
            let lower = trimmed.lowercased()
            if lower.hasPrefix("<template") { template = true }
            if lower.hasPrefix("<script") || lower.hasPrefix("<style") { scriptOrStyle = true }
            if lower.contains("<html") || lower.contains("<body") || lower.contains("<!doctype") { document = true }
            if trimmed.hasPrefix("import ")
                && (trimmed.contains(" from ") || trimmed.hasSuffix("\";")
                    || trimmed.hasSuffix("';"))
            {
                code += 2
            }
            if trimmed.hasPrefix("export default") || trimmed.hasPrefix("export const")
                || trimmed.hasPrefix("export function")
            {
                code += 2
            }
            if trimmed.contains("className=") || trimmed.contains("<?php") || trimmed.hasPrefix("<template")
                || trimmed.hasPrefix("<script setup")
            {
                markup += 1
            }
            if trimmed.hasPrefix("return (") || trimmed.hasPrefix("const ") || trimmed.hasPrefix("\"use client\"")
                || trimmed.hasPrefix("'use client'")
            {
                code += 1
            }
        }
        return code >= 2 || markup >= 2 || (code >= 1 && markup >= 1) || (template && scriptOrStyle && !document)
    }

    /// The page's visible text as HTML, with the source's line breaks.
    static func html(from text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        let lower = text.lowercased()
        if lower.contains("<?php") || lower.contains("<?=") {
            return markupTemplate(scalars, php: true)
        }
        if lower.contains("<template") && !lower.contains("classname=") {
            return markupTemplate(scalars, php: false)
        }
        var converter = JSXConverter(scalars: scalars)
        converter.code(until: nil)
        return String(String.UnicodeScalarView(converter.output))
    }

    /// Vue and PHP templates: drops `<?php … ?>`, `{{ … }}`, `<script>`/`<style>` blocks (HTMLReader drops those
    /// too) and unwraps `<template>`.
    private static func markupTemplate(_ scalars: [Unicode.Scalar], php: Bool) -> String {
        var output = String.UnicodeScalarView()
        var index = 0
        func starts(_ marker: String, at position: Int) -> Bool {
            let marks = Array(marker.unicodeScalars)
            guard position + marks.count <= scalars.count else { return false }
            for offset in 0..<marks.count
            where Character(scalars[position + offset]).lowercased() != Character(marks[offset]).lowercased() {
                return false
            }
            return true
        }
        func skip(until end: String) {
            while index < scalars.count && !starts(end, at: index) {
                if scalars[index] == "\n" { output.append("\n") }
                index += 1
            }
            index = min(scalars.count, index + end.unicodeScalars.count)
        }
        while index < scalars.count {
            if php && starts("<?", at: index) {
                skip(until: "?>")
            } else if !php && starts("{{", at: index) {
                skip(until: "}}")
            } else if !php && (starts("<template", at: index) || starts("</template", at: index)) {
                skip(until: ">")
                output.append(" ")
            } else {
                output.append(scalars[index])
                index += 1
            }
        }
        return String(output)
    }
}

/// The JSX/TSX scanner behind ``SourcePageReader``: a single pass over the source with a small state machine (code,
/// string, comment, element, children). Linear in the length of the source; unbalanced input ends the scan.
private struct JSXConverter {
    let scalars: [Unicode.Scalar]
    var index = 0
    var output: [Unicode.Scalar] = []
    /// The last identifier seen in code before a `:` (the key of a string property).
    private var lastKey = ""
    /// String constants of the file by name: `const legalEntity = process.env.LEGAL_ENTITY || "Esimerkki Oy";`
    /// gives "Esimerkki Oy", the text a visitor sees where the page writes `{legalEntity}`.
    private let constants: [String: String]
    /// Where the literals of those constants start: shown where the constant is used, not where it is defined.
    private let constantLiterals: Set<Int>

    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        (constants, constantLiterals) = Self.stringConstants(in: scalars)
    }

    /// The file's constants whose value is one string literal, alone or as the default of another value
    /// (`process.env.X || "…"`, `props.name ?? "…"`), with the positions of those literals. A constant without
    /// such a literal (`process.env.X` alone) has no value a visitor sees, and is left out.
    static func stringConstants(in scalars: [Unicode.Scalar]) -> ([String: String], Set<Int>) {
        var constants: [String: String] = [:]
        var positions: Set<Int> = []
        var lineStart = 0
        while lineStart < scalars.count {
            var lineEnd = lineStart
            while lineEnd < scalars.count, scalars[lineEnd] != "\n" { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            var cursor = lineStart
            func skipSpaces() {
                while cursor < lineEnd, scalars[cursor] == " " || scalars[cursor] == "\t" { cursor += 1 }
            }
            func word() -> String {
                var text = ""
                while cursor < lineEnd, isIdentifier(scalars[cursor]) {
                    text.unicodeScalars.append(scalars[cursor])
                    cursor += 1
                }
                return text
            }
            skipSpaces()
            var keyword = word()
            if keyword == "export" {
                skipSpaces()
                keyword = word()
            }
            guard ["const", "let", "var"].contains(keyword) else { continue }
            skipSpaces()
            let name = word()
            skipSpaces()
            guard !name.isEmpty, cursor < lineEnd, scalars[cursor] == "=", cursor + 1 < lineEnd,
                scalars[cursor + 1] != "=", scalars[cursor + 1] != ">"
            else { continue }
            cursor += 1
            var literal: (text: String, start: Int)?
            var valid = true
            while cursor < lineEnd, scalars[cursor] != ";", valid {
                let scalar = scalars[cursor]
                if scalar == "\"" || scalar == "'" || scalar == "`" {
                    guard literal == nil else {
                        valid = false
                        break
                    }
                    let start = cursor
                    var text = ""
                    cursor += 1
                    while cursor < lineEnd, scalars[cursor] != scalar {
                        if scalars[cursor] == "\\" || (scalar == "`" && scalars[cursor] == "$") { valid = false }
                        text.unicodeScalars.append(scalars[cursor])
                        cursor += 1
                    }
                    guard cursor < lineEnd else {
                        valid = false
                        break
                    }
                    literal = (text, start)
                } else if !(isIdentifier(scalar) || " \t.|?".unicodeScalars.contains(scalar)) {
                    valid = false
                }
                cursor += 1
            }
            if valid, let literal, constants[name] == nil {
                constants[name] = literal.text
                positions.insert(literal.start)
            }
        }
        return (constants, positions)
    }

    private static let headingKeys: Set<String> = ["title", "heading", "header", "otsikko", "subtitle", "label"]

    private func at(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    private mutating func emitBlank(_ scalar: Unicode.Scalar) {
        output.append(scalar == "\n" ? "\n" : " ")
    }

    fileprivate static func isIdentifier(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_" || scalar == "$"
    }

    /// Code until the closing `}` of an expression (or the end): strings, comments, JSX elements, nested braces.
    mutating func code(until closing: Unicode.Scalar?) {
        var depth = 0
        var previousSignificant: Unicode.Scalar = "("
        var identifier = ""
        // A conditional's second branch ("{fi ? "Sähköposti:" : "Email:"}"): the page shows one of the two texts,
        // the first, so a literal right after the ":" that closes a "?" is not text.
        var openConditionals = 0
        var alternative = false
        while let scalar = at() {
            if let closing, scalar == closing, depth == 0 {
                index += 1
                return
            }
            switch scalar {
            case "/" where at(1) == "/":
                while let next = at(), next != "\n" {
                    index += 1
                }
            case "/" where at(1) == "*":
                index += 2
                while let next = at(), !(next == "*" && at(1) == "/") {
                    emitBlank(next == "\n" ? "\n" : " ")
                    index += 1
                }
                index += 2
            case "\"", "'", "`":
                let key = lastKey
                let isConstant = constantLiterals.contains(index)
                let text = string(quote: scalar)
                emitLiteral(text, key: isConstant ? "" : key, asText: !isConstant && !alternative)
                previousSignificant = "a"
                lastKey = ""
                alternative = false
                continue
            case "?" where at(1) != "." && at(1) != "?" && previousSignificant != "?":
                openConditionals += 1
                emitBlank(scalar)
                index += 1
            case ":" where openConditionals > 0:
                openConditionals -= 1
                alternative = true
                emitBlank(scalar)
                index += 1
                previousSignificant = scalar
                continue
            case "<" where startsElement(after: previousSignificant):
                element()
                previousSignificant = ")"
                continue
            case "{", "(", "[":
                depth += 1
                emitBlank(scalar)
                index += 1
            case "}", ")", "]":
                depth -= 1
                emitBlank(scalar)
                index += 1
                if depth < 0 { depth = 0 }
            default:
                emitBlank(scalar)
                index += 1
            }
            if Self.isIdentifier(scalar) {
                identifier.unicodeScalars.append(scalar)
            } else if scalar == ":" {
                lastKey = identifier.lowercased()
                identifier = ""
            } else if !scalar.properties.isWhitespace {
                identifier = ""
                if scalar != "," { lastKey = "" }
            }
            if !scalar.properties.isWhitespace {
                previousSignificant = scalar
                alternative = false
            }
        }
    }

    /// Whether a `<` at `index` opens a JSX element: a letter or `>` follows, and what precedes is not an operand.
    private func startsElement(after previous: Unicode.Scalar) -> Bool {
        guard let next = at(1), next.properties.isAlphabetic || next == ">" else { return false }
        return !(Self.isIdentifier(previous) || previous == ")" || previous == "]")
    }

    /// A string literal; `${…}` parts of a template literal are dropped. Newlines in the literal are kept.
    private mutating func string(quote: Unicode.Scalar) -> String {
        var text = String.UnicodeScalarView()
        index += 1
        while let scalar = at() {
            if scalar == "\\", let next = at(1) {
                // "\n" in a literal is a line break of the text, kept apart from the source's own lines.
                text.append(next == "n" ? "\u{2028}" : next)
                index += 2
                continue
            }
            if scalar == quote {
                index += 1
                break
            }
            if quote == "`" && scalar == "$" && at(1) == "{" {
                index += 2
                let start = output.count
                code(until: "}")
                // The expression's own output is blank apart from newlines; keep only those.
                let newlines = output[start...].filter { $0 == "\n" }
                output.removeSubrange(start...)
                text.append(contentsOf: newlines)
                continue
            }
            if scalar == "\n" && quote != "`" { break }
            text.append(scalar)
            index += 1
        }
        return String(text)
    }

    /// Writes a string literal of code as a paragraph or heading when it reads as prose; otherwise only its line
    /// breaks.
    private mutating func emitLiteral(_ text: String, key: String, asText: Bool = true) {
        let newlines = text.unicodeScalars.filter { $0 == "\n" }.count
        guard asText, Self.isProse(text) else {
            output.append(contentsOf: String(repeating: "\n", count: newlines).unicodeScalars)
            return
        }
        let tag = Self.headingKeys.contains(key) ? "h3" : "p"
        // Lines of the literal become lines of the output, so each keeps its source line.
        var escaped = ""
        for character in text {
            switch character {
            case "<": escaped += "&lt;"
            case "&": escaped += "&amp;"
            case "\n": escaped += "<br>\n"
            case "\u{2028}": escaped += "<br>"
            default: escaped.append(character)
            }
        }
        output.append(contentsOf: "<\(tag)>\(escaped)</\(tag)>".unicodeScalars)
    }

    /// Whether a literal is visible text rather than an identifier, a path or a list of CSS classes.
    static func isProse(_ text: String) -> Bool {
        let trimmed = TextCleanup.collapse(text)
        guard let first = trimmed.unicodeScalars.first,
            trimmed.unicodeScalars.contains(where: \.properties.isAlphabetic)
        else { return false }
        if trimmed.hasPrefix("@/") || trimmed.hasPrefix("./") || trimmed.hasPrefix("../") || trimmed.hasPrefix("/")
            || trimmed.hasPrefix("http") || trimmed.hasPrefix("#") || trimmed.hasPrefix("use ")
        {
            return false
        }
        let words = trimmed.split(separator: " ")
        if words.count == 1 {
            // One word: a capitalised word ("Nimi"), a business ID, an e-mail address; not an identifier.
            if trimmed.contains("@") && trimmed.contains(".") { return true }
            if trimmed.contains("/") || trimmed.contains("_") || trimmed.contains("=") { return false }
            return first.properties.isUppercase && !trimmed.contains(where: { $0 == "." || $0 == "(" })
        }
        // Class lists: every word lower case ASCII with CSS punctuation, and at least one - or :.
        let cssLike = words.allSatisfy { word in
            word.unicodeScalars.allSatisfy {
                ($0.isASCII && ($0.properties.isLowercase || $0.properties.numericType != nil))
                    || "-:/[]().#%_!&>=".unicodeScalars.contains($0)
            }
        }
        if cssLike && words.contains(where: { $0.contains("-") || $0.contains(":") }) { return false }
        if trimmed.contains("=>") || trimmed.contains("();") { return false }
        return true
    }

    /// The value of a constant written alone in braces (`{legalEntity}`, after the `{`), moving past the `}`; `nil`
    /// (not moving) for any other expression.
    private mutating func constantReference() -> String? {
        var cursor = index
        var name = ""
        while cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
        while cursor < scalars.count, Self.isIdentifier(scalars[cursor]) {
            name.unicodeScalars.append(scalars[cursor])
            cursor += 1
        }
        while cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
        guard cursor < scalars.count, scalars[cursor] == "}", let value = constants[name] else { return nil }
        index = cursor + 1
        return value
    }

    /// Text escaped for the HTML reader.
    private static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "<": result += "&lt;"
            case "&": result += "&amp;"
            default: result.append(character)
            }
        }
        return result
    }

    /// A JSX element from its `<` to its end, children included.
    private mutating func element() {
        index += 1  // <
        if at() == ">" {  // fragment
            index += 1
            children(closingName: "")
            return
        }
        var name = ""
        while let scalar = at(), Self.isIdentifier(scalar) || scalar == "." || scalar == "-" || scalar == ":" {
            name.unicodeScalars.append(scalar)
            index += 1
        }
        var attributes: [String: String] = [:]
        var selfClosing = false
        while let scalar = at() {
            if scalar == "/" && at(1) == ">" {
                selfClosing = true
                index += 2
                break
            }
            if scalar == ">" {
                index += 1
                break
            }
            if scalar == "{" {
                index += 1
                skipBalanced()
                continue
            }
            if Self.isIdentifier(scalar) {
                var attribute = ""
                while let next = at(), Self.isIdentifier(next) || next == "-" {
                    attribute.unicodeScalars.append(next)
                    index += 1
                }
                if at() == "=", let quote = at(1), quote == "\"" || quote == "'" {
                    index += 1
                    attributes[attribute.lowercased()] = string(quote: quote)
                }
                continue
            }
            emitBlank(scalar)
            index += 1
        }
        let tag = Self.htmlTag(name: name, attributes: attributes)
        // A heading component that takes its text as an attribute (Svelte's `<H2 text="Rekisterinpitäjä" />`) is
        // that heading.
        if selfClosing, tag.count == 2, tag.hasPrefix("h"), tag.last?.isNumber == true,
            let text = attributes["text"] ?? attributes["title"] ?? attributes["heading"],
            !TextCleanup.collapse(text).isEmpty
        {
            output.append(contentsOf: "<\(tag)>\(text)</\(tag)>".unicodeScalars)
            return
        }
        if let title = attributes["title"] ?? attributes["heading"], Self.isProse(title), tag == "div" {
            output.append(contentsOf: "<h3>\(title)</h3>".unicodeScalars)
        }
        // A label's class is kept (`<span class="lbl">Osoite</span>`), so the reader puts a colon after the label.
        let labelClass = (attributes["class"] ?? attributes["className"]).map { " class=\"\($0)\"" } ?? ""
        let keepsClass = tag == "span" && HTMLBlockBuilder.isLabelClass(labelClass)
        output.append(contentsOf: "<\(tag)\(keepsClass ? labelClass : "")>".unicodeScalars)
        if selfClosing {
            if tag != "br" { output.append(contentsOf: "</\(tag)>".unicodeScalars) }
            return
        }
        if ["br", "img", "hr", "input", "meta", "link"].contains(tag) { return }
        children(closingName: name)
        output.append(contentsOf: "</\(tag)>".unicodeScalars)
    }

    /// The HTML tag an element stands for.
    private static func htmlTag(name: String, attributes: [String: String]) -> String {
        guard let first = name.unicodeScalars.first else { return "div" }
        if first.properties.isLowercase { return name.lowercased() }
        let lower = name.lowercased()
        if let variant = attributes["variant"]?.lowercased(), variant.count == 2, variant.hasPrefix("h") {
            return variant
        }
        if let component = attributes["component"]?.lowercased(), component.count == 2, component.hasPrefix("h") {
            return component
        }
        if lower.hasSuffix("title") || lower.contains("heading") { return "h3" }
        if lower.count == 2, lower.hasPrefix("h"), lower.last?.isNumber == true { return lower }
        if lower == "p" || lower.hasSuffix("paragraph") || lower == "text" || lower == "typography" { return "p" }
        if lower.hasSuffix("link") || lower == "a" { return "span" }
        if lower.hasSuffix("listitem") || lower == "li" { return "li" }
        return "div"
    }

    /// Skips a `{…}` attribute value, strings included.
    private mutating func skipBalanced() {
        var depth = 1
        while let scalar = at(), depth > 0 {
            switch scalar {
            case "{": depth += 1
            case "}": depth -= 1
            case "\"", "'", "`":
                let newlines = string(quote: scalar).unicodeScalars.filter { $0 == "\n" }
                output.append(contentsOf: newlines)
                continue
            default: break
            }
            emitBlank(scalar)
            index += 1
        }
    }

    /// The children of an element up to its closing tag: text kept, `{…}` read as code, nested elements.
    private mutating func children(closingName: String) {
        while let scalar = at() {
            if scalar == "<" {
                if at(1) == "/" {
                    // A closing tag: ours ends the element, any other is skipped.
                    index += 2
                    var name = ""
                    while let next = at(), next != ">" {
                        name.unicodeScalars.append(next)
                        index += 1
                    }
                    index += 1
                    if TextCleanup.collapse(name) == closingName { return }
                    continue
                }
                if let next = at(1), next.properties.isAlphabetic || next == ">" {
                    element()
                    continue
                }
            }
            if scalar == "{" {
                index += 1
                if at() == "/" && at(1) == "*" {  // {/* comment */}
                    while let next = at(), !(next == "*" && at(1) == "/") {
                        emitBlank(next == "\n" ? "\n" : " ")
                        index += 1
                    }
                    index += 2
                    while let next = at(), next != "}" {
                        emitBlank(next)
                        index += 1
                    }
                    index += 1
                    continue
                }
                // A constant of the file ({legalEntity}) shows its value.
                if let value = constantReference() {
                    output.append(contentsOf: Self.escaped(value).unicodeScalars)
                    continue
                }
                let start = output.count
                code(until: "}")
                // A bare string expression ({" "}, {'text'}) is inline text, not a paragraph of its own.
                let produced = String(String.UnicodeScalarView(output[start...]))
                if produced.hasPrefix("<p>"), produced.hasSuffix("</p>"), !produced.contains("\n") {
                    output.removeSubrange(start...)
                    output.append(contentsOf: produced.dropFirst(3).dropLast(4).unicodeScalars)
                }
                output.append(" ")
                continue
            }
            output.append(scalar)
            index += 1
        }
    }
}
