/// The open transaction of an import (``ImportStorage/importRequests(_:)``): valid only while its body runs.
public protocol ImportTransaction: Sendable {
    /// Runs `work` inside the transaction with its batch (lookups see the requests added before), on the storage's
    /// own executor, and returns its result.
    /// - Throws: Whatever `work` throws, unchanged; ``StoreError`` if the transaction has ended.
    func withBatch<T: Sendable>(_ work: @escaping @Sendable (any RequestBatch) throws -> T) async throws -> T
}
