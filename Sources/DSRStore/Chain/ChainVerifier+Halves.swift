import Foundation

extension ChainVerifier {
    /// Runs a walk in two halves on two threads: `read`, on this thread (the one holding the snapshot), steps the
    /// statements and puts batches of what it read into a ``WalkPipe``; a second thread, with this verifier,
    /// `check`s each batch in the order it was put, then runs `finish`; this verifier then becomes that one. The
    /// report is the one a single thread would give.
    ///
    /// If `read` throws, the checking half is still waited for (it finishes the batches already put), and the
    /// error comes out with this verifier unchanged.
    /// - Parameters:
    ///   - capacity: How many batches may wait for the checking half.
    ///   - check: The checking half's work on a batch.
    ///   - finish: The checking half's last work, after the last batch.
    ///   - read: The reading half.
    mutating func inTwoHalves<Batch: Sendable>(
        capacity: Int, check: @escaping @Sendable (inout ChainVerifier, Batch) -> Void,
        finish: @escaping @Sendable (inout ChainVerifier) -> Void = { _ in },
        read: (WalkPipe<Batch, ChainVerifier>) throws -> Void
    ) throws {
        let pipe = WalkPipe<Batch, ChainVerifier>(capacity: capacity)
        let start = self
        let checking = Thread {
            var verifier = start
            while let batch = pipe.take() {
                check(&verifier, batch)
                pipe.recycle(batch)
            }
            finish(&verifier)
            pipe.complete(verifier)
        }
        checking.start()
        do {
            try read(pipe)
        } catch {
            pipe.finish()
            _ = pipe.result()
            throw error
        }
        pipe.finish()
        self = pipe.result()
    }
}
