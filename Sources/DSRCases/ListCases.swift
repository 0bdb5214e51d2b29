import DSRCore

/// The command to list requests: which ones, and the day to count days left from.
public struct ListCases: Sendable, Equatable {
    /// The requests to list.
    public var query: RequestQuery
    /// The day to count days left from.
    public var asOf: CivilDate
    /// Whether the summaries carry the person's name (lists hide it for screen sharing).
    public var names: Bool

    /// Creates the command.
    public init(query: RequestQuery, asOf: CivilDate, names: Bool = false) {
        self.query = query
        self.asOf = asOf
        self.names = names
    }
}
