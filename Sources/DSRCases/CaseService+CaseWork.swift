import DSRCore

extension CaseService {
    /// Corrects a request's data, or records the access information as it applies to the person (`case set`;
    /// ``AccessInformation``), and records the change, with old and new values, as a `case-set` event.
    ///
    /// A reason is required when a value recorded earlier is changed or removed; filling in an empty field needs
    /// none. A new day of receipt moves the deadline (computed again from it with the case's pauses and extension).
    /// Values the same as recorded are no change; if nothing changes, nothing is recorded.
    ///
    /// An assignee must be an enabled user of the register; assigning or reassigning needs no reason.
    /// - Throws: ``CaseWorkError`` for a value or reason that is refused, ``StoreError/unknownCase(_:)``,
    ///   ``UserError/unknownUser(_:)`` or ``UserError/userDisabled(_:)`` for an assignee who cannot take cases,
    ///   ``InputError`` for a text that is no user name.
    public func setFields(_ command: SetCaseFields, actor: String, today: Today) async throws -> CaseFieldsSet {
        let given = try Self.cleanFields(command)
        if case .some(.some(let assignee)) = given[.assignee] {
            let name = try UserName.parse(assignee, field: "assignee")
            guard let user = try await storage.user(named: name) else { throw UserError.unknownUser(name) }
            if user.isDisabled { throw UserError.userDisabled(name) }
        }
        let reason = try Self.cleanText(command.reason, field: "reason", limit: TextRules.textLimit, multiline: true)
        let calculator = calculator
        let caseNumber = command.caseNumber
        guard let current = try await storage.record(caseNumber) else { throw StoreError.unknownCase(caseNumber) }
        if Self.changes(given, of: current).isEmpty {
            return CaseFieldsSet(record: current, changes: [], previousDeadline: current.deadline)
        }
        do {
            return try await storage.revise(caseNumber) { record, history in
                if record.personalDataRemovedOn != nil { throw CaseWorkError.personalDataRemoved(caseNumber) }
                let changes = Self.changes(given, of: record)
                let needReason = changes.filter(\.changesRecordedValue).map(\.field)
                if !needReason.isEmpty && reason == nil {
                    throw CaseWorkError.reasonRequired(caseNumber, fields: needReason)
                }
                if let received = command.received, received != record.received {
                    try Self.check(
                        received: received, of: record, history: history, today: today.date,
                        calculator: calculator)
                }
                let data = CaseSetData(changes: changes, reason: reason)
                guard let changed = data.applied(to: record, calculator: calculator) else {
                    throw CaseWorkError.empty(field: "name")
                }
                let entry = Self.entry(
                    .caseSet, data: data, publicData: data.replacingPersonalData(with: PersonalData.withheld),
                    after: changed, actor: actor, today: today)
                return (
                    changed, entry, CaseFieldsSet(record: changed, changes: changes, previousDeadline: record.deadline)
                )
            }
        } catch StoreError.referenceInUse(let owner) {
            throw CaseWorkError.referenceInUse(caseNumber, owner: owner)
        }
    }

    /// Adds a dated note to a case (`note`), recorded as a `note` event whose text is kept like other personal text.
    /// - Throws: ``CaseWorkError`` for an empty or unacceptable text or a purged case; ``StoreError/unknownCase(_:)``.
    public func addNote(_ command: AddNote, actor: String, today: Today) async throws -> NoteAdded {
        guard let text = try Self.cleanText(command.text, field: "note", limit: TextRules.textLimit, multiline: true)
        else { throw CaseWorkError.empty(field: "note") }
        let caseNumber = command.caseNumber
        return try await storage.revise(caseNumber) { record, _ in
            if record.personalDataRemovedOn != nil { throw CaseWorkError.personalDataRemoved(caseNumber) }
            let data = CaseNoteData(text: text)
            let entry = Self.entry(
                .note, data: data, publicData: data.replacingPersonalData(with: PersonalData.withheld),
                after: record, actor: actor, today: today)
            return (record, entry, NoteAdded(caseNumber: caseNumber, on: today.date))
        }
    }

    /// Marks a mistaken event void (`void`) by a compensating `void` event; the case's state and clock are replayed
    /// from its registration without it. The voided event stays in the history.
    ///
    /// Refused for events that can never be voided (``SystemEvent/neverVoided``: issued letters are superseded by
    /// a new letter, never voided), for an event that closed the case (reopen it instead), and when a later event
    /// depends on it: a later event that would not replay without it, or a letter issued for it.
    /// - Throws: ``CaseWorkError``; ``StoreError/unknownCase(_:)``.
    public func void(_ command: VoidEvent, actor: String, today: Today) async throws -> EventVoided {
        guard
            let reason = try Self.cleanText(
                command.reason, field: "reason", limit: TextRules.textLimit,
                multiline: true)
        else { throw CaseWorkError.empty(field: "reason") }
        let caseNumber = command.caseNumber
        let sequence = command.sequence
        let replay = HistoryReplay(workflows: workflows, calculator: calculator)
        let workflows = workflows
        return try await storage.revise(caseNumber) { record, history in
            guard let target = history.first(where: { $0.sequence == sequence }) else {
                throw CaseWorkError.noSuchEvent(caseNumber, sequence: sequence)
            }
            if SystemEvent.neverVoided.contains(target.name) {
                throw CaseWorkError.cannotVoid(caseNumber, sequence: sequence, name: target.name)
            }
            if VoidData.voided(in: history).contains(sequence) {
                throw CaseWorkError.alreadyVoid(caseNumber, sequence: sequence)
            }
            let workflow = workflows[record.kind]
            if let after = target.stateAfter, workflow.state(after)?.isFinal == true {
                throw CaseWorkError.closedTheCase(caseNumber, sequence: sequence, name: target.name)
            }
            try Self.checkLetters(after: target, in: history, workflow: workflow, caseNumber: caseNumber)
            let replayed: RequestRecord
            do {
                replayed = try replay.replay(history, voiding: sequence)
            } catch let error as ReplayError {
                let later = error.sequence ?? sequence
                let name = history.first { $0.sequence == later }?.name ?? target.name
                throw CaseWorkError.laterEventDepends(caseNumber, sequence: sequence, later: later, name: name)
            }
            let data = VoidData(event: sequence, reason: reason)
            let entry = Self.entry(
                .void, data: data, publicData: data.replacingPersonalData(with: PersonalData.withheld),
                after: replayed, actor: actor, today: today)
            return (
                replayed, entry,
                EventVoided(
                    name: target.name, record: replayed, previousState: record.state,
                    previousDeadline: record.deadline)
            )
        }
    }

    /// Reopens a closed request (`reopen`) as its workflow's ``ReopenRule`` for the state it closed in allows.
    /// - Throws: ``CaseWorkError/notClosed(_:)``, ``CaseWorkError/cannotReopen(_:state:)``, an empty reason, a
    ///   purged request (``CaseWorkError/personalDataRemoved(_:)``); ``StoreError/unknownCase(_:)``.
    public func reopen(_ command: ReopenCase, actor: String, today: Today) async throws -> CaseReopened {
        guard
            let reason = try Self.cleanText(
                command.reason, field: "reason", limit: TextRules.textLimit,
                multiline: true)
        else { throw CaseWorkError.empty(field: "reason") }
        let workflows = workflows
        let calculator = calculator
        let caseNumber = command.caseNumber
        return try await storage.revise(caseNumber) { record, _ in
            // A purged request has no person left to answer: a new request is registered instead.
            if record.personalDataRemovedOn != nil { throw CaseWorkError.personalDataRemoved(caseNumber) }
            let data = ReopenData(reason: reason)
            let reopened = try data.reopened(
                record, on: today.date, workflow: workflows[record.kind],
                calculator: calculator)
            let entry = Self.entry(
                .reopen, data: data, publicData: data.replacingPersonalData(with: PersonalData.withheld),
                after: reopened, actor: actor, today: today)
            return (
                reopened, entry,
                CaseReopened(
                    record: reopened, previousState: record.state,
                    previousDeadline: record.deadline)
            )
        }
    }

    // MARK: - Helpers

    /// The entry of a case-work event: its full data, and the public form the chain keeps.
    private static func entry(
        _ name: SystemEvent, data: some CanonicalJSONWritable,
        publicData: some CanonicalJSONWritable, after record: RequestRecord, actor: String,
        today: Today
    ) -> EventEntry {
        var entry = EventEntry(
            caseNumber: record.caseNumber, name: name.rawValue, on: today.date,
            recordedAt: today.now, actor: actor, workflowVersion: record.workflowVersion,
            stateAfter: record.state, data: EventEntry.canonicalJSON(data))
        let publicText = EventEntry.canonicalJSON(publicData)
        if publicText != entry.data { entry.publicData = publicText }
        return entry
    }

    /// The fields a command gives, checked, as text values: `.some(nil)` removes a value.
    private static func cleanFields(_ command: SetCaseFields) throws(CaseWorkError) -> [CaseField: String?] {
        var given: [CaseField: String?] = [:]
        func text(_ value: String?, _ field: CaseField, limit: Int, multiline: Bool) throws(CaseWorkError) {
            guard let value else { return }
            let clean = try cleanText(value, field: field.rawValue, limit: limit, multiline: multiline)
            if clean == nil && !field.isRemovable { throw .cannotRemove(field) }
            given[field] = .some(clean)
        }
        try text(command.name, .name, limit: TextRules.nameLimit, multiline: false)
        try text(command.email, .email, limit: TextRules.lineLimit, multiline: false)
        try text(command.address, .address, limit: 1000, multiline: true)
        try text(command.phone, .phone, limit: 64, multiline: false)
        try text(command.reference, .reference, limit: TextRules.referenceLimit, multiline: false)
        try text(command.assignee, .assignee, limit: UserName.maximumLength, multiline: false)
        if case .some(.some(let email)) = given[.email], !email.contains("@") || email.contains(" ") {
            throw .notAnEmailAddress
        }
        for field in CaseField.allCases where field.isAccessInformation {
            try text(command.access[field], field, limit: TextRules.textLimit, multiline: true)
            if case .some(.some(let value)) = given[field], AccessInformation.isNone(value) {
                given[field] = .some(AccessInformation.noneValue)
            }
        }
        if let language = command.language { given[.language] = .some(language.rawValue) }
        if let channel = command.channel { given[.channel] = .some(channel.rawValue) }
        if let received = command.received { given[.received] = .some(received.description) }
        return given
    }

    /// The changes the given values make to a record, in field order.
    private static func changes(_ given: [CaseField: String?], of record: RequestRecord) -> [CaseFieldChange] {
        CaseField.allCases.compactMap { field in
            guard let new = given[field] else { return nil }
            let old: String? =
                switch field {
                case .name: record.subject.name
                case .email: record.subject.email
                case .address: record.subject.address
                case .phone: record.subject.phone
                case .reference: record.reference
                case .language: record.language.rawValue
                case .channel: record.channel.rawValue
                case .received: record.received.description
                case .categories, .purposes, .recipients, .retention, .source, .automatedDecisions, .transfers:
                    record.access?[field]
                case .assignee: record.assignee
                }
            return old == new ? nil : CaseFieldChange(field: field, old: old, new: new)
        }
    }

    /// A text checked by ``TextRules``: `nil` if absent or blank.
    private static func cleanText(_ text: String?, field: String, limit: Int, multiline: Bool)
        throws(CaseWorkError) -> String?
    {
        do {
            return try TextRules.optional(text, field: field, limit: limit, multiline: multiline)
        } catch .tooLong(_, let limit) {
            throw .tooLong(field: field, limit: limit)
        } catch {
            throw .forbiddenCharacters(field: field)
        }
    }

    /// Checks a new day of receipt: not in the future, not before the GDPR, not after any event of the case, and
    /// not such that the recorded extension would have been notified after the first month (GDPR Art. 12(3)).
    private static func check(
        received: CivilDate, of record: RequestRecord, history: [EventEntry], today: CivilDate,
        calculator: DeadlineCalculator
    ) throws(CaseWorkError) {
        if received > today { throw .receivedInFuture(received, today: today) }
        if received < RequestRules.gdprStart { throw .receivedBeforeGDPR(received) }
        let voided = VoidData.voided(in: history)
        for entry in history where entry.name != "register" && entry.on < received {
            if let sequence = entry.sequence, voided.contains(sequence) { continue }
            throw .receivedAfterEvent(
                record.caseNumber, received: received, sequence: entry.sequence,
                name: entry.name, on: entry.on)
        }
        if let extendedOn = record.extendedOn {
            let lastDay = calculator.deadline(
                received: received, extended: false,
                pauses: record.pauses.filter { $0.start < extendedOn }
            ).extensionNoticeBy
            if extendedOn > lastDay {
                throw .extensionWouldBeLate(record.caseNumber, extendedOn: extendedOn, lastDay: lastDay)
            }
        }
    }

    /// Refuses to void an event a later issued letter rests on: a letter of the type the event (or the state it led
    /// to) produces, issued after it. The letter stands; it can only be superseded.
    private static func checkLetters(
        after target: EventEntry, in history: [EventEntry], workflow: WorkflowDefinition,
        caseNumber: CaseNumber
    ) throws(CaseWorkError) {
        guard let sequence = target.sequence else { return }
        let event = workflow.event(EventID(target.name))
        guard let letter = event?.letter ?? event.flatMap({ workflow.state($0.to)?.letter }) else { return }
        for entry in history where entry.name == "letter-issued" && (entry.sequence ?? 0) > sequence {
            if let issued = EventEntry.decodeCanonicalJSON(IssuedLetter.EventData.self, from: entry.data),
                issued.type == letter, let later = entry.sequence
            {
                throw .laterEventDepends(caseNumber, sequence: sequence, later: later, name: entry.name)
            }
        }
    }
}
