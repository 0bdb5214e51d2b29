import Foundation
import Mustache

/// The letter templates compiled into dsr, parsed and checked for their escaping rule.
///
/// Every template writes plain text; the HTML, Markdown and PDF forms are made from that text's structured form
/// (``LetterDocument``, ``LetterBlock``), which escapes it for each format. The escaping rule is enforced here, so
/// that a template cannot quietly get it wrong:
/// - Every template starts with the pragma `{{%CONTENT_TYPE: TEXT}}`, so that `{{name}}` inserts the text exactly as
///   recorded: no `&amp;` in a letter. swift-mustache resets the content type to HTML at every partial, which is why
///   each partial starts with the pragma too.
/// - No template uses the unescaped forms `{{{name}}}` or `{{& name}}`, so one tag form means one thing.
struct TemplateSet: Sendable {
    /// The first line every plain-text template must have.
    static let textPragma = "{{%CONTENT_TYPE: TEXT}}"
    /// The extension of template files.
    static let fileExtension = ".mustache"

    /// The parsed templates, registered under their path without the extension (`refusal.fi`, `common/signature.fi`).
    let library: MustacheLibrary
    /// The names of the template files, sorted.
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

    /// Checks a template's text against the escaping rules.
    static func check(_ text: String, path: String) throws(LetterError) {
        if text.contains("{{{") || text.contains("{{&") {
            throw .templateInvalid(
                name: path, detail: "unescaped tags ({{{...}}} or {{&...}}) are not allowed; use {{name}}")
        }
        for name in partials(in: text) where !text.contains("{{> \(name)}}") {
            throw .templateInvalid(name: path, detail: "write the partial '\(name)' as {{> \(name)}}")
        }
        if !text.hasPrefix(textPragma + "\n") {
            throw .templateInvalid(name: path, detail: "a template must start with the line \(textPragma)")
        }
    }
}
