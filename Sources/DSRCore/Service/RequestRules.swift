import Foundation

/// The register's rules for new requests and workflow events: which input is accepted, the record a registration
/// creates, and the log entries registrations, events and purges write. Every front end and the import apply the
/// same rules through here; the service layer (DSRCases) stores what they return.
///
/// The rules hold no clock: every call is given today's date and the time to record. An ``InputError`` they throw
/// names the field by its property name (`name`, `email`, `endCondition` …); a front end words it in its own terms.
public enum RequestRules {
    /// The first day the GDPR applied; earlier requests are not GDPR requests.
    public static let gdprStart = CivilDate(uncheckedYear: 2018, month: 5, day: 25)

    /// Checks a draft's texts and dates and returns it cleaned.
    /// - Throws: ``InputError`` naming the field of the draft (or of its ``RequestDraft/subject``) that is wrong.
    public static func validated(_ draft: RequestDraft, today: CivilDate) throws(InputError) -> RequestDraft {
        var clean = draft
        clean.subject.name = try TextRules.requiredLine(
            draft.subject.name, field: RegistrationText.name.rawValue, limit: RegistrationText.name.limit)
        clean.subject.email = try RegistrationText.email.checked(draft.subject.email)
        clean.subject.phone = try RegistrationText.phone.checked(draft.subject.phone)
        clean.subject.address = try RegistrationText.address.checked(draft.subject.address)
        clean.note = try RegistrationText.note.checked(draft.note)
        clean.reference = try RegistrationText.reference.checked(draft.reference)
        if let email = clean.subject.email, !RegistrationText.isEmailAddress(email) {
            throw .unknownValue(field: "email", text: "(not an e-mail address)", accepted: ["name@example.fi"])
        }
        if draft.received > today { throw .receivedInFuture(draft.received, today: today) }
        if !isGDPRRequest(receivedOn: draft.received) { throw .receivedBeforeGDPR(draft.received) }
        if draft.isDirectMarketing && !allowsDirectMarketing(draft.kind) {
            throw .directMarketingNotObjection(draft.kind)
        }
        return clean
    }

    /// Whether a request received on the day is a GDPR request: the GDPR applies from 25 May 2018 (Art. 99(2)).
    public static func isGDPRRequest(receivedOn day: CivilDate) -> Bool {
        day >= gdprStart
    }

    /// Whether a request of the kind can be an objection to direct marketing, which has no balancing test and
    /// cannot be refused (GDPR Art. 21(2)–(3)): only an objection can.
    public static func allowsDirectMarketing(_ kind: RequestKind) -> Bool {
        kind == .objection
    }

    /// Checks an event input's free texts.
    /// - Throws: ``InputError`` naming the field of the input that is wrong.
    public static func validated(_ input: EventInput) throws(InputError) -> EventInput {
        var clean = input
        clean.reason = try TextRules.optional(input.reason, field: "reason", multiline: true)
        clean.granted = try TextRules.optional(input.granted, field: "granted", multiline: true)
        clean.endCondition = try TextRules.optional(input.endCondition, field: "endCondition", multiline: true)
        clean.details = try TextRules.optional(input.details, field: "details", multiline: true)
        clean.note = try TextRules.optional(input.note, field: "note", multiline: true)
        if let asked = input.asked {
            var list: [String] = []
            for item in asked {
                list.append(try TextRules.requiredLine(item, field: "asked", limit: TextRules.lineLimit))
            }
            clean.asked = list
        }
        if let recipients = input.recipients {
            var list: [String] = []
            for recipient in recipients {
                list.append(try TextRules.requiredLine(recipient, field: "recipients", limit: TextRules.lineLimit))
            }
            clean.recipients = list
        }
        return clean
    }

    /// The record a registration creates: the workflow's initial state and clock, and the one-month deadline.
    /// - Throws: ``WorkflowCatalogError`` if the workflow declares no initial state.
    public static func initialRecord(
        caseNumber: CaseNumber, draft: RequestDraft, workflow: WorkflowDefinition,
        calculator: DeadlineCalculator
    ) throws(WorkflowCatalogError) -> RequestRecord {
        guard let initial = workflow.state(workflow.initial) else {
            throw WorkflowCatalogError(problems: [
                WorkflowError(
                    file: workflow.source, line: nil, rule: "one-initial-state",
                    message: "the initial state is not declared")
            ])
        }
        return RequestRecord(
            caseNumber: caseNumber, kind: draft.kind, state: initial.id, workflowVersion: workflow.version,
            received: draft.received, subject: draft.subject, channel: draft.channel, language: draft.language,
            isDirectMarketing: draft.isDirectMarketing, note: draft.note, clock: initial.clock,
            deadline: calculator.deadline(received: draft.received).date, reference: draft.reference)
    }
}
