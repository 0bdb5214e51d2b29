import DSRCore
import Foundation

/// Writes the letters of a request from the templates and the authority data compiled into dsr.
public struct LetterRenderer: Sendable {
    /// The parsed templates.
    let templates: TemplateSet
    /// The supervisory authority's details that every letter quotes.
    public let authority: SupervisoryAuthority
    /// The calculator of the deadlines the letters state.
    public let calculator: DeadlineCalculator

    /// The plain-text layout of each language: letterhead, addressee, date, body, signature.
    static func textLayout(_ language: Language) -> String { "common/letter.\(language.rawValue)" }
    /// The extension of template files, for messages.
    static let templateExtension = ".mustache"

    /// Loads the templates and the supervisory authority's details compiled into dsr.
    /// - Throws: ``LetterError/templateInvalid(name:detail:)`` for a broken template, or
    ///   ``SupervisoryAuthorityError`` if the authority data is unusable (both are build defects).
    public init() throws {
        try self.init(templateFiles: EmbeddedResources.files, authority: SupervisoryAuthority.builtIn())
    }

    /// Creates a renderer from template texts keyed by their path relative to `Templates/`.
    init(
        templateFiles: [String: String], authority: SupervisoryAuthority,
        calculator: DeadlineCalculator = DeadlineCalculator()
    ) throws(LetterError) {
        self.templates = try TemplateSet(files: templateFiles)
        self.authority = authority
        self.calculator = calculator
    }

    /// Writes a letter as text: plain text (the default), Markdown or an HTML page.
    /// - Parameters:
    ///   - type: The letter to write.
    ///   - record: The request.
    ///   - controller: The controller profile; letters cannot be written without one.
    ///   - language: The letter's language.
    ///   - date: The letter's date.
    ///   - format: Plain text, Markdown or HTML; for PDF use ``renderFile(_:for:controller:language:date:format:)``.
    /// - Returns: The letter, ending with one newline.
    /// - Throws: ``LetterError`` if the profile is missing, or the request's kind or state does not allow the letter;
    ///   ``LetterError/binaryFormat(_:)`` for PDF.
    public func render(
        _ type: LetterType, for record: RequestRecord, controller: ControllerProfile?,
        language: Language, date: CivilDate, format: LetterFormat = .text,
        tailoring: LetterTailoring = LetterTailoring()
    ) throws(LetterError) -> String {
        let context = try makeContext(
            type, for: record, controller: controller, language: language, date: date, tailoring: tailoring)
        return try text(of: context, format: format)
    }

    /// Writes a letter as the bytes of a file in any format (UTF-8 for the text formats).
    /// - Parameters:
    ///   - type: The letter to write.
    ///   - record: The request.
    ///   - controller: The controller profile; letters cannot be written without one.
    ///   - language: The letter's language.
    ///   - date: The letter's date.
    ///   - format: The file's format.
    /// - Returns: The file's bytes.
    /// - Throws: ``LetterError`` as ``render(_:for:controller:language:date:format:)`` does, and
    ///   ``LetterError/notRepresentableInPDF(_:fields:)`` if a name or address has characters the PDF fonts lack
    ///   (DejaVu Sans has every Latin, Greek and Cyrillic letter; Chinese or Japanese, for instance, it lacks).
    public func renderFile(
        _ type: LetterType, for record: RequestRecord, controller: ControllerProfile?,
        language: Language, date: CivilDate, format: LetterFormat,
        tailoring: LetterTailoring = LetterTailoring()
    ) throws(LetterError) -> [UInt8] {
        let context = try makeContext(
            type, for: record, controller: controller, language: language, date: date, tailoring: tailoring)
        return try file(of: context, format: format)
    }

    /// The text of a prepared letter in a text format.
    func text(of context: LetterContext, format: LetterFormat) throws(LetterError) -> String {
        let language = context.letterLanguage
        let type = context.letterType
        guard templates.contains(context.parts.body) else { throw .templateMissing(type, language) }
        let layout: String
        switch format {
        case .text: layout = Self.textLayout(language)
        case .html: return try document(of: context).html
        case .markdown: return try document(of: context).markdown
        case .pdf: throw .binaryFormat(format)
        }
        guard let text = templates.render(layout, with: context) else { throw .templateMissing(type, language) }
        return Self.finish(text)
    }

    /// The bytes of a prepared letter in any format.
    func file(of context: LetterContext, format: LetterFormat) throws(LetterError) -> [UInt8] {
        switch format {
        case .text, .markdown, .html:
            return Array(try text(of: context, format: format).utf8)
        case .pdf:
            for name in PDFFont.allCases.filter({ $0.face == nil }).map(\.fileName)
                + (PDFWriter.colourProfile == nil ? [PDFWriter.colourProfileName] : [])
            {
                throw .templateInvalid(name: "../Embedded/" + name, detail: "dsr was built without this file")
            }
            let document = try document(of: context)
            var fields: [String] = []
            if !document.addressee.allSatisfy(PDFFont.canPrint) { fields.append("the data subject's name or address") }
            if !(context.controller.name.map(PDFFont.canPrint) ?? true) { fields.append("the controller's name") }
            if !(context.controller.contactPerson.map(PDFFont.canPrint) ?? true) {
                fields.append("the contact person's name")
            }
            guard fields.isEmpty else {
                throw .notRepresentableInPDF(context.caseNumberValue, fields: fields)
            }
            return document.pdf
        }
    }

    /// The blocks of a prepared letter, each rendered by its plain-text template.
    func document(of context: LetterContext) throws(LetterError) -> LetterDocument {
        let code = context.language
        let language = context.letterLanguage
        func lines(_ name: String) throws(LetterError) -> [String] {
            guard let text = templates.render(name, with: context) else {
                throw .templateInvalid(name: name + Self.templateExtension, detail: "the template is missing")
            }
            return LetterDocument.lines(of: text)
        }
        return LetterDocument(
            language: language, caseNumber: context.caseNumber, title: context.title, date: context.civilDate,
            letterhead: context.controller.hasLetterhead ? try lines("common/controller.\(code)") : [],
            addressee: try lines("common/addressee"), meta: try lines("common/meta.\(code)"),
            body: LetterDocument.body(
                try lines(context.parts.body) + (try lines("common/tailoring.\(code)")), headings: templates.headings),
            signature: try lines("common/signature.\(code)"),
            footer: context.issue == nil ? [] : try lines("common/footer.\(code)"))
    }

    /// Prepares the fields of a letter, checking that the request's kind and state allow it.
    func makeContext(
        _ type: LetterType, for record: RequestRecord, controller: ControllerProfile?,
        language: Language, date: CivilDate, tailoring: LetterTailoring = LetterTailoring()
    ) throws(LetterError) -> LetterContext {
        let caseNumber = record.caseNumber
        guard type.applies(to: record.kind) else { throw .notApplicable(caseNumber, type, record.kind) }
        var context = try LetterContext(
            type, record: record, controller: controller, language: language, date: date,
            authority: authority[language])
        context.signer = LetterContext.SignerFields(tailoring.signer, profile: controller)
        // The contact person's details are not those of another signer.
        if tailoring.signer != nil { context.controller.contactDetails = nil }
        switch type {
        case .acknowledgement:
            guard record.isOpen else { throw .closed(caseNumber, type) }
            context.acknowledgement = LetterContext.AcknowledgementFields(
                record: record, profile: controller, calculator: calculator, language: language)
        case .identityRequest, .clarificationRequest:
            context.pause = try LetterContext.PauseFields(record: record, type: type, language: language)
        case .extensionNotice:
            context.extensionNotice = try LetterContext.ExtensionFields(
                record: record, date: date, calculator: calculator,
                language: language)
        case .accessResponse:
            context.completion = try LetterContext.CompletionFields(
                record: record, type: type, needsDetails: false,
                needsRecipients: false,
                language: language)
            context.access = try LetterContext.AccessFields(
                record: record, profile: NoticeTexts.translating(controller, to: language))
        case .rectificationNotice:
            context.completion = try LetterContext.CompletionFields(
                record: record, type: type, needsDetails: true,
                needsRecipients: true,
                language: language)
        case .erasureNotice:
            context.completion = try LetterContext.CompletionFields(
                record: record, type: type, needsDetails: false,
                needsRecipients: true,
                language: language)
        case .restrictionNotice:
            context.completion = try LetterContext.CompletionFields(
                record: record, type: type, needsDetails: false,
                needsRecipients: true,
                language: language)
        case .restrictionLiftNotice:
            context.completion = try LetterContext.CompletionFields(
                record: record, type: type, needsDetails: false,
                needsRecipients: false,
                language: language)
        case .portabilityNotice, .objectionNotice:
            context.completion = try LetterContext.CompletionFields(
                record: record, type: type, needsDetails: true,
                needsRecipients: false,
                language: language)
        case .refusal:
            context.refusal = try LetterContext.RefusalFields(record: record, language: language)
            context.completion = LetterContext.CompletionFields(refusalRecipientsOf: record)
            // Legal-facts § 2.9 (TSL § 34(2)–(4), Art. 12(4)): a partial refusal of access carries the Art. 15
            // information for what is granted as well as the refusal part.
            if record.kind == .access, record.refusal?.isPartial == true {
                context.access = try LetterContext.AccessFields(
                    record: record, profile: NoticeTexts.translating(controller, to: language))
            }
        case .withdrawalConfirmation:
            context.withdrawal = try LetterContext.WithdrawalFields(record: record, language: language)
        }
        context.tailoring = LetterContext.TailoringFields(
            tailoring, copies: context.access?.copies.map(\.enclosureName) ?? [], grantedPartOnly: type == .refusal)
        return context
    }

    /// Ends the text with exactly one newline.
    static func finish(_ text: String) -> String {
        var text = text
        while text.hasSuffix("\n") { text.removeLast() }
        return text + "\n"
    }
}
