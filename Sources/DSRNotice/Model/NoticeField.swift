/// One value the parser took from a notice, with where it came from.
public struct NoticeField: Sendable, Codable, Equatable {
    /// The profile field the value belongs to.
    public var field: ProfileField
    /// The value as stored in the profile (list items separated by newlines).
    public var value: String
    /// The 1-based line of the source file where the value starts.
    public var line: Int
    /// The source text the value was taken from, markup removed, as written.
    public var raw: String
    /// Which controller the value belongs to: 0 for the first (``ParsedNotice/profile``), 1 for the second, ….
    public var controller: Int
    /// `false` only for a business ID whose check digit fails; such a value is not copied into the profile.
    public var isValid: Bool

    /// Creates a field record.
    public init(field: ProfileField, value: String, line: Int, raw: String, controller: Int = 0, isValid: Bool = true) {
        self.field = field
        self.value = value
        self.line = line
        self.raw = raw
        self.controller = controller
        self.isValid = isValid
    }
}
