import Foundation

/// Where requests and their hash-chained history are kept, as the service layer (`DSRCases`) sees it: asynchronous,
/// so a server can call it without blocking its event loop.
///
/// DSRStore implements it on SQLite; a PostgreSQL register implements it beside SQLite and must pass the same store
/// contract suite (`Tests/DSRCasesTests/StoreContract`). Each `insert` and `update` is one atomic transaction that
/// serialises with concurrent writers; events are appended only, never rewritten.
public protocol RequestEventStorage: Sendable {
    /// Allocates the next case number of `year`, builds the record and its registration entry with `make`, and stores
    /// both atomically.
    func insert(year: Int, _ make: @escaping @Sendable (CaseNumber) throws -> (RequestRecord, EventEntry)) async throws
        -> RequestRecord

    /// Reads a request, computes its new form, an entry and an outcome for the caller with `change`, stores the
    /// record and the entry atomically, and returns the outcome.
    /// - Throws: ``StoreError/unknownCase(_:)`` if there is no such case, or whatever `change` throws.
    func update<Outcome: Sendable>(
        _ caseNumber: CaseNumber,
        _ change: @escaping @Sendable (RequestRecord) throws -> (RequestRecord, EventEntry, Outcome)
    ) async throws -> Outcome

    /// The request with the case number, or `nil`.
    func record(_ caseNumber: CaseNumber) async throws -> RequestRecord?

    /// The requests the query selects, soonest deadline first, then by case number.
    func records(_ query: RequestQuery) async throws -> [RequestRecord]

    /// A case's history, oldest first.
    func events(of caseNumber: CaseNumber) async throws -> [EventEntry]

    /// The summaries of the requests the query selects, in the order of ``records(_:)``: the same as
    /// `records(query).map { RequestSummary($0, asOf: asOf, name: names) }` (with the person's name only if `names`).
    func summaries(_ query: RequestQuery, asOf: CivilDate, names: Bool) async throws -> [RequestSummary]

    /// How many requests the query selects, its ``RequestQuery/limit`` and ``RequestQuery/offset`` left aside: the
    /// total of a paged list.
    func count(_ query: RequestQuery) async throws -> Int
}

extension RequestEventStorage {
    /// How many requests the query selects, by reading them all (``records(_:)``): a backend overrides it with a
    /// count in storage.
    public func count(_ query: RequestQuery) async throws -> Int {
        var all = query
        all.limit = nil
        all.offset = nil
        return try await records(all).count
    }
}
