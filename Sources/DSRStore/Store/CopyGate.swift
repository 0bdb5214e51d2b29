import Foundation

/// Back-pressure between a blocking reader of a register and its asynchronous consumer: the reader takes a slot
/// before it hands on a batch (waiting while all are taken) and the consumer gives it back once the batch is written,
/// so that at most `slots` batches are in memory. Closing the gate (the consumer stopped) releases a waiting reader,
/// whose ``take()`` then throws ``Closed``.
final class CopyGate: @unchecked Sendable {
    /// Thrown to a reader when the consumer has stopped.
    struct Closed: Error {}

    /// Guards ``free`` and ``closed``.
    private let condition = NSCondition()
    /// Slots not taken.
    private var free: Int
    /// Whether the consumer has stopped.
    private var closed = false

    /// A gate with `slots` slots.
    init(slots: Int) {
        free = slots
    }

    /// Takes a slot, waiting until one is free.
    /// - Throws: ``Closed`` if the gate is or becomes closed.
    func take() throws(Closed) {
        condition.lock()
        defer { condition.unlock() }
        while free == 0 && !closed { condition.wait() }
        if closed { throw Closed() }
        free -= 1
    }

    /// Gives a slot back.
    func give() {
        condition.lock()
        free += 1
        condition.signal()
        condition.unlock()
    }

    /// Closes the gate: a waiting reader is released and every later ``take()`` throws.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }
}
