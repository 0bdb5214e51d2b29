import DSRCore

/// The command to find requests by their texts: the user's search text, how many matches to give, and how to
/// summarise them.
public struct SearchCases: Sendable, Equatable {
    /// The text as the user typed it (see ``SearchQuery`` for how it is matched); never query syntax.
    public var text: String
    /// The most matches to give, newest case first.
    public var limit: Int
    /// The day to count days left from.
    public var asOf: CivilDate
    /// Whether the summaries carry the person's name (hidden for screen sharing).
    public var names: Bool

    /// Creates the command.
    public init(text: String, limit: Int = SearchQuery.defaultLimit, asOf: CivilDate, names: Bool = false) {
        self.text = text
        self.limit = limit
        self.asOf = asOf
        self.names = names
    }
}
