/// A register that can be read whole, table by table, from one consistent snapshot, so that it can be copied into
/// another store: a PostgreSQL register into a portable SQLite backup (`dsr backup`), and either kind into the other
/// (`dsr migrate`). The copy is of the stored rows as they are, so the hash chain and its commitments carry over
/// unchanged and the copy verifies exactly as the source does.
public protocol RegisterCopySource: Sendable {
    /// Reads every table of ``RegisterTable/all``, in that order, each in its key order, from one snapshot taken when
    /// the call starts (later writes are not seen), and hands the rows to `sink` in batches of at most `batchSize`.
    /// - Returns: The head of the hash chain in the snapshot (``ChainAnchor/events`` 0 for an empty register).
    /// - Throws: ``StoreError`` if the register cannot be read; what `sink` throws, unchanged.
    func copyContents(batchSize: Int, into sink: @Sendable (RegisterRows) async throws -> Void) async throws
        -> ChainAnchor
}
