import DSRCore
import DSRLetters

extension CaseService {
    /// Writes a letter of a request in one form, without recording it.
    /// - Throws: ``StoreError/unknownCase(_:)``; ``ExpectedLetterError`` if no type is given and the request's state
    ///   calls for no letter; ``LetterError`` if the letter cannot be written.
    public func letter(_ command: WriteLetter) async throws -> [UInt8] {
        guard let record = try await storage.record(command.caseNumber) else {
            throw StoreError.unknownCase(command.caseNumber)
        }
        let type = try command.type ?? expectedLetter(for: record)
        let tailoring = try command.tailoring.checked()
        let renderer = try LetterRenderer(overriding: tailoring.templates)
        let profile = try await storage.controllerProfile()?.profile
        let language = command.language ?? record.language
        try Self.checkLanguage(type, record: record, controller: profile, language: language, tailoring: tailoring)
        return try renderer.renderFile(
            type, for: record, controller: profile, language: language, date: command.date,
            format: command.format, tailoring: tailoring)
    }

    /// Issues a letter of a request and records it in the register, or returns the letter already issued with the
    /// same content (same type, language, date, profile version and text), so that issuing twice sends the same
    /// letter.
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
        let renderer = try LetterRenderer(overriding: tailoring.templates)
        let workflows = workflows
        let caseNumber = command.caseNumber
        let result = try await storage.issueLetter(caseNumber) { context in
            let type = try command.type ?? Self.expectedLetter(for: context.record, in: workflows)
            try Self.checkLanguage(
                type, record: context.record, controller: context.profile,
                language: command.language ?? context.record.language, tailoring: tailoring)
            let letter = try renderer.issue(
                type, for: context.record, controller: context.profile,
                profileVersion: context.profileVersion,
                language: command.language ?? context.record.language, date: command.date,
                number: context.number, format: command.format, tailoring: tailoring)
            if let same = context.issued.last(where: { $0.hasSameContent(as: letter) }) {
                return (letter: nil, outcome: Optional(same.number))
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
            language: command.language ?? record.language)
    }

    /// Refuses a letter that would print the notice's texts in another language than its own, unless the command
    /// allows it (legal-facts § 2.9: a Swedish or English letter must not silently embed Finnish free text).
    /// - Throws: ``MixedLanguageError`` naming the texts.
    static func checkLanguage(
        _ type: LetterType, record: RequestRecord, controller: ControllerProfile?, language: Language,
        tailoring: LetterTailoring
    ) throws(MixedLanguageError) {
        let untranslated = LetterRenderer.untranslatedNoticeTexts(type, controller: controller, language: language)
        guard !untranslated.isEmpty, !tailoring.allowsMixedLanguage else { return }
        throw MixedLanguageError(
            caseNumber: record.caseNumber, language: language,
            noticeLanguage: controller?.noticeLanguage ?? .fi, fields: untranslated)
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
