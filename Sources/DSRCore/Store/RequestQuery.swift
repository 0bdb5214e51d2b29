/// Which requests to list.
public struct RequestQuery: Sendable, Equatable {
    /// Include closed requests too.
    public var includeClosed: Bool
    /// Only requests whose clock runs and whose deadline is before this day.
    public var overdueAsOf: CivilDate?
    /// Only requests whose clock runs and whose deadline is on or before this day.
    public var dueOnOrBefore: CivilDate?
    /// Only this kind.
    public var kind: RequestKind?
    /// Only this state.
    public var state: StateID?
    /// Only requests assigned to this user (``Assignment/user(_:)``) or to nobody (``Assignment/nobody``).
    public var assigned: Assignment?
    /// At most this many rows.
    public var limit: Int?
    /// Skip this many rows first (a page of a list, with ``limit``).
    public var offset: Int?

    /// Which assignment a list is filtered on.
    public enum Assignment: Sendable, Equatable {
        /// Assigned to the user of this name.
        case user(String)
        /// Assigned to nobody.
        case nobody

        /// Whether a case assigned to `assignee` (`nil`: nobody) is one this filter selects.
        public func matches(_ assignee: String?) -> Bool {
            switch self {
            case .user(let name): assignee == name
            case .nobody: assignee == nil
            }
        }
    }

    /// Creates a query; by default every open request.
    public init(
        includeClosed: Bool = false, overdueAsOf: CivilDate? = nil, dueOnOrBefore: CivilDate? = nil,
        kind: RequestKind? = nil, state: StateID? = nil, assigned: Assignment? = nil, limit: Int? = nil,
        offset: Int? = nil
    ) {
        self.includeClosed = includeClosed
        self.overdueAsOf = overdueAsOf
        self.dueOnOrBefore = dueOnOrBefore
        self.kind = kind
        self.state = state
        self.assigned = assigned
        self.limit = limit
        self.offset = offset
    }
}
