import DSRCore

/// What a copy of a whole register into another store did (`dsr migrate`): the head copied and both sides'
/// verifications, each against that head.
public struct MigrationMade: Sendable, Equatable {
    /// The head of the hash chain copied: the source's in the snapshot the copy was read from.
    public var head: ChainAnchor
    /// The verification of the source after the copy (its chain, every case replayed, and that it still holds
    /// ``head``).
    public var source: ChainReport
    /// The verification of the copy (the same checks).
    public var target: ChainReport
    /// Rows copied, of every table.
    public var rows: Int

    /// Creates the result.
    public init(head: ChainAnchor, source: ChainReport, target: ChainReport, rows: Int) {
        self.head = head
        self.source = source
        self.target = target
        self.rows = rows
    }

    /// Whether both sides verify.
    public var isIntact: Bool { source.isIntact && target.isIntact }
}
