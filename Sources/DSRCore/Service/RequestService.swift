import Foundation

/// The register's operations: registering requests and applying workflow events, on any ``RequestStore``.
///
/// The service holds no clock: every call is given today's date and the time to record.
public struct RequestService: Sendable {
    /// Where requests are kept.
    public let store: any RequestStore
    /// The workflows in force.
    public let workflows: WorkflowCatalog
    /// The deadline calculator.
    public let calculator: DeadlineCalculator

    /// The first day the GDPR applied; earlier requests are not GDPR requests.
    public static let gdprStart = CivilDate(uncheckedYear: 2018, month: 5, day: 25)

    /// Creates a service.
    public init(store: any RequestStore, workflows: WorkflowCatalog, calculator: DeadlineCalculator = DeadlineCalculator()) {
        self.store = store
        self.workflows = workflows
        self.calculator = calculator
    }

    /// Checks a draft's texts and dates and returns it cleaned.
    public static func validated(_ draft: RequestDraft, today: CivilDate) throws(InputError) -> RequestDraft {
        var clean = draft
        clean.subject.name = try TextRules.requiredLine(draft.subject.name, field: "--name", limit: TextRules.nameLimit)
        clean.subject.email = try TextRules.optional(draft.subject.email, field: "--email", limit: TextRules.lineLimit, multiline: false)
        clean.subject.phone = try TextRules.optional(draft.subject.phone, field: "--phone", limit: 64, multiline: false)
        clean.subject.address = try TextRules.optional(draft.subject.address, field: "--address", limit: 1000, multiline: true)
        clean.note = try TextRules.optional(draft.note, field: "--note", multiline: true)
        clean.reference = try TextRules.optional(draft.reference, field: "--reference", limit: TextRules.referenceLimit,
                                                 multiline: false)
        if let email = clean.subject.email, !email.contains("@") || email.contains(" ") {
            throw .unknownValue(field: "--email", text: "(not an e-mail address)", accepted: ["name@example.fi"])
        }
        if draft.received > today { throw .receivedInFuture(draft.received, today: today) }
        if draft.received < gdprStart { throw .receivedBeforeGDPR(draft.received) }
        if draft.isDirectMarketing && draft.kind != .objection { throw .directMarketingNotObjection(draft.kind) }
        return clean
    }

    /// Registers a new request and returns it with its case number and deadline.
    /// - Parameters:
    ///   - draft: What is known of the request.
    ///   - actor: Who records it.
    ///   - now: The time to record.
    ///   - today: Today's date in Europe/Helsinki.
    public func register(_ draft: RequestDraft, actor: String, now: Date, today: CivilDate) throws -> RequestRecord {
        let clean = try Self.validated(draft, today: today)
        let workflow = workflows[clean.kind]
        return try store.insert(year: clean.received.year) { caseNumber in
            try Self.registration(of: clean, caseNumber: caseNumber, workflow: workflow, calculator: calculator,
                                  actor: actor, now: now)
        }
    }

    /// The record a registration creates: the workflow's initial state and clock, and the one-month deadline.
    /// - Throws: ``WorkflowCatalogError`` if the workflow declares no initial state.
    public static func initialRecord(caseNumber: CaseNumber, draft: RequestDraft, workflow: WorkflowDefinition,
                                     calculator: DeadlineCalculator) throws(WorkflowCatalogError) -> RequestRecord {
        guard let initial = workflow.state(workflow.initial) else {
            throw WorkflowCatalogError(problems: [WorkflowError(file: workflow.source, line: nil, rule: "one-initial-state",
                                                                message: "the initial state is not declared")])
        }
        return RequestRecord(
            caseNumber: caseNumber, kind: draft.kind, state: initial.id, workflowVersion: workflow.version,
            received: draft.received, subject: draft.subject, channel: draft.channel, language: draft.language,
            isDirectMarketing: draft.isDirectMarketing, note: draft.note, clock: initial.clock,
            deadline: calculator.deadline(received: draft.received).date, reference: draft.reference)
    }

    /// Applies a workflow event to a case and returns the transition.
    public func apply(_ event: EventID, to caseNumber: CaseNumber, input: EventInput, actor: String, now: Date,
                      today: CivilDate) throws -> Transition {
        let clean = try Self.validated(input)
        var transition: Transition?
        _ = try store.update(caseNumber) { record in
            let machine = RequestStateMachine(workflow: workflows[record.kind], calculator: calculator)
            let result = try machine.apply(event, clean, to: record, today: today)
            transition = result
            return (result.record, Self.entry(for: event, clean, after: result.record, actor: actor, now: now))
        }
        guard let transition else { throw StoreError.failed(operation: "apply \(event)", reason: "no change was made") }
        return transition
    }

    /// Checks an event input's free texts.
    public static func validated(_ input: EventInput) throws(InputError) -> EventInput {
        var clean = input
        clean.reason = try TextRules.optional(input.reason, field: "--reason", multiline: true)
        clean.granted = try TextRules.optional(input.granted, field: "--partial", multiline: true)
        clean.endCondition = try TextRules.optional(input.endCondition, field: "--end-condition", multiline: true)
        clean.details = try TextRules.optional(input.details, field: "--details", multiline: true)
        clean.note = try TextRules.optional(input.note, field: "--note", multiline: true)
        if let asked = input.asked {
            var list: [String] = []
            for item in asked {
                list.append(try TextRules.requiredLine(item, field: "--asked", limit: TextRules.lineLimit))
            }
            clean.asked = list
        }
        if let recipients = input.recipients {
            var list: [String] = []
            for recipient in recipients {
                list.append(try TextRules.requiredLine(recipient, field: "--recipient", limit: TextRules.lineLimit))
            }
            clean.recipients = list
        }
        return clean
    }

    /// A request without its personal data and the purge event that records the removal (``PersonalData``).
    ///
    /// The event names the cut-off the officer chose; it keeps the request's state, and the store removes the
    /// personal data of the case's earlier events with it. The controller's reference, which may itself be personal
    /// data, goes too unless `keepReference`; the event then restates it (see ``PersonalData/keptReferenceMember``).
    public static func purge(_ record: RequestRecord, closedBefore: CivilDate, keepReference: Bool = false,
                             actor: String, now: Date, today: CivilDate) -> (RequestRecord, EventEntry) {
        let data = PurgeData(closedBefore: closedBefore,
                             keptReference: keepReference ? record.reference : nil,
                             referenceRemoved: !keepReference && record.reference != nil)
        let entry = EventEntry(caseNumber: record.caseNumber, name: PersonalData.purgeEvent, on: today, recordedAt: now,
                               actor: actor, workflowVersion: record.workflowVersion, stateAfter: record.state,
                               data: EventEntry.canonicalJSON(data))
        return (record.purged(on: today, eventData: entry.data), entry)
    }

    /// The data of a purge event: `{"closedBefore":"YYYY-MM-DD"}`, with `"keptReference":"…"` when the purge kept
    /// the controller's reference or `"reference":"removed"` when it removed one (``PersonalData/keptReferenceMember``,
    /// ``PersonalData/purgedReferenceMember``; keys in sorted order).
    private struct PurgeData: CanonicalJSONWritable {
        var closedBefore: CivilDate
        var keptReference: String?
        var referenceRemoved: Bool

        func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
            writer.beginObject()
            writer.member("closedBefore", closedBefore.description)
            writer.member("keptReference", keptReference)
            writer.member("reference", referenceRemoved ? "removed" : nil)
            writer.endObject()
        }
    }

    /// Sets the controller profile as a new version and returns its number.
    public func setControllerProfile(_ profile: ControllerProfile, actor: String, now: Date, today: CivilDate,
                                     source: String) throws -> Int {
        let entry = EventEntry(caseNumber: nil, name: "controller-set", on: today, recordedAt: now, actor: actor,
                               workflowVersion: 0, stateAfter: nil,
                               data: EventEntry.canonicalJSON(["source": source]))
        return try store.saveControllerProfile(profile, entry: entry)
    }
}
