import Foundation

/// The bounded hand-over between the two halves of the case walk (``ChainVerifier/checkCases(_:requests:)``): the
/// reading half puts batches of ``CaseWalkItem`` (waiting while `capacity` batches are queued, so memory stays
/// bounded whatever the register's size), the checking half takes them in order until the reading half has
/// finished, then hands back its verifier.
///
/// `@unchecked Sendable` because every stored property is read and written only with ``condition`` locked.
final class CaseWalkPipe: @unchecked Sendable {
    /// Guards everything below.
    private let condition = NSCondition()
    /// The batches put and not yet taken, oldest first.
    private var batches: [[CaseWalkItem]] = []
    /// How many batches may wait.
    private let capacity: Int
    /// Whether the reading half has finished (no more batches come).
    private var finished = false
    /// The verifier of the checking half, once it is done.
    private var verifier: ChainVerifier?

    /// A pipe that holds at most `capacity` batches.
    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// Queues a batch, waiting while the pipe is full.
    func put(_ batch: [CaseWalkItem]) {
        condition.lock()
        defer { condition.unlock() }
        while batches.count >= capacity { condition.wait() }
        batches.append(batch)
        // Only a taker waiting on an empty pipe needs waking.
        if batches.count == 1 { condition.broadcast() }
    }

    /// Says that no more batches come.
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch, waiting for one; `nil` once the reading half has finished and every batch was taken.
    func take() -> [CaseWalkItem]? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty && !finished { condition.wait() }
        if batches.isEmpty { return nil }
        let batch = batches.removeFirst()
        // Only a putter waiting on a full pipe needs waking.
        if batches.count == capacity - 1 { condition.broadcast() }
        return batch
    }

    /// Hands back the checking half's verifier.
    func complete(_ done: ChainVerifier) {
        condition.lock()
        verifier = done
        condition.broadcast()
        condition.unlock()
    }

    /// The checking half's verifier, waiting until it is done.
    func result() -> ChainVerifier {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let verifier { return verifier }
            condition.wait()
        }
    }
}
