import DSRCore
import Foundation

/// `dsr migrate`: a whole register copied from one store into another (an SQLite file into a PostgreSQL database,
/// so that an organisation can share it, and back, so that it can leave), with its whole hash chain, and verified on
/// both sides.
///
/// The rows are copied as they are stored, so the copy's chain is the source's, event for event; both sides are then
/// verified (chain, personal data, a replay of every case, and that each holds the copied head), so a copy is only
/// reported good when the two registers are provably the same record. A target that already holds events is refused
/// (``RegisterNotEmpty``) and left as it is.
public enum RegisterMigration {
    /// Copies `source` into `target`, an empty register, in one transaction of the target's, then verifies both.
    /// - Parameter progress: Told after each batch of rows.
    /// - Throws: ``RegisterNotEmpty`` if the target holds events (nothing is copied); ``StoreError`` if either store
    ///   fails (the target's transaction is rolled back).
    public static func copy(
        from source: any CaseStorage & RegisterCopySource, into target: any CaseStorage & RegisterCopyTarget,
        workflows: WorkflowCatalog, progress: @escaping @Sendable (CopyProgress) -> Void
    ) async throws -> MigrationMade {
        let (counting, rows) = counted(source, progress)
        let head = try await target.fill(from: counting, batchSize: batchSize)
        let copied = try await target.verifyChain(replaying: workflows, anchors: [head], checkingIdentityKey: true)
        let original = try await source.verifyChain(replaying: workflows, anchors: [head], checkingIdentityKey: true)
        return MigrationMade(head: head, source: original, target: copied, rows: rows.value)
    }

    /// Copies `source` into a new SQLite register file at `destination` through `writer` (which verifies the file
    /// against the copied head before it links it into place, with the head's anchor beside it), then verifies the
    /// source against that head.
    /// - Throws: ``BackupError`` if something is at `destination` (nothing is replaced) or the copy does not
    ///   verify; ``StoreError`` if a store fails.
    public static func copy(
        from source: any CaseStorage & RegisterCopySource, toFile destination: String,
        writer: any RegisterCopyWriter, workflows: WorkflowCatalog,
        progress: @escaping @Sendable (CopyProgress) -> Void
    ) async throws -> MigrationMade {
        let (counting, rows) = counted(source, progress)
        let made = try await writer.writeRegister(
            copying: counting, to: destination, replacing: false, workflows: workflows, identityKeyLocation: nil)
        guard let head = made.report.anchor else {
            throw BackupError.copyDoesNotVerify(
                path: destination, problems: made.report.problems.count,
                first: made.report.firstBreak?.description ?? "the copy has no head")
        }
        let original = try await source.verifyChain(replaying: workflows, anchors: [head], checkingIdentityKey: true)
        return MigrationMade(head: head, source: original, target: made.report, rows: rows.value)
    }

    /// Rows handed on per batch.
    static let batchSize = 2_000

    /// `source` reporting each batch to `progress`, and the total of rows it has handed on.
    private static func counted(
        _ source: any RegisterCopySource, _ progress: @escaping @Sendable (CopyProgress) -> Void
    ) -> (CountingCopySource, RowTotal) {
        let rows = RowTotal()
        let counting = CountingCopySource(
            source: source,
            progress: {
                rows.set($0.totalRows)
                progress($0)
            })
        return (counting, rows)
    }
}

/// The last total of rows a copy reported.
private final class RowTotal: @unchecked Sendable {
    /// Guards ``stored``.
    private let lock = NSLock()
    /// The total.
    private var stored = 0

    /// Sets the total.
    func set(_ total: Int) { lock.withLock { stored = total } }

    /// The total.
    var value: Int { lock.withLock { stored } }
}
