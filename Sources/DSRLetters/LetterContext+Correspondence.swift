import DSRCore

extension LetterContext.ExtensionFields {
    /// Prepares the extension notice (GDPR Art. 12(3)): the reasons and the deadline before the extension.
    ///
    /// Art. 12(3) lets the controller extend by two further months only if it tells the data subject, with the
    /// reasons, within one month of receipt: one month from receipt (Regulation 1182/71 Art. 3(2)(c)), rolled past
    /// weekends and holidays; pauses do not widen that window (legal-facts § 2.9, ``Deadline/extensionNoticeBy``).
    /// The deadline before the extension that the notice states counts the pauses that had ended by the day of the
    /// extension. A notice is refused if the extension was taken after the window, or if the letter itself would be
    /// dated after it.
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
