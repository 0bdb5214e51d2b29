import DSRCore
import Foundation

/// Whether `list`, `overdue` and `due` show the person's name, and the names made safe for a terminal.
///
/// Names are shown unless `--no-names` is given or the environment sets `DSR_NO_NAMES=1` (for screen sharing).
enum NameDisplay {
    /// Whether names are shown: not with `--no-names`, not with `DSR_NO_NAMES=1`.
    static func shown(noNamesFlag: Bool) -> Bool {
        !noNamesFlag && ProcessInfo.processInfo.environment["DSR_NO_NAMES"] != "1"
    }

    /// The summaries with each name passed through ``TerminalText/escaped(_:)``, for the table format.
    static func forTerminal(_ summaries: [RequestSummary]) -> [RequestSummary] {
        summaries.map { summary in
            var copy = summary
            copy.name = summary.name.map(TerminalText.escaped)
            return copy
        }
    }

    /// The due list with each name passed through ``TerminalText/escaped(_:)``, for the text format.
    static func forTerminal(_ due: DueList) -> DueList {
        var copy = due
        copy.items = due.items.map { item in
            var item = item
            item.name = item.name.map(TerminalText.escaped)
            return item
        }
        return copy
    }
}
