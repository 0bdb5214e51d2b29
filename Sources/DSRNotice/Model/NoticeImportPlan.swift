import DSRCore

/// What importing a parsed notice would do to the current controller profile: the profile that would be saved, each
/// field's value next to the current one with its source, and why the import must not be saved.
///
/// ```swift
/// let plan = NoticeImportPlan(notice: notice, current: store.controllerProfile()?.profile, keep: [.phone])
/// if plan.problems.isEmpty { save(plan.profile) }
/// ```
///
/// Only the fields a notice supplies (``ProfileField``) are replaced; everything else in the current profile (the
/// internal target days and any setting added later that no notice carries) is kept as it is. A field the notice
/// does not give is cleared unless it is kept, because the notice is the source of those fields.
public struct NoticeImportPlan: Sendable, Encodable {
    /// How a field changes.
    public enum Change: String, Sendable, Codable {
        /// The notice gives a value and the current profile has none.
        case new
        /// The notice gives a different value.
        case changed
        /// The notice gives the current value.
        case unchanged
        /// The notice gives no value, so the current one would be cleared.
        case removed
        /// The current value is kept on request (`--keep`).
        case kept
        /// Neither the notice nor the current profile has a value.
        case absent
    }

    /// Where a value in ``NoticeImportPlan/profile`` came from.
    public enum Origin: String, Sendable, Codable {
        /// Read from the notice (see the row's line and source text).
        case notice
        /// Given on the command line in place of the notice's value.
        case given
        /// The current profile's value, kept.
        case current
        /// No value.
        case none
    }

    /// One field of the plan.
    public struct Row: Sendable, Encodable, Equatable {
        /// The field.
        public var field: ProfileField
        /// The value that would be saved.
        public var value: String?
        /// The current profile's value.
        public var current: String?
        /// How the field changes.
        public var change: Change
        /// Where ``value`` came from.
        public var origin: Origin
        /// The notice's line the value was read from.
        public var line: Int?
        /// The notice's text the value was read from, as written.
        public var source: String?
    }

    /// Why the import must not be saved.
    public enum Problem: String, Sendable, Codable, Equatable {
        /// No controller name: a letter cannot name the controller.
        case missingName = "missing-name"
        /// No e-mail, phone, postal address or contact details: a data subject cannot reach the controller.
        case missingContact = "missing-contact"
    }

    /// The profile that would be saved.
    public var profile: ControllerProfile
    /// Every notice field, in ``ProfileField`` order.
    public var rows: [Row]
    /// Why the import must not be saved; empty when it may be.
    public var problems: [Problem]

    /// Plans an import.
    ///
    /// - Parameters:
    ///   - notice: The parsed notice.
    ///   - current: The current controller profile, or `nil` when there is none.
    ///   - keep: Fields whose current value is kept whatever the notice says.
    ///   - name: A controller name given in place of the notice's (when the notice gives none, or a wrong one).
    public init(
        notice: ParsedNotice, current: ControllerProfile?, keep: Set<ProfileField> = [], name: String? = nil
    ) {
        var profile = current ?? ControllerProfile()
        var rows: [Row] = []
        for field in ProfileField.allCases {
            let currentValue = current.flatMap { field.value(in: $0) }
            let record = notice.fields.first { $0.field == field && $0.controller == 0 && $0.isValid }
            var value = field.value(in: notice.profile)
            var origin: Origin = value == nil ? .none : .notice
            if field == .name, let name, !name.isEmpty {
                value = name
                origin = .given
            }
            let change: Change
            if keep.contains(field) {
                value = currentValue
                origin = currentValue == nil ? .none : .current
                change = .kept
            } else if value == nil {
                change = currentValue == nil ? .absent : .removed
            } else if currentValue == nil {
                change = .new
            } else {
                change = value == currentValue ? .unchanged : .changed
            }
            field.set(value, in: &profile)
            let fromNotice = origin == .notice
            rows.append(
                Row(
                    field: field, value: value, current: currentValue, change: change, origin: origin,
                    line: fromNotice ? record?.line : nil, source: fromNotice ? record?.raw : nil))
        }
        var problems: [Problem] = []
        if profile.name?.isEmpty ?? true { problems.append(.missingName) }
        let contacts = [profile.email, profile.phone, profile.address, profile.contactDetails]
        if !contacts.contains(where: { !($0?.isEmpty ?? true) }) { problems.append(.missingContact) }
        self.profile = profile
        self.rows = rows
        self.problems = problems
    }
}
