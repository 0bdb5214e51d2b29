/// Where an export reads the requests, as the service layer sees it: a page at a time in case-number order, so that
/// a register of any size is exported in constant memory (``ExportedRequests``).
public protocol ExportStorage: Sendable {
    /// Up to `limit` requests the query selects with a case number after `after` (all from the first if `nil`), in
    /// case-number order, each with the day it was first acknowledged, if it was.
    ///
    /// The query's kind, state, open/closed and deadline filters apply; its order and limit do not.
    /// - Throws: ``StoreError`` if the register cannot be read, or a stored request cannot be decoded.
    func exportPage(_ query: RequestQuery, after: CaseNumber?, limit: Int) async throws -> [ExportedRequest]
}

extension ExportStorage {
    /// Every request the query selects, in case-number order, read `pageSize` at a time.
    public func exportedRequests(_ query: RequestQuery, pageSize: Int = ExportedRequests.defaultPageSize)
        -> ExportedRequests
    {
        ExportedRequests(storage: self, query: query, pageSize: pageSize)
    }
}
