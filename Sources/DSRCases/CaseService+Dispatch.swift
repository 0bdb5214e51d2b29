import DSRCore

extension CaseService {
    /// Records that an issued letter was sent (`sent`), as a `letter-sent` event.
    ///
    /// The day must be neither before the date the letter bears nor after today, nor after a recorded delivery.
    /// Recording the sending of a letter again corrects the earlier record and needs a reason; the newest record
    /// counts. The sending day of an answer decides whether the request was answered on time (GDPR Art. 12(3): the
    /// information must be *provided* within the time limit, legal-facts § 1).
    /// - Throws: ``DispatchError``; ``StoreError/unknownCase(_:)``.
    public func recordSent(_ command: RecordSent, actor: String, today: Today) async throws -> DispatchRecorded {
        let tracking = try Self.dispatchText(command.tracking, field: "tracking code", limit: 200, multiline: false)
        let reason = try Self.dispatchText(command.reason, field: "reason", limit: TextRules.textLimit, multiline: true)
        let letter = command.letter
        let day = command.on
        if day > today.date { throw DispatchError.inFuture(letter, day: day, today: today.date) }
        return try await storage.recordDispatch(letter) { record, state in
            if record.personalDataRemovedOn != nil { throw DispatchError.personalDataRemoved(letter.caseNumber) }
            if day < state.date { throw DispatchError.sentBeforeLetterDate(letter, sent: day, letterDate: state.date) }
            if let earlier = state.sentOn, reason == nil {
                throw DispatchError.reasonRequired(letter, recordedOn: earlier)
            }
            if let delivered = state.deliveredOn, day > delivered {
                throw DispatchError.sentAfterDelivered(letter, sent: day, delivered: delivered)
            }
            let data = LetterDispatchData(letter: letter.sequence, via: command.via, tracking: tracking, reason: reason)
            let entry = Self.dispatchEntry(.letterSent, data: data, on: day, record: record, actor: actor, today: today)
            return (
                entry,
                DispatchRecorded(
                    letter: letter, event: .letterSent, on: day, via: command.via, corrects: state.sentOn,
                    isAnswer: state.type.isAnswer, deadline: record.deadline)
            )
        }
    }

    /// Records that a sent letter was delivered (`delivered`), as a `letter-delivered` event.
    ///
    /// The letter must be recorded as sent (a letter issued before dispatch was recorded counts as sent on its
    /// date); the day must be neither before the sending nor after today. Recording it again corrects the earlier
    /// record and needs a reason.
    /// - Throws: ``DispatchError``; ``StoreError/unknownCase(_:)``.
    public func recordDelivered(_ command: RecordDelivered, actor: String, today: Today) async throws
        -> DispatchRecorded
    {
        let reason = try Self.dispatchText(command.reason, field: "reason", limit: TextRules.textLimit, multiline: true)
        let letter = command.letter
        let day = command.on
        if day > today.date { throw DispatchError.inFuture(letter, day: day, today: today.date) }
        return try await storage.recordDispatch(letter) { record, state in
            if record.personalDataRemovedOn != nil { throw DispatchError.personalDataRemoved(letter.caseNumber) }
            guard let sent = state.effectiveSentOn else { throw DispatchError.notSent(letter) }
            if day < sent { throw DispatchError.deliveredBeforeSent(letter, delivered: day, sent: sent) }
            if let earlier = state.deliveredOn, reason == nil {
                throw DispatchError.reasonRequired(letter, recordedOn: earlier)
            }
            let data = LetterDispatchData(letter: letter.sequence, via: nil, tracking: nil, reason: reason)
            let entry = Self.dispatchEntry(
                .letterDelivered, data: data, on: day, record: record, actor: actor, today: today)
            return (
                entry,
                DispatchRecorded(
                    letter: letter, event: .letterDelivered, on: day, via: nil, corrects: state.deliveredOn,
                    isAnswer: state.type.isAnswer, deadline: record.deadline)
            )
        }
    }

    /// The letters of a case with their dispatch state, oldest first (for `show`).
    public func letterDispatch(of caseNumber: CaseNumber) async throws -> [LetterDispatchState] {
        try await storage.dispatchStates(of: caseNumber)
    }

    /// The entry of a dispatch event: its full data, and the public form the chain keeps.
    private static func dispatchEntry(
        _ name: SystemEvent, data: LetterDispatchData, on day: CivilDate, record: RequestRecord, actor: String,
        today: Today
    ) -> EventEntry {
        var entry = EventEntry(
            caseNumber: record.caseNumber, name: name.rawValue, on: day, recordedAt: today.now, actor: actor,
            workflowVersion: record.workflowVersion, stateAfter: record.state, data: EventEntry.canonicalJSON(data))
        let publicText = EventEntry.canonicalJSON(data.replacingPersonalData(with: PersonalData.withheld))
        if publicText != entry.data { entry.publicData = publicText }
        return entry
    }

    /// A text checked by ``TextRules``: `nil` if absent or blank.
    private static func dispatchText(_ text: String?, field: String, limit: Int, multiline: Bool)
        throws(DispatchError) -> String?
    {
        do {
            return try TextRules.optional(text, field: field, limit: limit, multiline: multiline)
        } catch .tooLong(_, let limit) {
            throw .tooLong(field: field, limit: limit)
        } catch {
            throw .forbiddenCharacters(field: field)
        }
    }
}

extension CaseService {
    /// The answer letters of every request with their dispatch, by case, for the report: a request counts as
    /// answered on the day its answer was sent (``AnswerDispatch``).
    public func answerLetters() async throws -> [CaseNumber: [LetterDispatchState]] {
        let states = try await storage.dispatchStates(types: Set(LetterType.answers), unsentOnly: false)
        return Dictionary(grouping: states, by: \.number.caseNumber)
    }

    /// The closed requests whose answer was printed but not sent (``AnswerDispatch/printedNotSent(_:)``), soonest
    /// deadline first, for the due and overdue lists.
    public func unsentAnswers() async throws -> [UnsentAnswer] {
        let unsent = try await storage.dispatchStates(types: Set(LetterType.answers), unsentOnly: true)
        var answers: [UnsentAnswer] = []
        for caseNumber in Set(unsent.map(\.number.caseNumber)) {
            guard let record = try await storage.record(caseNumber) else { continue }
            let letters = try await storage.dispatchStates(of: caseNumber)
            if let letter = AnswerDispatch(record, letters: letters).unsentLetter {
                answers.append(UnsentAnswer(record: record, letter: letter))
            }
        }
        return answers.sorted {
            ($0.record.deadline, $0.record.caseNumber) < ($1.record.deadline, $1.record.caseNumber)
        }
    }
}
