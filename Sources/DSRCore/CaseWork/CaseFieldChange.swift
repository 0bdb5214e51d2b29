/// One field's change in a `case-set` event: its value before and after, as text (`nil` for no value).
public struct CaseFieldChange: Sendable, Codable, Equatable {
    /// The field.
    public var field: CaseField
    /// The value recorded before, or `nil` if the field was empty.
    public var old: String?
    /// The value now, or `nil` if the field was emptied.
    public var new: String?

    /// Creates a change.
    public init(field: CaseField, old: String?, new: String?) {
        self.field = field
        self.old = old
        self.new = new
    }

    /// Whether the change alters or removes a value recorded earlier, which needs a reason; filling in an empty
    /// field does not, and neither does handing a case to another user (assignment is how work is shared, not a
    /// correction of what was recorded).
    public var changesRecordedValue: Bool { old != nil && field != .assignee }

    /// The change with personal values replaced by `marker` (``PersonalData``).
    public func replacingPersonalData(with marker: String) -> CaseFieldChange {
        guard field.isPersonal else { return self }
        return CaseFieldChange(
            field: field, old: PersonalData.replacing(old, with: marker),
            new: PersonalData.replacing(new, with: marker))
    }
}

extension CaseFieldChange: CanonicalJSONWritable {
    /// Writes the data as canonical JSON (keys sorted, `nil` members left out).
    public func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.member("field", field.rawValue)
        writer.member("new", new)
        writer.member("old", old)
        writer.endObject()
    }
}
