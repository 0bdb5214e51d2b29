import DSRCore
import Foundation

/// Writes the access log's entries of concurrent case views on PostgreSQL together, as SQLite's
/// `CaseViewGroupCommit` does: one transaction per batch.
///
/// Each write of the log locks the log's head row (`case_view_head`, the keyed chain's head) until it commits, so the
/// views of a register are written one transaction at a time; one transaction per view made every case page wait for
/// the views before it, their round trips and their commits (132 case pages/s against 407 before the chain, measured
/// with `dsr serve`, docs/performance.md). Here a caller's entry joins a queue; one writer at a time takes every entry
/// waiting (up to ``maximumBatch``) and writes them in one transaction, while entries that come meanwhile wait for
/// the next. A caller is resumed only after the transaction holding its entry committed, or with the error of its
/// entry or of its batch. Entries are written in the order the callers joined the queue.
///
/// `@unchecked Sendable` because its mutable state (`pending`, `writing`) is read and written only while holding
/// `lock`.
final class CaseViewBatcher: @unchecked Sendable {
    /// Writes a batch of entries in one transaction and returns each entry's outcome, in the batch's order; throws
    /// if the transaction as a whole failed.
    typealias BatchWriter = @Sendable ([CaseView]) async throws -> [Result<Void, any Error>]

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
    /// Whether a writer is running (and will take what is pending).
    private var writing = false

    /// A batcher that writes at most `maximumBatch` entries per transaction.
    init(maximumBatch: Int = 256) {
        self.maximumBatch = max(1, maximumBatch)
    }

    /// Appends `view` with the next batch, written by `write`, and returns once that batch committed.
    /// - Throws: the error `write` gave for this entry, or the one it threw for the whole batch.
    func append(_ view: CaseView, writingWith write: @escaping BatchWriter) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let start = lock.withLock {
                pending.append(Waiter(view: view, continuation: continuation))
                let start = !writing
                writing = true
                return start
            }
            if start {
                Task { await self.drain(write) }
            }
        }
    }

    /// The next batch, oldest first; empty when nothing is pending (the writer then stops).
    private func nextBatch() -> [Waiter] {
        lock.withLock {
            let batch = Array(pending.prefix(maximumBatch))
            pending.removeFirst(batch.count)
            if batch.isEmpty { writing = false }
            return batch
        }
    }

    /// Writes batches until nothing is pending.
    private func drain(_ write: BatchWriter) async {
        while true {
            let batch = nextBatch()
            if batch.isEmpty { return }
            let outcomes: [Result<Void, any Error>]
            do {
                let written = try await write(batch.map(\.view))
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
