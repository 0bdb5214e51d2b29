import DSRCore
import Foundation

/// A ``RegisterCopySource`` that reports each batch it hands on (``CopyProgress``) before passing it to the sink.
struct CountingCopySource: RegisterCopySource {
    /// The register read.
    let source: any RegisterCopySource
    /// Told after each batch.
    let progress: @Sendable (CopyProgress) -> Void

    /// Reads `source` as it reads itself, reporting each batch (``RegisterCopySource/copyContents(batchSize:into:)``).
    func copyContents(batchSize: Int, into sink: @Sendable (RegisterRows) async throws -> Void) async throws
        -> ChainAnchor
    {
        let counts = Counts()
        let progress = self.progress
        return try await source.copyContents(batchSize: batchSize) { batch in
            try await sink(batch)
            progress(counts.add(batch))
        }
    }
}

/// The rows counted so far, by table and in all.
private final class Counts: @unchecked Sendable {
    /// Guards the counts.
    private let lock = NSLock()
    /// The table counted last and its rows.
    private var table = ""
    private var tableRows = 0
    /// Every table's rows.
    private var totalRows = 0

    /// Counts a batch and says where the copy is.
    func add(_ batch: RegisterRows) -> CopyProgress {
        lock.withLock {
            if batch.table.name != table {
                table = batch.table.name
                tableRows = 0
            }
            tableRows += batch.rows.count
            totalRows += batch.rows.count
            return CopyProgress(table: table, tableRows: tableRows, totalRows: totalRows)
        }
    }
}
