import DSRCore

/// A purge under way: the requests it purges, and their outcomes as each is done.
public struct PurgeRun: Sendable {
    /// The requests being purged, in case-number order.
    public var candidates: [RequestRecord]
    /// The path of an identity-code key file made by an earlier dsr that was adopted on the way, or `nil`.
    public var adoptedKeyPath: String?
    /// One outcome per request, in the order of ``candidates``; the stream finishes once no copy of the removed data
    /// is left in the register's logs, and throws what stopped the purge (requests already purged stay purged).
    public var outcomes: AsyncThrowingStream<PurgeOutcome, any Error>
}
