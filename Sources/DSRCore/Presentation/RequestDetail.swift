import Foundation

/// Renders one request in full for `dsr show`: the request, its deadline with its explanation, and its history.
public struct RequestDetail: Sendable {
    /// The request.
    public var record: RequestRecord
    /// Its history, oldest first.
    public var events: [EventEntry]
    /// Its workflow.
    public var workflow: WorkflowDefinition
    /// The day to count days left from.
    public var asOf: CivilDate
    /// Its issued letters with their dispatch state, oldest first.
    public var letters: [LetterDispatchState]
    /// The controller's internal target, in working days before the deadline, if its profile sets one.
    public var internalTargetDays: Int?

    /// Creates a detail view.
    public init(
        record: RequestRecord, events: [EventEntry], workflow: WorkflowDefinition, asOf: CivilDate,
        letters: [LetterDispatchState] = [],
        internalTargetDays: Int? = nil
    ) {
        self.record = record
        self.events = events
        self.workflow = workflow
        self.asOf = asOf
        self.letters = letters
        self.internalTargetDays = internalTargetDays
    }

    /// The last day to tell the person of an extension (GDPR Art. 12(3): within one month of receipt, pauses not
    /// counted; legal-facts § 2.9), while the request is open and not extended; `nil` otherwise.
    public var extensionNoticeBy: CivilDate? {
        guard record.isOpen, !record.isExtended else { return nil }
        return record.deadlineDetail().extensionNoticeBy
    }

    /// The controller's internal target date: the set number of working days before the deadline, while the request
    /// is open; `nil` otherwise.
    public var internalTarget: CivilDate? {
        guard record.isOpen, let days = internalTargetDays else { return nil }
        return FinnishCalendar().workingDays(days, before: record.deadline)
    }

    /// The text view, with the deadline explanation in `language`.
    public func text(language: Language = .en) -> String {
        var lines: [String] = []
        let state = workflow.state(record.state)
        lines.append(
            "Case \(record.caseNumber): \(record.kind.rawValue) (\(record.kind.names.fi), \(record.kind.article))")
        lines.append("State:     \(record.state) — \(state?.description[.en] ?? "")")
        lines.append(
            "Received:  \(record.received) by \(record.channel.rawValue); answer in \(record.language.rawValue)")
        if let reference = record.reference { lines.append("Reference: \(reference)") }
        if let assignee = record.assignee { lines.append("Assigned:  \(assignee)") }
        lines.append("Name:      \(record.subject.name)")
        if let code = record.subject.identityCode { lines.append("Identity:  \(code.masked)") }
        if let email = record.subject.email { lines.append("E-mail:    \(email)") }
        if let phone = record.subject.phone { lines.append("Phone:     \(phone)") }
        if let address = record.subject.address {
            lines.append("Address:   " + address.replacingOccurrences(of: "\n", with: "\n           "))
        }
        if record.kind == .objection {
            lines.append("Direct marketing: \(record.isDirectMarketing ? "yes (Art. 21(2), absolute)" : "no")")
        }
        if let note = record.note { lines.append("Note:      \(note)") }
        lines.append("Status:    \(RequestListing.status(of: record, asOf: asOf)) (as of \(asOf))")
        if let removedOn = record.personalDataRemovedOn {
            lines.append("Personal data removed on \(removedOn) (dsr purge).")
        }
        if let extendedOn = record.extendedOn {
            lines.append("Extended:  on \(extendedOn): \(record.extensionReason ?? "")")
        }
        if let refusal = record.refusal {
            lines.append(
                "Refused:   \(refusal.isPartial ? "in part" : "in whole") on \(refusal.grounds.map(\.rawValue).joined(separator: ", "))"
            )
            lines.append(
                "Reason:    \(refusal.reasonsWithheld ? "(withheld under Tietosuojalaki § 34(3))" : refusal.reason)")
            if let granted = refusal.granted { lines.append("Granted:   \(granted)") }
            if refusal.late == true, let closedOn = record.closedOn {
                lines.append("Late:      refused on \(closedOn), after the deadline (GDPR Art. 12(4))")
            }
        }
        if let recipients = record.recipientsNotified {
            lines.append("Art. 19 recipients told: \(recipients.isEmpty ? "none" : recipients.joined(separator: "; "))")
        }
        if let endCondition = record.endCondition { lines.append("Restriction ends: \(endCondition)") }
        if let details = record.details { lines.append("Details:   \(details)") }
        if let access = record.access {
            lines.append("Access information (GDPR Art. 15, as it applies to this person):")
            for field in CaseField.allCases where field.isAccessInformation {
                guard let value = access[field] else { continue }
                lines.append("  \(field.rawValue): " + value.replacingOccurrences(of: "\n", with: "; "))
            }
            if let copies = access.copies, !copies.isEmpty {
                lines.append("  copy enclosed (Art. 15(3)): \(copies.joined(separator: "; "))")
            }
        }
        lines.append("")
        lines.append("Deadline \(record.deadline):")
        for line in record.deadlineDetail().explanation(in: language) { lines.append("  " + line) }
        if let noticeBy = extensionNoticeBy {
            lines.append(
                "Extension notice by \(noticeBy) (GDPR Art. 12(3): within one month of receipt; pauses do not "
                    + "widen this window)")
        }
        if let target = internalTarget, let days = internalTargetDays {
            lines.append("Internal target \(target) (\(days) working days before the deadline)")
        }
        if record.clock == .running, let nextAction = state?.nextAction {
            lines.append("")
            lines.append("Next: \(nextAction[.en])")
        }
        if record.isOpen {
            let allowed = workflow.events(from: record.state).map(\.id.rawValue)
            lines.append("Allowed events: \(allowed.joined(separator: ", "))")
        }
        let notes = self.notes
        if !notes.isEmpty {
            lines.append("")
            lines.append("Notes:")
            for note in notes {
                let text = note.text.replacingOccurrences(of: "\n", with: "\n              ")
                lines.append("  \(note.on)  \(text)  (\(note.actor))")
            }
        }
        let attachments = self.attachments
        if !attachments.isEmpty {
            lines.append("")
            lines.append("Attachments:")
            for attachment in attachments {
                lines.append("  " + AttachmentListing.line(attachment))
            }
        }
        if !letters.isEmpty {
            lines.append("")
            lines.append("Letters:")
            for letter in dispatch {
                lines.append("  \(letter.letter)  \(letter.type)  dated \(letter.date)  \(letter.state)")
            }
        }
        lines.append("")
        lines.append("Timeline:")
        let voided = VoidData.voided(in: events)
        for event in events {
            let stateText = event.stateAfter.map { " → \($0)" } ?? ""
            let number = event.sequence.map { "#\($0)  " } ?? ""
            let void = event.sequence.map(voided.contains) == true ? "  [void]" : ""
            lines.append(
                "  \(number)\(event.on)  \(event.name)\(stateText)  by \(event.actor)\(clockNote(for: event))"
                    + caseWorkNote(for: event) + void)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// An issued letter and its dispatch, as `show` lists it.
    public struct LetterLine: Sendable, Encodable, Equatable {
        /// The letter's number, `2026-0042/L3`.
        public var letter: String
        /// The letter type.
        public var type: String
        /// The date the letter bears.
        public var date: String
        /// `printed`, `sent on D by X [tracking T]`, or that and `delivered on D`.
        public var state: String
        /// The day it was sent, if recorded (or, for a letter issued before dispatch was recorded, its date).
        public var sentOn: String?
        /// How it was sent, if recorded.
        public var via: String?
        /// The carrier's tracking code, if recorded (personal data: shown to the officer, never logged).
        public var tracking: String?
        /// The day it was delivered, if recorded.
        public var deliveredOn: String?
    }

    /// The case's letters with their dispatch state, oldest first; the tracking code comes from the newest
    /// `letter-sent` event of each letter.
    public var dispatch: [LetterLine] {
        var tracking: [Int: String] = [:]
        for entry in events where entry.name == SystemEvent.letterSent.rawValue {
            if let data = EventEntry.decodeCanonicalJSON(LetterDispatchData.self, from: entry.data) {
                tracking[data.letter] = data.tracking
            }
        }
        return letters.map { letter in
            var state: String
            if let sent = letter.sentOn {
                state = "sent on \(sent)" + (letter.via.map { " " + $0.word(.en) } ?? "")
                if let code = tracking[letter.number.sequence] { state += " (tracking \(code))" }
            } else if let sent = letter.effectiveSentOn {
                state = "issued before dispatch was recorded; counts as sent on \(sent)"
            } else {
                state = "printed, not sent"
            }
            if let delivered = letter.deliveredOn { state += "; delivered on \(delivered)" }
            return LetterLine(
                letter: letter.number.description, type: letter.type.rawValue, date: letter.date.description,
                state: state, sentOn: letter.effectiveSentOn?.description, via: letter.via?.rawValue,
                tracking: tracking[letter.number.sequence], deliveredOn: letter.deliveredOn?.description)
        }
    }

    /// A note of the case, as `dsr note` recorded it.
    public struct Note: Sendable, Encodable, Equatable {
        /// The note's event.
        public var sequence: Int64?
        /// The day of the note.
        public var on: CivilDate
        /// Who wrote it.
        public var actor: String
        /// The note (``PersonalData/withheld`` or its public form once the case was purged).
        public var text: String
        /// Whether the note was voided.
        public var isVoid: Bool
    }

    /// The case's notes, oldest first, voided ones included and marked.
    public var notes: [Note] {
        let voided = VoidData.voided(in: events)
        return events.compactMap { entry in
            guard entry.name == SystemEvent.note.rawValue,
                let data = EventEntry.decodeCanonicalJSON(CaseNoteData.self, from: entry.data)
            else { return nil }
            return Note(
                sequence: entry.sequence, on: entry.on, actor: entry.actor, text: data.text,
                isVoid: entry.sequence.map(voided.contains) ?? false)
        }
    }

    /// The case's attachments, in number order, deleted ones included and marked.
    public var attachments: [AttachmentSummary] {
        AttachmentSummary.list(in: events)
    }

    /// What an event of case work did, for the timeline: the fields a correction changed (not their values), the
    /// event a void names.
    private func caseWorkNote(for entry: EventEntry) -> String {
        switch entry.systemEvent {
        case .caseSet:
            guard let data = EventEntry.decodeCanonicalJSON(CaseSetData.self, from: entry.data) else { return "" }
            var parts: [String] = []
            for change in data.changes {
                if change.field.isPersonal {
                    parts.append(
                        change.old == nil
                            ? "\(change.field.rawValue) filled in"
                            : change.new == nil
                                ? "\(change.field.rawValue) removed"
                                : "\(change.field.rawValue) changed")
                } else {
                    parts.append("\(change.field.rawValue) \(change.old ?? "–") → \(change.new ?? "–")")
                }
            }
            return "  (" + parts.joined(separator: "; ") + ")"
        case .void:
            guard let data = EventEntry.decodeCanonicalJSON(VoidData.self, from: entry.data) else { return "" }
            return "  (voids #\(data.event))"
        case .note: return "  (note)"
        case .reopen: return "  (reopened)"
        case .attachmentAdded:
            guard let data = EventEntry.decodeCanonicalJSON(AttachmentData.self, from: entry.data) else { return "" }
            return "  (A\(data.number): \(data.label))"
        case .attachmentDeleted:
            guard let data = EventEntry.decodeCanonicalJSON(AttachmentDeletedData.self, from: entry.data) else {
                return ""
            }
            return "  (A\(data.number) deleted: \(data.reason.rawValue))"
        case .letterSent, .letterDelivered:
            guard let data = EventEntry.decodeCanonicalJSON(LetterDispatchData.self, from: entry.data) else {
                return ""
            }
            let via = data.via.map { " " + $0.word(.en) } ?? ""
            let correction = data.reason == nil ? "" : ", a correction"
            return "  (L\(data.letter)\(via)\(correction))"
        case .register, .letterIssued, .purge, .controllerSet, .identityKey, .identityCodeResealed, nil: return ""
        case .userAdded, .userRoleChanged, .userDisabled, .userPasswordSet, .tokenCreated, .tokenRevoked: return ""
        }
    }

    /// What an event did to the clock, as a short note for the timeline.
    private func clockNote(for entry: EventEntry) -> String {
        if entry.systemEvent == .register { return "  (clock starts; day of receipt not counted)" }
        if entry.systemEvent == .letterIssued,
            let letter = try? JSONDecoder().decode(IssuedLetter.EventData.self, from: Data(entry.data.utf8))
        {
            return
                "  (\(letter.letter): \(letter.type.rawValue), \(letter.language.rawValue), \(letter.format.rawValue))"
        }
        guard let event = workflow.event(EventID(entry.name)) else { return "" }
        switch event.clock {
        case .none: return ""
        case .pause: return "  (clock paused)"
        case .resume:
            let pause = record.pauses.first { $0.end == entry.on }
            return pause.map { "  (clock resumed after \($0.days) day(s))" } ?? "  (clock resumed)"
        case .extend: return "  (deadline extended by two months)"
        case .stop: return "  (clock stopped)"
        }
    }

    /// The request as the JSON view shows it: an identity code in its masked form only.
    public var shownRecord: RequestRecord {
        var shown = record
        shown.subject.identityCode = record.subject.identityCode?.forDisplay
        return shown
    }

    /// The history as the JSON view shows it: identity codes in the events' data masked, and no public forms.
    /// - Throws: ``EventDataError/cannotMaskIdentityCode`` if an event's data names an identity code that cannot be
    ///   masked.
    public func shownHistory() throws(EventDataError) -> [EventEntry] {
        var history: [EventEntry] = []
        history.reserveCapacity(events.count)
        for event in events {
            var event = event
            event.data = try PersonalData.maskingIdentityCodes(inJSON: event.data)
            event.publicData = nil
            history.append(event)
        }
        return history
    }

    /// The JSON view: the summary, the deadline steps and the history (with personal data, as the officer asked, but
    /// an identity code in its masked form only), keys sorted; pretty-printed with a final line break (`dsr show
    /// --format json`), or compact without one, the bytes the server's case page writes by hand.
    /// - Throws: ``EventDataError/cannotMaskIdentityCode`` if an event's data names an identity code that cannot be
    ///   masked: nothing is shown rather than the code.
    public func json(prettyPrinted: Bool = true) throws(EventDataError) -> String {
        struct Payload: Encodable {
            var summary: RequestSummary
            var record: RequestRecord
            var explanation: [String]
            var allowedEvents: [String]
            var history: [EventEntry]
            var notes: [Note]
            var letters: [LetterLine]
            var voidedEvents: [Int64]
            var attachments: [AttachmentSummary]
            var extensionNoticeBy: CivilDate?
            var internalTarget: CivilDate?
        }
        let payload = Payload(
            summary: RequestSummary(record, asOf: asOf), record: shownRecord,
            explanation: record.deadlineDetail().explanation(in: .en),
            allowedEvents: workflow.events(from: record.state).map(\.id.rawValue), history: try shownHistory(),
            notes: notes, letters: dispatch, voidedEvents: VoidData.voided(in: events).sorted(),
            attachments: attachments, extensionNoticeBy: extensionNoticeBy, internalTarget: internalTarget)
        guard !prettyPrinted else { return RequestListing.prettyJSON(payload) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(payload) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }
}
