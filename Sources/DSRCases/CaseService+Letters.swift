import DSRCore
import DSRLetters

extension CaseService {
    /// Writes a letter of a request in one form, without recording it.
    ///
    /// Without a date, the letter bears today's date, unless the same letter (type and language) was issued earlier
    /// and nothing in it has changed since: then it is that letter again, with its original date.
    /// - Throws: ``StoreError/unknownCase(_:)``; ``ExpectedLetterError`` if no type is given and the request's state
    ///   calls for no letter; ``LetterError`` if the letter cannot be written or the date given lies before the day
    ///   of receipt or after today.
    public func letter(_ command: WriteLetter, today: Today) async throws -> [UInt8] {
        try await prepareLetter(command, today: today).render(command.format)
    }

    /// Reads and checks what writing an unrecorded letter needs (``letter(_:today:)``), once for every form it is
    /// then written in: the request with its copies of the data, the type, language and profile, the templates (the
    /// command's, else the profile's, else dsr's) and the date the letter bears.
    /// - Throws: as ``letter(_:today:)``.
    func prepareLetter(_ command: WriteLetter, today: Today) async throws -> PreparedLetter {
        guard let recorded = try await storage.record(command.caseNumber) else {
            throw StoreError.unknownCase(command.caseNumber)
        }
        let record = try await enclosingDataCopies(recorded)
        let type = try command.type ?? expectedLetter(for: record)
        let tailoring = try command.tailoring.checked()
        let stored = try await storage.controllerProfile()
        let profile = stored?.profile
        let renderer = try Self.makeRenderer(tailoring, templates: profile?.templates)
        let language = command.language ?? record.language
        try Self.checkLanguage(type, record: record, controller: profile, language: language, tailoring: tailoring)
        let date = try await printedDate(
            command, of: record, type: type, language: language, profile: stored, renderer: renderer,
            tailoring: tailoring, today: today)
        return PreparedLetter(
            record: record, type: type, language: language, profile: profile, date: date, renderer: renderer,
            tailoring: tailoring)
    }

    /// The renderer with the templates a letter is written with: the command's own (`--templates`), else the
    /// controller profile's (`dsr controller set --templates`, given as `templates`), else dsr's.
    /// - Throws: ``TemplateOverrideError`` for a template that does not fit its letter.
    static func makeRenderer(_ tailoring: LetterTailoring, templates: [String: String]?) throws -> LetterRenderer {
        guard tailoring.templates.isEmpty, let templates else {
            return try LetterRenderer(overriding: tailoring.templates)
        }
        do {
            return try LetterRenderer(overriding: templates)
        } catch var error as TemplateOverrideError {
            error.origin = .profile
            throw error
        }
    }

    /// The date an unrecorded letter bears (``letter(_:today:)``): the one given, checked; else today's, unless the
    /// same letter (type and language) was issued earlier and nothing in it has changed since: then its original date.
    /// - Throws: ``LetterError`` if the date given lies before the day of receipt or after today, or the earlier
    ///   letter cannot be written again.
    /// - Parameter stored: The controller profile in force, with its version.
    func printedDate(
        _ command: WriteLetter, of record: RequestRecord, type: LetterType, language: Language,
        profile stored: ControllerProfileVersion?, renderer: LetterRenderer, tailoring: LetterTailoring, today: Today
    ) async throws -> CivilDate {
        let date = try Self.letterDate(command.date, of: record, today: today.date)
        guard command.date == nil else { return date }
        let issued = try await storage.issuedLetters(of: record.caseNumber)
        guard let earlier = issued.last(where: { $0.type == type && $0.language == language }),
            earlier.date != date, earlier.profileVersion == stored?.version
        else { return date }
        let text = try renderer.renderFile(
            type, for: record, controller: stored?.profile, language: language, date: earlier.date, format: .text,
            tailoring: tailoring)
        return LetterHash.sha256(text) == earlier.bodySHA256 ? earlier.date : date
    }

    /// The date a letter bears: the one given, checked, or today.
    ///
    /// Legal-facts § 2.9: a letter bears the date it is issued, and a date before the request was received is
    /// impossible; a date after today would antedate nothing and postdate the letter.
    /// - Throws: ``LetterError/dateBeforeReceipt(_:date:received:)``, ``LetterError/dateInFuture(_:date:today:)``.
    static func letterDate(_ given: CivilDate?, of record: RequestRecord, today: CivilDate) throws(LetterError)
        -> CivilDate
    {
        guard let given else { return today }
        if given < record.received {
            throw .dateBeforeReceipt(record.caseNumber, date: given, received: record.received)
        }
        if given > today { throw .dateInFuture(record.caseNumber, date: given, today: today) }
        return given
    }

    /// Issues a letter of a request and records it in the register, or returns the letter already issued with the
    /// same content (same type, language, date, profile version and text), so that issuing twice sends the same
    /// letter. Without a date, the letter bears the day it is issued; issued again later with nothing changed, it is
    /// the earlier letter, which keeps its original date (legal-facts § 2.9: a reprint keeps its date).
    /// - Parameters:
    ///   - command: The letter to write.
    ///   - actor: Who issues it.
    ///   - today: The moment it is issued.
    ///   - beforeRecording: Called, inside the store's transaction and before it commits, with a new letter about to
    ///     be recorded (not with one already issued); what it throws records nothing. A front end writes the
    ///     letter's file here, so that no letter is recorded as issued that could not be written.
    /// - Throws: ``StoreError/unknownCase(_:)``, ``ExpectedLetterError``, ``LetterError``, whatever `beforeRecording`
    ///   throws, or ``IssuedLetterError``.
    public func issueLetter(
        _ command: WriteLetter, actor: String, today: Today,
        beforeRecording: @escaping @Sendable (IssuedLetter) throws -> Void = { _ in }
    )
        async throws -> LetterIssue
    {
        let tailoring = try command.tailoring.checked()
        // The templates are parsed before the transaction, from the profile as it stands; the transaction parses them
        // again only if the profile changed in between.
        let readTemplates = try await storage.controllerProfile()?.profile.templates
        let readRenderer = try Self.makeRenderer(tailoring, templates: readTemplates)
        let workflows = workflows
        let caseNumber = command.caseNumber
        let result = try await storage.issueLetter(caseNumber) { stored in
            var context = stored
            // The copies are read in the transaction: the letter encloses the ones kept when it is recorded.
            context.record = context.record.enclosing(dataCopies: context.dataCopies)
            let renderer =
                tailoring.templates.isEmpty && context.profile?.templates != readTemplates
                ? try Self.makeRenderer(tailoring, templates: context.profile?.templates) : readRenderer
            let type = try command.type ?? Self.expectedLetter(for: context.record, in: workflows)
            let language = command.language ?? context.record.language
            try Self.checkLanguage(
                type, record: context.record, controller: context.profile, language: language, tailoring: tailoring)
            let date = try Self.letterDate(command.date, of: context.record, today: today.date)
            let letter = try renderer.issue(
                type, for: context.record, controller: context.profile,
                profileVersion: context.profileVersion,
                language: language, date: date,
                number: context.number, format: command.format, tailoring: tailoring)
            if let same = context.issued.last(where: { $0.hasSameContent(as: letter) }) {
                return (letter: nil, outcome: Optional(same.number))
            }
            if command.date == nil,
                let earlier = context.issued.last(where: { $0.type == type && $0.language == language }),
                earlier.date != date
            {
                let again = try renderer.issue(
                    type, for: context.record, controller: context.profile,
                    profileVersion: context.profileVersion, language: language, date: earlier.date,
                    number: context.number, format: command.format, tailoring: tailoring)
                if again.hasSameContent(as: earlier) { return (letter: nil, outcome: Optional(earlier.number)) }
            }
            let entry = EventEntry(
                caseNumber: caseNumber, name: SystemEvent.letterIssued.rawValue, on: today.date,
                recordedAt: today.now, actor: actor,
                workflowVersion: context.record.workflowVersion, stateAfter: context.record.state,
                data: letter.eventData())
            try beforeRecording(letter)
            return (letter: (letter, entry), outcome: nil)
        }
        if let issued = result.issued { return .issued(issued) }
        guard let earlier = result.outcome else {
            throw StoreError.failed(operation: "issue a letter for case \(caseNumber)", reason: "no letter was stored")
        }
        return .alreadyIssued(try await issuedLetter(earlier))
    }

    /// The letters issued for a case, oldest first.
    /// - Throws: ``StoreError/unknownCase(_:)`` if there is no such case.
    public func issuedLetters(of caseNumber: CaseNumber) async throws -> [IssuedLetter] {
        guard try await storage.record(caseNumber) != nil else { throw StoreError.unknownCase(caseNumber) }
        return try await storage.issuedLetters(of: caseNumber)
    }

    /// An issued letter with its files, byte for byte as issued.
    /// - Throws: ``IssuedLetterError/unknownLetter(_:)`` if the case has no letter of that number.
    public func issuedLetter(_ number: LetterNumber) async throws -> IssuedLetter {
        guard let letter = try await storage.issuedLetters(of: number.caseNumber).first(where: { $0.number == number })
        else { throw IssuedLetterError.unknownLetter(number) }
        return letter
    }

    /// Whether a letter file (text, Markdown, HTML or PDF) is a letter the register issued, and which one.
    public func verifyLetter(_ bytes: [UInt8]) async throws -> LetterVerification {
        try await LetterVerifier.verify(bytes, in: storage)
    }

    /// The privacy notice's texts that the letter would print in the notice's language rather than the letter's
    /// (legal-facts § 2.9), which a front end warns about when the command allows the mix.
    /// - Throws: ``StoreError/unknownCase(_:)``; ``ExpectedLetterError`` as ``letter(_:)`` does.
    public func untranslatedNoticeTexts(_ command: WriteLetter) async throws -> [NoticeTextField] {
        guard let record = try await storage.record(command.caseNumber) else {
            throw StoreError.unknownCase(command.caseNumber)
        }
        return LetterRenderer.untranslatedNoticeTexts(
            try command.type ?? expectedLetter(for: record), controller: try await storage.controllerProfile()?.profile,
            language: command.language ?? record.language, record: record)
    }

    /// Refuses a letter that would print the notice's texts in another language than its own, unless the command
    /// allows it (legal-facts § 2.9: a Swedish or English letter must not silently embed Finnish free text).
    /// - Throws: ``MixedLanguageError`` naming the texts.
    static func checkLanguage(
        _ type: LetterType, record: RequestRecord, controller: ControllerProfile?, language: Language,
        tailoring: LetterTailoring
    ) throws(MixedLanguageError) {
        let untranslated = LetterRenderer.untranslatedNoticeTexts(
            type, controller: controller, language: language, record: record)
        guard !untranslated.isEmpty, !tailoring.allowsMixedLanguage else { return }
        throw MixedLanguageError(
            caseNumber: record.caseNumber, language: language,
            noticeLanguage: controller?.noticeLanguage ?? .fi, fields: untranslated)
    }

    /// The request with the names of the case's Art. 15(3) copies of the data (``dataCopies(of:)``) as the copies
    /// its letters enclose.
    func enclosingDataCopies(_ record: RequestRecord) async throws -> RequestRecord {
        record.enclosing(dataCopies: try await dataCopyNames(of: record.caseNumber))
    }

    /// The file names of the case's Art. 15(3) copies of the data still kept, in number order.
    func dataCopyNames(of caseNumber: CaseNumber) async throws -> [String] {
        AttachmentSummary.dataCopyNames(in: try await storage.events(of: caseNumber))
    }

    /// The letter the request's state calls for.
    /// - Throws: ``ExpectedLetterError/noLetterForState(_:state:)`` if it calls for none.
    func expectedLetter(for record: RequestRecord) throws -> LetterType {
        try Self.expectedLetter(for: record, in: workflows)
    }

    /// The letter the request's state calls for in the workflows.
    static func expectedLetter(for record: RequestRecord, in workflows: WorkflowCatalog) throws -> LetterType {
        guard let letter = workflows[record.kind].expectedLetter(for: record) else {
            throw ExpectedLetterError.noLetterForState(record.caseNumber, state: record.state)
        }
        return letter
    }
}
