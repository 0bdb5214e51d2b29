import Foundation
import GRDB

/// The totals of paged request lists, kept while the register is unchanged: a list page asks how many requests its
/// query selects on every call, and on a large register that `COUNT(*)` reads tens of thousands of index entries
/// (docs/performance.md, "The HTTP server under load").
///
/// A total is reused only while the register is exactly as it was when the total was counted, as far as the
/// process's connection can tell:
/// - `PRAGMA data_version` is unchanged: SQLite changes it on this connection whenever another connection, in this
///   process or another one, committed a change to the file;
/// - the connection's own change counter (`sqlite3_total_changes`, rows inserted, updated or deleted through this
///   connection, committed or not) is unchanged, less the rows of the access log written by
///   ``CaseViewGroupCommit`` (``noteUncountedChanges(_:)``), which no request count reads.
///
/// Both are read inside the same access to the connection as the count, before it, so a total is never newer than
/// the version it is filed under; at worst a change made between the two reads costs one more count.
///
/// `@unchecked Sendable` because its mutable state is read and written only while holding `lock`.
final class RequestCountCache: @unchecked Sendable {
    /// A query's SQL and arguments.
    private struct Key: Hashable {
        /// The `SELECT COUNT(*)` statement.
        var sql: String
        /// Its arguments.
        var arguments: StatementArguments
    }

    /// What the register was when the totals were counted.
    private struct Version: Equatable {
        /// `PRAGMA data_version`.
        var dataVersion: Int
        /// The connection's changes, less those of the access log.
        var ownChanges: Int
    }

    /// The most totals kept; the oldest half goes when it is full.
    let capacity: Int
    private let lock = NSLock()
    /// The version the totals in `totals` belong to.
    private var version: Version?
    /// The totals of this version, with the order they were counted in.
    private var totals: [Key: (total: Int, order: Int)] = [:]
    /// Counts totals stored, for their order.
    private var stored = 0
    /// Changes through the connection that no count reads.
    private var uncountedChanges = 0
    /// How many times a total was counted rather than reused.
    private var counted = 0

    /// How many times a total was counted rather than reused, since the cache was made.
    var countsMade: Int {
        lock.lock()
        defer { lock.unlock() }
        return counted
    }

    /// A cache of at most `capacity` totals.
    init(capacity: Int = 64) {
        self.capacity = max(1, capacity)
    }

    /// Notes `rows` rows changed through the connection that no request count reads (entries of the access log).
    func noteUncountedChanges(_ rows: Int) {
        lock.lock()
        defer { lock.unlock() }
        uncountedChanges += rows
    }

    /// How many rows `sql` counts with `arguments`: the total kept for them if the register is unchanged since, or a
    /// fresh count (then kept).
    /// - Parameter db: The connection, inside the caller's read.
    func count(sql: String, arguments: StatementArguments, in db: Database) throws -> Int {
        let dataVersion = try Int.fetchOne(db.cachedStatement(sql: "PRAGMA data_version")) ?? 0
        let key = Key(sql: sql, arguments: arguments)
        lock.lock()
        let now = Version(dataVersion: dataVersion, ownChanges: db.totalChangesCount - uncountedChanges)
        if version != now {
            version = now
            totals.removeAll(keepingCapacity: true)
        }
        if let kept = totals[key] {
            lock.unlock()
            return kept.total
        }
        lock.unlock()
        let total = try Int.fetchOne(db.cachedStatement(sql: sql), arguments: arguments) ?? 0
        lock.lock()
        defer { lock.unlock() }
        counted += 1
        guard version == now else { return total }
        if totals.count >= capacity {
            let newest = totals.sorted { $0.value.order < $1.value.order }.suffix(capacity / 2)
            totals = Dictionary(uniqueKeysWithValues: newest.map { ($0.key, $0.value) })
        }
        stored += 1
        totals[key] = (total, stored)
        return total
    }
}
