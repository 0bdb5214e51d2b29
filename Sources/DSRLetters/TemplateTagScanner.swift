import Foundation

/// Checks every tag of a template against the names a letter provides (``TemplateVocabulary``), because
/// swift-mustache has no strict mode and prints an unknown name as nothing.
///
/// It reads the tags as Mustache does: variables (`{{name}}`, `{{a.b}}`, `{{.}}`), sections (`{{#name}}`), inverted
/// sections (`{{^name}}`) and their ends (`{{/name}}`), partials (`{{> name}}`), comments (`{{! text}}`), pragmas
/// (`{{% ...}}`) and delimiter changes (`{{=<% %>=}}`, after which `<% name %>` is a tag). A name is looked up as
/// Mustache looks it up: its first part in the innermost open section, then in each enclosing one, down to the
/// letter itself; its further parts inside what the first one names.
struct TemplateTagScanner {
    /// The template's file name, for messages.
    let path: String
    /// What the letter provides.
    let vocabulary: TemplateVocabulary
    /// The templates a partial tag may include.
    let partials: Set<String>

    /// An open section: its name and what it opens.
    private struct Frame {
        var name: String
        var content: TemplateVocabulary?
    }

    /// Checks the template.
    /// - Throws: ``LetterError/templateInvalid(name:detail:)`` naming the line and the tag of the first unknown
    ///   name, unknown or dynamic partial, unescaped tag, unmatched section end or unclosed section.
    func check(_ text: String) throws(LetterError) {
        var open = "{{"
        var close = "}}"
        var frames: [Frame] = []
        var rest = Substring(text)
        var line = 1
        while let start = rest.range(of: open) {
            line += rest[..<start.lowerBound].count { $0 == "\n" }
            let afterOpen = rest[start.upperBound...]
            guard let end = afterOpen.range(of: close) else {
                throw .templateInvalid(name: path, detail: "line \(line): a tag that starts with \(open) never ends")
            }
            let body = afterOpen[..<end.lowerBound]
            let tag = open + body + close
            rest = afterOpen[end.upperBound...]
            let tagLine = line
            line += body.count { $0 == "\n" }
            func fail(_ why: String) -> LetterError {
                .templateInvalid(name: path, detail: "line \(tagLine): \(tag): \(why)")
            }
            let sigil = body.first
            let name = body.dropFirst(sigil.map { "#^/>!%=&{".contains($0) } ?? false ? 1 : 0)
                .trimmingCharacters(in: .whitespaces)
            switch sigil {
            case "!", "%":
                continue
            case "=":
                let inner = body.dropFirst().dropLast(body.hasSuffix("=") ? 1 : 0)
                let parts = inner.split(separator: " ", omittingEmptySubsequences: true)
                guard body.hasSuffix("="), parts.count == 2 else {
                    throw fail("a delimiter change is written {{=<% %>=}}")
                }
                open = String(parts[0])
                close = String(parts[1])
            case "{", "&":
                throw fail("unescaped tags are not allowed; write the name in an ordinary tag")
            case ">":
                guard !name.hasPrefix("*") else {
                    throw fail("a controller's template cannot include a dynamic partial")
                }
                guard partials.contains(name) else { throw fail("no template of that name to include") }
            case "#", "^":
                guard let found = resolve(name, in: frames) else { throw fail(unknown(name)) }
                frames.append(Frame(name: name, content: sigil == "#" ? found.sectionContent : nil))
            case "/":
                guard let last = frames.popLast(), last.name == name else {
                    throw fail("this ends no open section of that name")
                }
            default:
                guard let found = resolve(name, in: frames) else { throw fail(unknown(name)) }
                // A group or a list would print as Swift's description of it, not as letter text.
                guard case .value = found else {
                    let fields = found.sectionContent.fields.keys.sorted().joined(separator: ", ")
                    throw fail(
                        "'\(name)' is a group of values, not one value; open it as a section and print its fields ("
                            + fields + ")")
                }
            }
        }
        if let last = frames.last {
            throw .templateInvalid(name: path, detail: "the section \(last.name) is never closed")
        }
    }

    /// What a name refers to, or `nil` if the letter provides nothing of that name there.
    private func resolve(_ name: String, in frames: [Frame]) -> TemplateVocabulary? {
        if name == "." { return frames.last?.content ?? vocabulary }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, !first.isEmpty else { return nil }
        var found: TemplateVocabulary?
        for frame in frames.reversed() {
            if let field = frame.content?.fields[first] {
                found = field
                break
            }
        }
        guard var node = found ?? vocabulary.fields[first] else { return nil }
        for part in parts.dropFirst() {
            guard let field = node.fields[part] else { return nil }
            node = field
        }
        return node
    }

    /// Why a name is refused.
    private func unknown(_ name: String) -> String {
        "a letter of this type has no value '\(name)' here (check the spelling; docs/letters.md lists the names)"
    }
}
