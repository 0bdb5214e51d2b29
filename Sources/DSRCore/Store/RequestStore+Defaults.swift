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

    /// Each request the query selects, in case-number order, with the day of its first acknowledgement, read through
    /// ``RequestStore/records(_:)`` and ``RequestStore/events(of:)``; a store that can stream its rows does better.
    public func forEachRequest(_ query: RequestQuery, _ body: (RequestRecord, _ acknowledgedOn: CivilDate?) throws -> Void)
        throws
    {
        var all = query
        all.limit = nil
        for record in try records(all).sorted(by: { $0.caseNumber < $1.caseNumber }) {
            let acknowledged = try events(of: record.caseNumber).first { $0.name == "acknowledge" }?.on
            try body(record, acknowledged)
        }
    }

    /// Refuses a batch: a store that cannot add many requests in one atomic transaction cannot import.
    public func insertBatch(_ body: (any RequestBatch) throws -> Bool) throws -> Bool {
        throw StoreError.failed(operation: "import requests", reason: "this register cannot add requests in one batch")
    }
}
