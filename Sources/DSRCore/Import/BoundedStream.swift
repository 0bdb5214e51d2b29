/// An asynchronous sequence whose producer can be at most `capacity` elements ahead of its consumer: the producer's
/// ``Sender/send(_:)`` waits while that many are unread, so memory stays bounded however slow the consumer is.
///
/// Built from two standard streams: the elements, and a stream of credits going back (the producer starts with
/// `capacity` of them, and each call of the consumer's `next()` returns one). One producer and one consumer; both
/// stop when the other goes: a consumer that stops iterating (or whose task is cancelled) ends the producer's sends,
/// and a producer that finishes (or throws) ends the sequence after the elements already sent.
public struct BoundedStream<Element: Sendable>: AsyncSequence, Sendable {
    /// The elements, as sent.
    private let elements: AsyncThrowingStream<Element, any Error>
    /// The consumer's end of the credits.
    private let credits: AsyncStream<Void>.Continuation

    /// A stream and its producer's end, which the producing task turns into a ``Sender`` with ``Producer/sender()``.
    public static func makeStream(capacity: Int) -> (stream: BoundedStream, producer: Producer) {
        let (elements, elementsIn) = AsyncThrowingStream<Element, any Error>.makeStream()
        let (credits, creditsIn) = AsyncStream<Void>.makeStream()
        for _ in 0..<Swift.max(1, capacity) { creditsIn.yield(()) }
        elementsIn.onTermination = { _ in creditsIn.finish() }
        return (
            BoundedStream(elements: elements, credits: creditsIn),
            Producer(credits: credits, creditsIn: creditsIn, elements: elementsIn)
        )
    }

    /// A stream whose elements `body` sends from a task of its own, which is cancelled when the consumer stops; the
    /// stream ends when `body` returns, and throws what `body` throws.
    ///
    /// `body`, and what it holds (a register's connection), is released before the stream ends, so that a consumer
    /// that has seen the end can rely on it being closed.
    public static func run(capacity: Int, _ body: @escaping @Sendable (inout Sender) async throws -> Void)
        -> BoundedStream
    {
        let (stream, producer) = makeStream(capacity: capacity)
        let work = Work(body)
        let task = Task {
            var failure: (any Error)?
            do {
                var sender = producer.sender()
                let body = work.take()
                try await body?(&sender)
            } catch {
                failure = error
            }
            producer.finish(throwing: failure)
        }
        producer.elements.onTermination = { [creditsIn = producer.creditsIn] _ in
            creditsIn.finish()
            task.cancel()
        }
        return stream
    }

    /// The body of ``run(capacity:_:)``, handed to its task and taken out there once.
    ///
    /// `@unchecked Sendable` because `body` is set before the task starts and read and cleared once, by that task.
    private final class Work: @unchecked Sendable {
        private var body: (@Sendable (inout Sender) async throws -> Void)?

        init(_ body: @escaping @Sendable (inout Sender) async throws -> Void) {
            self.body = body
        }

        /// The body, which this no longer holds.
        func take() -> (@Sendable (inout Sender) async throws -> Void)? {
            defer { body = nil }
            return body
        }
    }

    /// The consumer's iterator: asking for the next element gives the producer room for one more.
    public struct AsyncIterator: AsyncIteratorProtocol {
        private var base: AsyncThrowingStream<Element, any Error>.Iterator
        private let credits: AsyncStream<Void>.Continuation

        fileprivate init(
            base: AsyncThrowingStream<Element, any Error>.Iterator,
            credits: AsyncStream<Void>.Continuation
        ) {
            self.base = base
            self.credits = credits
        }

        /// The next element, waiting for the producer; `nil` once it has finished.
        /// - Throws: What the producer finished with, after the elements sent before it.
        public mutating func next() async throws -> Element? {
            credits.yield(())
            return try await base.next()
        }
    }

    /// Makes the consumer's iterator (one per stream).
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(base: elements.makeAsyncIterator(), credits: credits)
    }

    /// The producer's end of a stream: finishes it, and gives the ``Sender`` the producing task sends with.
    public struct Producer: Sendable {
        private let credits: AsyncStream<Void>
        /// The consumer's end of the credits, finished when the consumer goes (so that a waiting send ends).
        fileprivate let creditsIn: AsyncStream<Void>.Continuation
        fileprivate let elements: AsyncThrowingStream<Element, any Error>.Continuation

        fileprivate init(
            credits: AsyncStream<Void>, creditsIn: AsyncStream<Void>.Continuation,
            elements: AsyncThrowingStream<Element, any Error>.Continuation
        ) {
            self.credits = credits
            self.creditsIn = creditsIn
            self.elements = elements
        }

        /// The sender, made in the task that sends (one per stream: the credits can be awaited by one task only).
        public func sender() -> Sender {
            Sender(credits: credits.makeAsyncIterator(), elements: elements)
        }

        /// Ends the stream: the consumer gets the elements sent so far, then the end or `error`.
        public func finish(throwing error: (any Error)? = nil) {
            if let error { elements.finish(throwing: error) } else { elements.finish() }
        }
    }

    /// What the producing task sends with.
    public struct Sender {
        private var credits: AsyncStream<Void>.Iterator
        private let elements: AsyncThrowingStream<Element, any Error>.Continuation

        fileprivate init(
            credits: AsyncStream<Void>.Iterator, elements: AsyncThrowingStream<Element, any Error>.Continuation
        ) {
            self.credits = credits
            self.elements = elements
        }

        /// Sends an element, waiting while `capacity` elements are unread.
        /// - Returns: `false` if the consumer has gone (or the task was cancelled): the producer should stop.
        public mutating func send(_ element: Element) async -> Bool {
            guard await credits.next() != nil else { return false }
            if case .terminated = elements.yield(element) { return false }
            return true
        }
    }
}
