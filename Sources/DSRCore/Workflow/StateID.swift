/// The name of a state in a workflow definition, for example `awaiting-identity`.
public struct StateID: RawRepresentable, Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The state's name.
    public let rawValue: String
    /// Wraps a state's name.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Wraps a state's name.
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// The state's name.
    public var description: String { rawValue }
    /// Orders names alphabetically.
    public static func < (lhs: StateID, rhs: StateID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The name of an event in a workflow definition, for example `request-identity`.
public struct EventID: RawRepresentable, Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The event's name.
    public let rawValue: String
    /// Wraps an event's name.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Wraps an event's name.
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// The event's name.
    public var description: String { rawValue }
    /// Orders names alphabetically.
    public static func < (lhs: EventID, rhs: EventID) -> Bool { lhs.rawValue < rhs.rawValue }
}
