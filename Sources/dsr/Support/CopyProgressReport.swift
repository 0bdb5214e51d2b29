import DSRCases
import Foundation

/// The progress of a copy on standard error: the table and its rows so far, rewritten in place on a terminal (at
/// most every 50,000 rows), and one line per table when standard error is not a terminal.
final class CopyProgressReport: @unchecked Sendable {
    /// Guards the state.
    private let lock = NSLock()
    /// Whether standard error is a terminal.
    private let terminal = isatty(STDERR_FILENO) == 1
    /// The table reported last and its rows.
    private var table: String?
    private var rows = 0
    /// The total at the last terminal update.
    private var shownAt = 0

    /// Notes how far the copy has come.
    func show(_ progress: CopyProgress) {
        lock.withLock {
            if progress.table != table {
                flushTable()
                table = progress.table
            }
            rows = progress.tableRows
            if terminal && progress.totalRows - shownAt >= 50_000 {
                shownAt = progress.totalRows
                StandardError.write("\r\u{1B}[K\(progress.table): \(rows) row(s) copied")
            }
        }
    }

    /// Ends the report with the last table's line.
    func finish() {
        lock.withLock { flushTable() }
    }

    /// Writes the finished table's line.
    private func flushTable() {
        guard let table else { return }
        StandardError.write((terminal ? "\r\u{1B}[K" : "") + "\(table): \(rows) row(s) copied\n")
    }
}
