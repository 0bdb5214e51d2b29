import DSRCore

extension LetterRenderer {
    /// Loads dsr's templates with the controller's own letter templates in place of dsr's, each checked first.
    ///
    /// A controller's template is named as dsr's are, `TYPE.LANG.mustache` (`refusal.fi.mustache`), and replaces the
    /// body of that letter type in that language; the letterhead, addressee, date, the handler's additions and the
    /// signature stay dsr's. It must follow dsr's template rules (the `{{%CONTENT_TYPE: TEXT}}` first line, no
    /// unescaped tags) and use only the names a letter of its type provides (``TemplateTagScanner``). Its text
    /// passes through the same structured form as dsr's own (``LetterDocument``, ``LetterBlock``), so its HTML and
    /// PDF are structured too, and its own headings are recognised as dsr's are.
    /// - Parameter overrides: The controller's templates' texts keyed by file name; none loads dsr's templates only.
    /// - Throws: ``TemplateOverrideError`` naming the file, and the line and tag at fault.
    public init(overriding overrides: [String: String]) throws {
        guard !overrides.isEmpty else {
            try self.init()
            return
        }
        var files = EmbeddedResources.files
        let partials = Set(
            files.keys.filter { $0.hasSuffix(TemplateSet.fileExtension) }
                .map { String($0.dropLast(TemplateSet.fileExtension.count)) })
        for (file, text) in overrides.sorted(by: { $0.key < $1.key }) {
            do throws(LetterError) {
                let type = try Self.overriddenType(file)
                try TemplateSet.check(text, path: file)
                try TemplateTagScanner(path: file, vocabulary: .letter(type), partials: partials).check(text)
                _ = try TemplateSet(files: [file: text])
            } catch .templateInvalid(let name, let detail) {
                throw TemplateOverrideError(file: name, detail: detail)
            } catch {
                throw TemplateOverrideError(file: file, detail: error.errorDescription ?? "\(error)")
            }
            files[file] = text
        }
        try self.init(templateFiles: files, authority: SupervisoryAuthority.builtIn())
    }

    /// The letter type a controller's template file replaces.
    /// - Throws: ``LetterError/templateInvalid(name:detail:)`` unless the name is `TYPE.LANG.mustache`.
    static func overriddenType(_ file: String) throws(LetterError) -> LetterType {
        let parts = file.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, "." + parts[2] == TemplateSet.fileExtension, let type = LetterType(rawValue: parts[0]),
            Language(rawValue: parts[1]) != nil
        else {
            throw .templateInvalid(
                name: file,
                detail: "a letter template is named TYPE.LANG.mustache, for example refusal.fi.mustache (TYPE one of "
                    + LetterType.allCases.map(\.rawValue).joined(separator: ", ") + "; LANG fi, sv or en)")
        }
        return type
    }
}
