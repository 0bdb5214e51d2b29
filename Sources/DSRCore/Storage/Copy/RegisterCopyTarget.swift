/// A register that can take another register's whole contents (`dsr migrate`): an empty register, filled with the
/// source's rows as they are stored, so that the hash chain and its commitments carry over unchanged and it verifies
/// exactly as the source does.
public protocol RegisterCopyTarget: Sendable {
    /// Fills this register, which must hold no event, with every row of `source` (one snapshot of it) in one
    /// transaction: either all of it is copied, or nothing is.
    /// - Returns: The head of the hash chain copied (the source's head in its snapshot).
    /// - Throws: ``RegisterNotEmpty`` if this register holds an event; ``StoreError`` if a store fails.
    func fill(from source: any RegisterCopySource, batchSize: Int) async throws -> ChainAnchor
}
