import DSRCases
import Foundation

/// The progress of a copy on standard error: one line per table copied, and on a terminal the table being copied and
/// its rows so far, rewritten in place (``ProgressLine``).
final class CopyProgressReport: @unchecked Sendable {
    /// Guards the state: the copy reports from whichever task hands its batches on.
    private let lock = NSLock()
    /// The rewritten line, on a terminal only.
    private let line = ProgressLine()
    /// The table reported last and its rows.
    private var table: String?
    private var rows = 0

    /// Notes how far the copy has come.
    func show(_ progress: CopyProgress) {
        lock.withLock {
            if progress.table != table {
                flushTable()
                table = progress.table
            }
            rows = progress.tableRows
            line.show("\(progress.table): \(progress.tableRows) row(s) copied")
        }
    }

    /// Ends the report with the last table's line.
    func finish() {
        lock.withLock { flushTable() }
    }

    /// Writes the finished table's line, in place of the rewritten one.
    private func flushTable() {
        guard let table else { return }
        line.clear()
        StandardError.write("\(table): \(rows) row(s) copied\n")
    }
}
