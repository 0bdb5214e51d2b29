import Foundation

/// The bounded hand-over between the two halves of each walk of `dsr audit verify` (the chain walk,
/// ``ChainVerifier/checkEvents(_:personalData:)``, and the case walk, ``ChainVerifier/checkCases(_:requests:)``):
/// the reading half puts batches (waiting while `capacity` batches are queued, so memory stays bounded whatever the
/// register's size), the checking half takes them in order until the reading half has finished, then hands back
/// its outcome (its verifier).
///
/// `@unchecked Sendable` because every stored property is read and written only with ``condition`` locked.
final class WalkPipe<Batch: Sendable, Outcome: Sendable>: @unchecked Sendable {
    /// Guards everything below.
    private let condition = NSCondition()
    /// The batches put and not yet taken, oldest first.
    private var batches: [Batch] = []
    /// How many batches may wait.
    private let capacity: Int
    /// Whether the reading half has finished (no more batches come).
    private var finished = false
    /// Whether the taker waits for batches.
    private var takerWaits = false
    /// Whether the putter waits for room.
    private var putterWaits = false
    /// The checking half's outcome, once it is done.
    private var outcome: Outcome?
    /// Batches the checking half is done with, to be handed back to the reading half (``recycle(_:)``).
    private var spent: [Batch] = []

    /// A pipe that holds at most `capacity` batches.
    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// The middle of the pipe: a waiting taker is woken once this many batches wait, a waiting putter once no more
    /// than this many do, so that each side that waited then works through several batches before it waits again
    /// (every wake-up costs a switch of threads, which on a virtual machine is dear).
    private var middle: Int { max(1, capacity / 2) }

    /// Queues a batch, waiting while the pipe is full.
    /// - Returns: The batches the checking half is done with (``recycle(_:)``), for the reading half to release
    ///   on its own thread or to fill again.
    @discardableResult
    func put(_ batch: Batch) -> [Batch] {
        var released: [Batch] = []
        condition.lock()
        while batches.count >= capacity {
            putterWaits = true
            condition.wait()
        }
        putterWaits = false
        batches.append(batch)
        if takerWaits && batches.count >= middle { condition.broadcast() }
        swap(&released, &spent)
        condition.unlock()
        return released
    }

    /// Hands back a batch the checking half is done with, so that the reading half, which allocated its values,
    /// also frees or reuses them: memory freed on another thread than the one that allocated it makes both contend
    /// for the allocator's lock.
    func recycle(_ batch: consuming Batch) {
        condition.lock()
        spent.append(batch)
        condition.unlock()
    }

    /// Says that no more batches come.
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch, waiting for one; `nil` once the reading half has finished and every batch was taken.
    func take() -> Batch? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty && !finished {
            takerWaits = true
            condition.wait()
        }
        takerWaits = false
        if batches.isEmpty { return nil }
        let batch = batches.removeFirst()
        if putterWaits && batches.count <= middle { condition.broadcast() }
        return batch
    }

    /// Hands back the checking half's outcome.
    func complete(_ done: Outcome) {
        condition.lock()
        outcome = done
        condition.broadcast()
        condition.unlock()
    }

    /// The checking half's outcome, waiting until it is done.
    func result() -> Outcome {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let outcome { return outcome }
            condition.wait()
        }
    }
}
