import DSRCore

extension LetterContext.ExtensionFields {
    /// Prepares the extension notice (GDPR Art. 12(3)): the reasons and the deadline before the extension.
    ///
    /// Art. 12(3) lets the controller extend by two further months only if it tells the data subject, with the
    /// reasons, within one month of receipt. The end of that month is computed as the state machine computed it when
    /// the extension was taken: one month from receipt (Regulation 1182/71 Art. 3(2)(c)), plus only the pauses that
    /// had ended by the day of the extension, rolled past weekends and holidays. Pauses after the extension must not
    /// move it, so ``RequestRecord/deadlineDetail(calculator:)`` (which counts every pause) is not used as is. A notice
    /// is refused if the extension was taken after that day, or if the letter itself would be dated after it.
    /// - Throws: ``LetterError`` if the request was not extended, too late, or without reasons.
    init(
        record: RequestRecord, date: CivilDate, calculator: DeadlineCalculator,
        language: Language
    ) throws(LetterError) {
        let caseNumber = record.caseNumber
        guard let extendedOn = record.extendedOn else { throw .notExtended(caseNumber) }
        let pausesBefore = record.pauses.filter { pause in pause.end.map { $0 <= extendedOn } ?? false }
        let firstMonth = calculator.deadline(received: record.received, extended: false, pauses: pausesBefore)
        let lastDay = firstMonth.extensionNoticeBy
        guard extendedOn <= lastDay else {
            throw .extensionTooLate(caseNumber, extendedOn: extendedOn, lastDay: lastDay)
        }
        guard date <= lastDay else { throw .extensionNoticeTooLate(caseNumber, date: date, lastDay: lastDay) }
        guard let reasons = LetterContext.present(record.extensionReason) else {
            throw .extensionReasonMissing(caseNumber)
        }
        self.init(reasons: reasons, originalDeadline: firstMonth.date.letterText(language))
    }
}

extension LetterContext.PauseFields {
    /// Prepares a letter that asks the data subject for something while the clock is paused (EDPB 01/2022 § 159).
    /// - Throws: ``LetterError/notPaused(_:_:)`` unless the request is waiting with an open pause.
    init(record: RequestRecord, type: LetterType, language: Language) throws(LetterError) {
        guard record.isOpen, record.clock == .paused, let pause = record.pauses.last(where: \.isOpen) else {
            throw .notPaused(record.caseNumber, type)
        }
        let asked = (record.askedFor ?? []).compactMap(LetterContext.present)
        self.init(since: pause.start.letterText(language), asked: asked, hasAsked: !asked.isEmpty)
    }
}

extension LetterContext.CompletionFields {
    /// Prepares a completion notice from what the request records.
    /// - Parameters:
    ///   - needsDetails: Whether the letter must say what was done (rectification, portability, objection).
    ///   - needsRecipients: Whether the letter must list the Art. 19 recipients (rectification, erasure, restriction).
    /// - Throws: ``LetterError`` if the request was not completed or lacks what the letter must state.
    ///   - language: The letter's language, for the dates.
    ///
    /// The notice before a restriction is lifted states the day from which it ends and why (GDPR Art. 18(3);
    /// legal-facts § 2.9); without them it is refused.
    init(
        record: RequestRecord, type: LetterType, needsDetails: Bool, needsRecipients: Bool,
        language: Language
    ) throws(LetterError) {
        let caseNumber = record.caseNumber
        switch type {
        case .restrictionNotice, .restrictionLiftNotice:
            guard LetterContext.present(record.endCondition) != nil, record.outcome != .refused,
                record.outcome != .withdrawn
            else { throw .notRestricted(caseNumber) }
        case .acknowledgement, .identityRequest, .clarificationRequest, .extensionNotice, .accessResponse,
            .rectificationNotice, .erasureNotice, .portabilityNotice, .objectionNotice, .refusal,
            .withdrawalConfirmation:
            guard record.outcome == .completed else { throw .notCompleted(caseNumber, type) }
        }
        let details = LetterContext.present(record.details)
        if needsDetails && details == nil { throw .detailsMissing(caseNumber, type) }
        if needsRecipients && record.recipientsNotified == nil { throw .recipientsMissing(caseNumber) }
        let recipients = (record.recipientsNotified ?? []).compactMap(LetterContext.present)
        let liftReason = LetterContext.present(record.liftReason)
        if type == .restrictionLiftNotice && (record.liftsOn == nil || liftReason == nil) {
            throw .liftNotRecorded(caseNumber)
        }
        self.init(
            details: details, recipients: recipients, hasRecipients: !recipients.isEmpty,
            endCondition: LetterContext.present(record.endCondition),
            liftsOn: record.liftsOn?.letterText(language), liftReason: liftReason)
    }
}

extension LetterContext.CompletionFields {
    /// The Art. 19 recipients a refusal recorded (`refuse --recipient` or `--no-recipients`), for the certificate;
    /// `nil` if the refusal recorded none, because then nothing was done that Art. 19 asks to pass on.
    ///
    /// GDPR Art. 19: the controller tells each recipient of any rectification, erasure or restriction it carries out,
    /// and tells the data subject about those recipients if asked. The legal review (legal-facts § 2.9) asks that
    /// the letters name them by default, or say that there were none.
    init?(refusalRecipientsOf record: RequestRecord) {
        guard let notified = record.recipientsNotified else { return nil }
        let recipients = notified.compactMap(LetterContext.present)
        self.init(
            details: nil, recipients: recipients, hasRecipients: !recipients.isEmpty, endCondition: nil,
            liftsOn: nil, liftReason: nil)
    }
}

extension LetterContext.WithdrawalFields {
    /// Prepares the confirmation of a withdrawal: the day the request was withdrawn (legal-facts § 2.9: withdrawn on
    /// DATE, nothing further is done, a new request is possible; good practice under GDPR Art. 5(2)).
    /// - Throws: ``LetterError/notWithdrawn(_:)`` unless the request is closed as withdrawn.
    init(record: RequestRecord, language: Language) throws(LetterError) {
        guard record.outcome == .withdrawn, let closedOn = record.closedOn else {
            throw .notWithdrawn(record.caseNumber)
        }
        self.init(on: closedOn.letterText(language))
    }
}

extension LetterContext.AccessFields {
    /// Prepares the GDPR Art. 15(1)–(2) information of the access response from the controller profile.
    ///
    /// Items (a)–(d) (purposes, categories, recipients, retention) are mandatory: without them the letter is refused,
    /// never filled with invented text. Items (g) sources, (h) automated decisions and Art. 15(2) transfers are
    /// printed when the profile gives them. Items (e) and (f) (the rights and the complaint) are in the template.
    /// - Throws: ``LetterError/profileIncomplete(_:missing:)`` naming the missing items.
    init(profile: ControllerProfile?, caseNumber: CaseNumber) throws(LetterError) {
        guard let profile else { throw .controllerMissing(caseNumber) }
        let purposes = LetterContext.present(profile.purposes)
        let categories = (profile.dataCategories ?? []).compactMap(LetterContext.present)
        let recipients = LetterContext.present(profile.recipients)
        let retention = LetterContext.present(profile.retention)
        var missing: [String] = []
        if purposes == nil { missing.append("purposes") }
        if categories.isEmpty { missing.append("data categories") }
        if recipients == nil { missing.append("recipients") }
        if retention == nil { missing.append("retention") }
        guard let purposes, let recipients, let retention, missing.isEmpty else {
            throw .profileIncomplete(caseNumber, missing: missing)
        }
        self.init(
            registerName: LetterContext.present(profile.registerName), purposes: purposes,
            legalBasis: LetterContext.present(profile.legalBasis), dataCategories: categories,
            recipientList: recipients, retention: retention, sources: LetterContext.present(profile.sources),
            automatedDecisions: LetterContext.present(profile.automatedDecisions),
            transfers: LetterContext.present(profile.transfers),
            dataProtectionOfficer: LetterContext.present(profile.dataProtectionOfficer))
    }
}
