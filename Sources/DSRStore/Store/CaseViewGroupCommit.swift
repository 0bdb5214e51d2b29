import DSRCore
import Dispatch
import Foundation

/// Writes the access log's entries of concurrent case views together: a group commit.
///
/// Every case page a server answers appends one ``CaseView`` first, and each append on its own is a write transaction
/// with a sync of the write-ahead log (`synchronous = FULL`, see ``SQLiteStore``), serialised with every other use of
/// the process's one connection. Here a caller's entry joins a queue; one writer at a time takes every entry waiting
/// (up to ``maximumBatch``) and writes them in one transaction, while the entries of callers that come meanwhile wait
/// for the next one. A caller is resumed only after the transaction holding its entry committed (so a view answered
/// is a view recorded, durably), or with the error of its entry or of its batch.
///
/// Entries are written in the order the callers joined the queue.
///
/// `@unchecked Sendable` because its mutable state (`pending`, `writing`) is read and written only while holding
/// `lock`; the queue is itself thread-safe.
final class CaseViewGroupCommit: @unchecked Sendable {
    /// Writes a batch of entries in one transaction and returns each entry's outcome, in the batch's order; throws
    /// if the transaction as a whole failed (then every entry of the batch failed with that error).
    typealias BatchWriter = @Sendable ([CaseView]) throws -> [Result<Void, any Error>]

    /// A caller waiting for its entry to be written.
    private struct Waiter {
        /// The entry.
        var view: CaseView
        /// Resumes the caller.
        var continuation: CheckedContinuation<Void, any Error>
    }

    /// The most entries written in one transaction.
    let maximumBatch: Int
    private let lock = NSLock()
    /// Entries waiting for the next transaction, oldest first.
    private var pending: [Waiter] = []
    /// Whether a writer is running on `queue` (and will take what is pending).
    private var writing = false
    /// Where the batches are written: off Swift's cooperative pool, as every blocking SQLite call of the store.
    private let queue = DispatchQueue(label: "dsr.sqlite-store.case-views", qos: .userInitiated)

    /// How many entries wait for a transaction (not counting those being written).
    var waiting: Int {
        lock.lock()
        defer { lock.unlock() }
        return pending.count
    }

    /// A group commit that writes at most `maximumBatch` entries per transaction.
    init(maximumBatch: Int = 256) {
        self.maximumBatch = max(1, maximumBatch)
    }

    /// Appends `view` with the next batch, written by `write`, and returns once that batch committed.
    ///
    /// Every caller of one group commit must pass a writer to the same register: a batch is written by the writer of
    /// the caller that found no batch being written.
    /// - Throws: the error `write` gave for this entry, or the one it threw for the whole batch.
    func append(_ view: CaseView, writingWith write: @escaping BatchWriter) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            lock.lock()
            pending.append(Waiter(view: view, continuation: continuation))
            let start = !writing
            writing = true
            lock.unlock()
            if start {
                queue.async { self.drain(write) }
            }
        }
    }

    /// Writes batches until nothing is pending.
    private func drain(_ write: BatchWriter) {
        while true {
            lock.lock()
            let batch = Array(pending.prefix(maximumBatch))
            pending.removeFirst(batch.count)
            if batch.isEmpty { writing = false }
            lock.unlock()
            if batch.isEmpty { return }
            let outcomes: [Result<Void, any Error>]
            do {
                let written = try write(batch.map(\.view))
                outcomes =
                    written.count == batch.count
                    ? written
                    : Array(
                        repeating: .failure(
                            StoreError.failed(
                                operation: "record views of cases",
                                reason: "the access log gave \(written.count) outcomes for \(batch.count) entries")),
                        count: batch.count)
            } catch {
                outcomes = Array(repeating: .failure(error), count: batch.count)
            }
            for (waiter, outcome) in zip(batch, outcomes) {
                waiter.continuation.resume(with: outcome)
            }
        }
    }
}
