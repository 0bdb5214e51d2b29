import Foundation

/// The hand-over between the two halves of an import: a thread that reads, checks and prepares rows (everything
/// that needs no database), and the thread that holds the import's transaction and writes them, so that a large
/// import keeps both processor cores busy. Items arrive in file order.
///
/// A bounded buffer: the reading half waits when it is `capacity` chunks ahead, the writing half when it has caught
/// up. Either half can stop the other: the reader by finishing (with or without an error), the writer by
/// cancelling.
final class ImportPipeline: @unchecked Sendable {
    /// A row, ready to write or reported invalid.
    enum Item {
        /// A valid row with its history built ahead (unless the import is only checking the rest of the file).
        case request(ImportedRequest, key: String, steps: [HistoryStep]?)
        /// An invalid row's problems.
        case invalid([ImportIssue])
    }

    private let condition = NSCondition()
    private var chunks: [[Item]] = []
    private let capacity: Int
    private var finished = false
    private var cancelled = false
    private var producerDone = false
    private var failure: (any Error)?

    /// Creates an empty pipeline that holds at most `capacity` chunks.
    init(capacity: Int = 16) {
        self.capacity = capacity
    }

    /// Hands over a chunk of items; waits while the buffer is full.
    /// - Returns: `false` if the writer cancelled (the reader should stop).
    func put(_ items: [Item]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while chunks.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        chunks.append(items)
        condition.broadcast()
        return true
    }

    /// Ends the stream of items, with the error that stopped the reader, if any.
    func finish(throwing error: (any Error)? = nil) {
        condition.lock()
        finished = true
        if let error, failure == nil { failure = error }
        condition.broadcast()
        condition.unlock()
    }

    /// Marks the reader as gone: nothing of its will run after this.
    func markProducerDone() {
        condition.lock()
        producerDone = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next chunk, waiting for the reader; `nil` once the reader has finished and everything was taken.
    /// - Throws: The reader's error, once the items before it have been taken.
    func take() throws -> [Item]? {
        condition.lock()
        defer { condition.unlock() }
        while chunks.isEmpty && !finished { condition.wait() }
        if !chunks.isEmpty {
            let chunk = chunks.removeFirst()
            condition.broadcast()
            return chunk
        }
        if let failure { throw failure }
        return nil
    }

    /// Stops the reader (the writer failed) and waits until it has returned.
    func cancelAndWait() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while !producerDone { condition.wait() }
        condition.unlock()
    }

    /// Waits until the reader has returned.
    func waitForProducer() {
        condition.lock()
        while !producerDone { condition.wait() }
        condition.unlock()
    }
}
