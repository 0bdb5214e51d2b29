extension RequestStore {
    /// The summaries of the requests the query selects, from their whole records: what
    /// ``RequestStore/summaries(_:asOf:names:)`` must return; a store that keeps list columns reads them faster.
    public func summaries(_ query: RequestQuery, asOf: CivilDate, names: Bool) throws -> [RequestSummary] {
        try records(query).map { RequestSummary($0, asOf: asOf, name: names) }
    }

    /// The summaries without names (``RequestStore/summaries(_:asOf:names:)`` with `names` false).
    public func summaries(_ query: RequestQuery, asOf: CivilDate) throws -> [RequestSummary] {
        try summaries(query, asOf: asOf, names: false)
    }
}
