import Mustache

/// The letter templates compiled into dsr, parsed and checked for their escaping rule.
///
/// Escaping is decided per folder and enforced here, so that a template cannot quietly get it wrong:
/// - Plain-text templates (every file outside `html/`) start with the pragma `{{%CONTENT_TYPE: TEXT}}`, so that
///   `{{name}}` inserts the text exactly as recorded: no `&amp;` in a letter. swift-mustache resets the content type
///   to HTML at every partial, which is why each partial starts with the pragma too.
/// - HTML templates (under `html/`) keep swift-mustache's default HTML escaping and may not switch it off.
/// - No template uses the unescaped forms `{{{name}}}` or `{{& name}}`, so one tag form means one thing per folder.
struct TemplateSet: Sendable {
    /// The first line every plain-text template must have.
    static let textPragma = "{{%CONTENT_TYPE: TEXT}}"
    /// The folder of HTML templates.
    static let htmlFolder = "html/"
    /// The extension of template files.
    static let fileExtension = ".mustache"

    /// The parsed templates, registered under their path without the extension (`refusal.fi`, `common/signature.fi`).
    let library: MustacheLibrary
    /// The registered names, sorted.
    let names: [String]

    /// Parses and checks the template files.
    /// - Parameter files: The files' texts keyed by their path relative to `Templates/`.
    /// - Throws: ``LetterError/templateInvalid(name:detail:)`` for the first file that breaks a rule.
    init(files: [String: String]) throws(LetterError) {
        var library = MustacheLibrary()
        var names: [String] = []
        for (path, text) in files.sorted(by: { $0.key < $1.key }) where path.hasSuffix(Self.fileExtension) {
            try Self.check(text, path: path)
            let template: MustacheTemplate
            do {
                template = try MustacheTemplate(string: text)
            } catch let error as MustacheTemplate.ParserError {
                throw .templateInvalid(name: path, detail: "line \(error.context.lineNumber): \(error.error)")
            } catch {
                throw .templateInvalid(name: path, detail: "\(error)")
            }
            let name = String(path.dropLast(Self.fileExtension.count))
            library.register(template, named: name)
            names.append(name)
        }
        self.library = library
        self.names = names
    }

    /// Whether a template is registered under the name.
    func contains(_ name: String) -> Bool {
        library.getTemplate(named: name) != nil
    }

    /// Renders a registered template, or returns `nil` if there is none of that name.
    func render(_ name: String, with context: Any) -> String? {
        library.render(context, withTemplate: name)
    }

    /// Checks a template's text against the escaping rules.
    static func check(_ text: String, path: String) throws(LetterError) {
        if text.contains("{{{") || text.contains("{{&") {
            throw .templateInvalid(name: path, detail: "unescaped tags ({{{...}}} or {{&...}}) are not allowed; use {{name}}")
        }
        if path.hasPrefix(htmlFolder) {
            if text.contains("CONTENT_TYPE") {
                throw .templateInvalid(name: path, detail: "HTML templates must keep the default HTML escaping")
            }
        } else if !text.hasPrefix(textPragma + "\n") {
            throw .templateInvalid(name: path, detail: "a plain-text template must start with the line \(textPragma)")
        }
    }
}
