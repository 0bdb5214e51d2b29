import Foundation
import Mustache

/// The letter templates compiled into dsr, parsed and checked for their escaping rule.
///
/// Escaping is decided per folder and enforced here, so that a template cannot quietly get it wrong:
/// - Plain-text templates (every file outside `html/`) start with the pragma `{{%CONTENT_TYPE: TEXT}}`, so that
///   `{{name}}` inserts the text exactly as recorded: no `&amp;` in a letter. swift-mustache resets the content type
///   to HTML at every partial, which is why each partial starts with the pragma too.
/// - Every plain-text template is also registered a second time as `escaped/<name>`: the same text without the
///   pragma, with its partials pointing to their `escaped/` twins, so that the HTML letter prints the very same
///   wording with swift-mustache's HTML escaping. Templates that choose a partial at run time (`{{>*name}}`) get no
///   twin, because the chosen partial could be a plain-text one.
/// - HTML templates (under `html/`) keep the default HTML escaping, may not switch it off, and may include only
///   `html/` and `escaped/` partials.
/// - No template uses the unescaped forms `{{{name}}}` or `{{& name}}`, so one tag form means one thing per folder.
struct TemplateSet: Sendable {
    /// The first line every plain-text template must have.
    static let textPragma = "{{%CONTENT_TYPE: TEXT}}"
    /// The folder of HTML templates.
    static let htmlFolder = "html/"
    /// The prefix of the HTML-escaping twins of the plain-text templates.
    static let escapedPrefix = "escaped/"
    /// The extension of template files.
    static let fileExtension = ".mustache"

    /// The parsed templates, registered under their path without the extension (`refusal.fi`, `common/signature.fi`).
    let library: MustacheLibrary
    /// The names of the template files, sorted (without the `escaped/` twins).
    let names: [String]
    /// The section headings of the plain-text templates, which Markdown and PDF letters set as headings.
    let headings: Set<String>

    /// Parses and checks the template files.
    /// - Parameter files: The files' texts keyed by their path relative to `Templates/`.
    /// - Throws: ``LetterError/templateInvalid(name:detail:)`` for the first file that breaks a rule.
    init(files: [String: String]) throws(LetterError) {
        var library = MustacheLibrary()
        var names: [String] = []
        for (path, text) in files.sorted(by: { $0.key < $1.key }) where path.hasSuffix(Self.fileExtension) {
            try Self.check(text, path: path)
            let name = String(path.dropLast(Self.fileExtension.count))
            library.register(try Self.parse(text, path: path), named: name)
            names.append(name)
            if !path.hasPrefix(Self.htmlFolder) && !text.contains("{{>*") {
                let escaped = Self.escapedTwin(of: text)
                library.register(try Self.parse(escaped, path: path), named: Self.escapedPrefix + name)
            }
        }
        self.library = library
        self.names = names
        self.headings = Self.headings(in: files)
    }

    /// Whether a template is registered under the name.
    func contains(_ name: String) -> Bool {
        library.getTemplate(named: name) != nil
    }

    /// Renders a registered template, or returns `nil` if there is none of that name.
    func render(_ name: String, with context: Any) -> String? {
        library.render(context, withTemplate: name)
    }

    /// Parses a template's text.
    private static func parse(_ text: String, path: String) throws(LetterError) -> MustacheTemplate {
        do {
            return try MustacheTemplate(string: text)
        } catch let error as MustacheTemplate.ParserError {
            throw .templateInvalid(name: path, detail: "line \(error.context.lineNumber): \(error.error)")
        } catch {
            throw .templateInvalid(name: path, detail: "\(error)")
        }
    }

    /// The names of the static partials a template includes (`{{> name}}`).
    static func partials(in text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{>") {
            let after = rest[open.upperBound...]
            guard let close = after.range(of: "}}") else { break }
            let name = after[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            if !name.hasPrefix("*") { names.append(name) }
            rest = after[close.upperBound...]
        }
        return names
    }

    /// A plain-text template's HTML-escaping twin: the pragma line dropped, static partials renamed to their twins.
    static func escapedTwin(of text: String) -> String {
        var body = String(text.dropFirst(textPragma.count + 1))
        for name in Set(partials(in: body)) {
            body = body.replacingOccurrences(of: "{{> \(name)}}", with: "{{> \(escapedPrefix)\(name)}}")
        }
        return body
    }

    /// Checks a template's text against the escaping rules.
    static func check(_ text: String, path: String) throws(LetterError) {
        if text.contains("{{{") || text.contains("{{&") {
            throw .templateInvalid(name: path, detail: "unescaped tags ({{{...}}} or {{&...}}) are not allowed; use {{name}}")
        }
        for name in partials(in: text) where !text.contains("{{> \(name)}}") {
            throw .templateInvalid(name: path, detail: "write the partial '\(name)' as {{> \(name)}}")
        }
        if path.hasPrefix(htmlFolder) {
            if text.contains("CONTENT_TYPE") {
                throw .templateInvalid(name: path, detail: "HTML templates must keep the default HTML escaping")
            }
            for name in partials(in: text) where !name.hasPrefix(htmlFolder) && !name.hasPrefix(escapedPrefix) {
                throw .templateInvalid(name: path, detail: "an HTML template may include only html/ and escaped/ "
                                       + "partials, not '\(name)'")
            }
        } else if !text.hasPrefix(textPragma + "\n") {
            throw .templateInvalid(name: path, detail: "a plain-text template must start with the line \(textPragma)")
        }
    }
}
