/// The data of a `case-set` event: the fields changed with their old and new values, and why.
///
/// The personal values and the reason (free text) are personal data: the chain keeps ``publicForm`` and the full
/// data beside it, so a purge removes them (docs/storage.md).
public struct CaseSetData: Sendable, Codable, Equatable {
    /// The changes, in field order.
    public var changes: [CaseFieldChange]
    /// Why recorded values were changed, if given.
    public var reason: String?

    /// Creates the data.
    public init(changes: [CaseFieldChange], reason: String?) {
        self.changes = changes
        self.reason = reason
    }

    /// Whether the data holds personal data (a personal field's value or a reason).
    public var hasPersonalData: Bool {
        reason != nil || changes.contains { $0.field.isPersonal && ($0.old != nil || $0.new != nil) }
    }

    /// The data with its personal values and reason replaced by `marker`.
    public func replacingPersonalData(with marker: String) -> CaseSetData {
        CaseSetData(
            changes: changes.map { $0.replacingPersonalData(with: marker) },
            reason: PersonalData.replacing(reason, with: marker))
    }

    /// The record with the changes applied. A new day of receipt moves the deadline: it is computed again from the
    /// new day with the request's pauses and extension, as a replay from receipt gives it (GDPR Art. 12(3): the month
    /// runs from receipt; legal-facts § 1.1).
    /// - Returns: `nil` if a value cannot be read as what its field holds.
    public func applied(to record: RequestRecord, calculator: DeadlineCalculator) -> RequestRecord? {
        var next = record
        for change in changes {
            switch change.field {
            case .name:
                guard let name = change.new else { return nil }
                next.subject.name = name
            case .email: next.subject.email = change.new
            case .address: next.subject.address = change.new
            case .phone: next.subject.phone = change.new
            case .reference: next.reference = change.new
            case .language:
                guard let code = change.new, let language = Language(code: code) else { return nil }
                next.language = language
            case .channel:
                guard let code = change.new, let channel = Channel(rawValue: code) else { return nil }
                next.channel = channel
            case .received:
                guard let text = change.new, let day = CivilDate(parsing: text) else { return nil }
                next.received = day
                next.lastEventOn = max(next.lastEventOn, day)
                next.deadline = next.deadlineDetail(calculator: calculator).date
            case .categories, .purposes, .recipients, .retention, .source, .automatedDecisions, .transfers:
                var access = next.access ?? AccessInformation()
                access[change.field] = change.new
                next.access = access.isEmpty ? nil : access
            case .assignee: next.assignee = change.new
            }
        }
        return next
    }
}

extension CaseSetData: CanonicalJSONWritable {
    /// Writes the data as canonical JSON (keys sorted, `nil` members left out).
    public func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.member("changes", changes)
        writer.member("reason", reason)
        writer.endObject()
    }
}
