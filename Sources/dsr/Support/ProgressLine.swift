import Foundation

/// A progress line on standard error that rewrites itself, shown only when standard error is a terminal (never
/// when output is piped or redirected), at most a few times a second.
final class ProgressLine {
    private let enabled: Bool
    private var lastShown = Date.distantPast
    private var shown = false

    /// Creates a progress line, enabled if standard error is a terminal.
    init() {
        enabled = isatty(STDERR_FILENO) == 1
    }

    /// Shows a new text, unless the last one was shown less than 0.2 seconds ago.
    func show(_ text: @autoclosure () -> String) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastShown) >= 0.2 else { return }
        lastShown = now
        shown = true
        StandardError.write("\r\u{1B}[K" + text())
    }

    /// Removes the line.
    func clear() {
        guard enabled, shown else { return }
        shown = false
        StandardError.write("\r\u{1B}[K")
    }
}
