/// A register that can take many requests at once and stream them back, for imports and exports.
///
/// DSRCore defines the protocol; DSRStore implements it on SQLite. Implementations must run each batch as one atomic
/// transaction that serialises with concurrent writers, and must append events only (never rewrite history). The
/// rest of the register is reached through the service layer's asynchronous protocols (`DSRCore/Storage`).
public protocol RequestStore: Sendable {
    /// Adds many requests in one atomic transaction, for imports: `body` adds them through the batch and returns
    /// whether to keep them. If it returns `false` or throws, nothing is stored.
    /// - Returns: Whether the requests were stored.
    func insertBatch(_ body: (any RequestBatch) throws -> Bool) throws -> Bool

    /// Calls `body` with each request the query selects, in case-number order, one at a time (so that a register of
    /// any size is read in constant memory), with the day it was first acknowledged, if it was.
    func forEachRequest(_ query: RequestQuery, _ body: (RequestRecord, _ acknowledgedOn: CivilDate?) throws -> Void)
        throws
}
