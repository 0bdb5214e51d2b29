import Foundation
import PostgresNIO

/// Fails the queries waiting on a pooled connection when that connection closes, which postgres-nio 1.33.2 does not
/// always do itself.
///
/// `PostgresConnection.query(_:logger:)` writes its query into the connection's channel with no promise for the
/// write. When the server has gone away (`pg_ctl stop -m immediate`, a crash, a network cut) and the channel has
/// already closed, its handlers have left the pipeline, the write fails unseen, and the query's own promise is never
/// completed: the caller waits for ever, holding its transaction's place, even after the server is back
/// (docs/reliability.md, "PostgreSQL stopped the hard way"). A query that was already in flight when the connection
/// closed is failed by the driver; one written a moment later is not.
///
/// ``PostgresConnection/guardedQuery(_:logger:)`` therefore runs each query beside a waiter filed here under its
/// connection. The watch listens once to each connection's `closeFuture`; when it completes, every waiter of that
/// connection is failed with ``ConnectionLost`` and the connection's entry goes. A waiter filed after the close is
/// failed at once, since a completed future runs a new listener straight away. Waiters leave when their query
/// answers, so a long-lived connection keeps an empty entry and no listener per query.
///
/// `@unchecked Sendable` because its mutable state is read and written only while holding `lock`.
final class ConnectionWatch: @unchecked Sendable {
    /// The one watch of the process: connections are the pool's, shared by every store it serves.
    static let shared = ConnectionWatch()

    private let lock = NSLock()
    /// The open connections watched, by identity (a connection's `id` is only unique within its pool, and every
    /// store has a pool of its own), each with its waiters by their tokens. An entry holds its connection, so that
    /// its identity cannot pass to another object before the entry goes at the close.
    private var entries: [ObjectIdentifier: Entry] = [:]
    /// The last token given.
    private var lastToken = 0

    /// A watched connection and its waiters.
    private struct Entry {
        /// The connection, kept alive while watched.
        var connection: PostgresConnection
        /// What to call if it closes, by token.
        var waiters: [Int: @Sendable () -> Void] = [:]
    }

    /// Files `onClose` to be called once if `connection` closes before ``leave(_:on:)`` is called with the token
    /// returned.
    func watch(_ connection: PostgresConnection, onClose: @escaping @Sendable () -> Void) -> Int {
        let key = ObjectIdentifier(connection)
        let (token, isNew) = lock.withLock {
            lastToken += 1
            let isNew = entries[key] == nil
            if isNew { entries[key] = Entry(connection: connection) }
            entries[key]?.waiters[lastToken] = onClose
            return (lastToken, isNew)
        }
        if isNew {
            connection.closeFuture.whenComplete { [self] _ in closed(key) }
        }
        return token
    }

    /// Takes the waiter with `token` off `connection`'s list: its query answered.
    func leave(_ token: Int, on connection: PostgresConnection) {
        let key = ObjectIdentifier(connection)
        lock.withLock { _ = entries[key]?.waiters.removeValue(forKey: token) }
    }

    /// How many connections are watched: those that were watched and have not closed since.
    var connectionsWatched: Int {
        lock.withLock { entries.count }
    }

    /// Fails every waiter of the connection `key`, which has closed, and forgets the connection.
    private func closed(_ key: ObjectIdentifier) {
        let failed = lock.withLock { entries.removeValue(forKey: key) }
        for onClose in failed?.waiters.values ?? [:].values { onClose() }
    }
}
