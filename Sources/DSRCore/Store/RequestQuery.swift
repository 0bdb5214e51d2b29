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
    /// At most this many rows.
    public var limit: Int?

    /// Creates a query; by default every open request.
    public init(
        includeClosed: Bool = false, overdueAsOf: CivilDate? = nil, dueOnOrBefore: CivilDate? = nil,
        kind: RequestKind? = nil, state: StateID? = nil, limit: Int? = nil
    ) {
        self.includeClosed = includeClosed
        self.overdueAsOf = overdueAsOf
        self.dueOnOrBefore = dueOnOrBefore
        self.kind = kind
        self.state = state
        self.limit = limit
    }
}
