import DSRCore
import Foundation

/// Writes the letters of a request from the templates and the authority data compiled into dsr.
public struct LetterRenderer: Sendable {
    /// The parsed templates.
    let templates: TemplateSet
    /// The supervisory authority's details that every letter quotes.
    public let authority: SupervisoryAuthority

    /// Loads the templates and the supervisory authority's details compiled into dsr.
    /// - Throws: ``LetterError/templateInvalid(name:detail:)`` for a broken template, or
    ///   ``SupervisoryAuthorityError`` if the authority data is unusable (both are build defects).
    public init() throws {
        try self.init(templateFiles: EmbeddedResources.files, authority: SupervisoryAuthority.builtIn())
    }

    /// Creates a renderer from template texts keyed by their path relative to `Templates/`.
    init(templateFiles: [String: String], authority: SupervisoryAuthority) throws(LetterError) {
        self.templates = try TemplateSet(files: templateFiles)
        self.authority = authority
    }

    /// Writes a letter as plain text.
    /// - Parameters:
    ///   - type: The letter to write.
    ///   - record: The request.
    ///   - controller: The controller profile; letters cannot be written without one.
    ///   - language: The letter's language.
    ///   - date: The letter's date.
    /// - Returns: The letter, ending with one newline.
    /// - Throws: ``LetterError`` if the profile is missing, or the request's state or kind does not allow the letter.
    public func render(_ type: LetterType, for record: RequestRecord, controller: ControllerProfile?,
                       language: Language, date: CivilDate) throws(LetterError) -> String {
        let context = try makeContext(type, for: record, controller: controller, language: language, date: date)
        let name = "\(type.rawValue).\(language.rawValue)"
        guard let text = templates.render(name, with: context) else { throw .templateMissing(type, language) }
        return Self.finish(text)
    }

    /// Prepares the fields of a letter.
    func makeContext(_ type: LetterType, for record: RequestRecord, controller: ControllerProfile?,
                     language: Language, date: CivilDate) throws(LetterError) -> LetterContext {
        var context = try LetterContext(record: record, controller: controller, language: language, date: date,
                                        authority: authority[language])
        switch type {
        case .refusal:
            context.refusal = try LetterContext.RefusalFields(record: record, language: language)
        case .acknowledgement, .identityRequest, .clarificationRequest, .extensionNotice, .accessResponse,
             .rectificationNotice, .erasureNotice, .restrictionNotice, .restrictionLiftNotice, .portabilityNotice,
             .objectionNotice:
            break
        }
        return context
    }

    /// Ends the text with exactly one newline.
    static func finish(_ text: String) -> String {
        var text = text
        while text.hasSuffix("\n") { text.removeLast() }
        return text + "\n"
    }
}
