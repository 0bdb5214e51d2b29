import Dispatch

/// Runs the register's blocking SQLite work off Swift's cooperative thread pool, so that the asynchronous storage
/// protocols (``RequestEventStorage`` and its siblings) never block a server's event loop or the pool's few threads
/// while SQLite waits for its write lock (up to 10 seconds, see ``SQLiteStore``).
///
/// The queue is concurrent: each store's own connection (a GRDB `DatabaseQueue`) serialises its work, and different
/// registers (tests, a server with several) proceed side by side.
///
/// The work (and the store it holds) is released on the queue before the caller is resumed: the connection closes
/// when the caller lets go of its store, so SQLite checkpoints and removes its write-ahead log before a command
/// exits, as it did when the calls were synchronous.
enum StoreExecutor {
    /// The queue the blocking calls run on.
    private static let queue = DispatchQueue(label: "dsr.sqlite-store", qos: .userInitiated, attributes: .concurrent)

    /// Runs `body` on the store's queue and returns its result to the awaiting task.
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        let work = Handoff(body)
        return try await withCheckedThrowingContinuation { continuation in
            queue.async {
                let result = work.run()
                continuation.resume(with: result)
            }
        }
    }

    /// Runs `body` on the store's queue, yielding what it gives to a stream that finishes when it returns (or
    /// throws), after the body and the store it holds were released.
    static func stream<Element: Sendable>(
        _ body: @escaping @Sendable (_ yield: (Element) -> Void) throws -> Void
    ) -> AsyncThrowingStream<Element, any Error> {
        AsyncThrowingStream { continuation in
            let work = Handoff { try body { continuation.yield($0) } }
            queue.async {
                switch work.run() {
                case .success: continuation.finish()
                case .failure(let error): continuation.finish(throwing: error)
                }
            }
        }
    }

    /// A piece of work handed from the caller to the queue and run once there, then dropped.
    ///
    /// `@unchecked Sendable` because `body` is set once before the hand-off and read and cleared once, on the queue,
    /// by the one block that runs it; Dispatch orders the hand-off before that block.
    private final class Handoff<T>: @unchecked Sendable {
        /// The work, until it runs.
        private var body: (@Sendable () throws -> T)?

        /// Wraps the work.
        init(_ body: @escaping @Sendable () throws -> T) {
            self.body = body
        }

        /// Runs the work and drops it (and what it captured) before returning its result.
        func run() -> Result<T, any Error> {
            guard let body else { return .failure(CancellationError()) }  // run once only; never run twice
            self.body = nil
            return Result { try body() }
        }
    }
}
