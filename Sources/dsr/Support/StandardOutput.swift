import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Standard output, written with `write(2)` so that a failed write is seen instead of hidden or fatal.
///
/// The first failure is kept: later writes are skipped, and the command ends with it (see
/// ``StandardOutputFailure``) once it returns, or at once where it writes through ``write(_:)``.
enum StandardOutput {
    /// The first failure, shared by every writer of the process.
    private static let state = FailureState()

    /// Writes bytes to standard output.
    /// - Throws: ``StandardOutputFailure`` if this or an earlier write failed; nothing more is then written.
    static func write(_ bytes: some Collection<UInt8>) throws(StandardOutputFailure) {
        if let failure = state.failure { throw failure }
        let code = DescriptorWriter.writeAll(bytes, to: STDOUT_FILENO)
        guard code != 0 else { return }
        let failure: StandardOutputFailure = code == EPIPE ? .closed : .failed(reason: DescriptorWriter.describe(code))
        state.record(failure)
        throw failure
    }

    /// Writes the items as `Swift.print` would (their descriptions, separated, then the terminator). A failure is
    /// kept and ends the command when it returns (``endOfCommand()``).
    static func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
        print(items: items, separator: separator, terminator: terminator)
    }

    /// ``print(_:separator:terminator:)`` with the items in an array.
    static func print(items: [Any], separator: String, terminator: String) {
        let text = items.map { String(describing: $0) }.joined(separator: separator) + terminator
        try? write(text.utf8)
    }

    /// The failure of standard output so far, if any.
    static var failure: StandardOutputFailure? { state.failure }

    /// Ends the process if standard output failed during a command that otherwise succeeded: quietly with
    /// ``StandardOutputFailure/closedPipeExitCode`` for a closed pipe, else with one line on standard error and 74.
    static func endOfCommand() {
        guard let failure = state.failure else { return }
        exit(failure.report())
    }

    /// The first failure, behind a lock (an import reads on a task of its own): `@unchecked Sendable` because `first`
    /// is read and written only while `lock` is held.
    private final class FailureState: @unchecked Sendable {
        private let lock = NSLock()
        private var first: StandardOutputFailure?

        var failure: StandardOutputFailure? {
            lock.withLock { first }
        }

        func record(_ failure: StandardOutputFailure) {
            lock.withLock { if first == nil { first = failure } }
        }
    }
}

/// Writes the items to standard output like `Swift.print`, through ``StandardOutput``: every `print` in the tool
/// resolves to this one, so no output goes through a path that hides a failed write or stops with a trap.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    StandardOutput.print(items: items, separator: separator, terminator: terminator)
}
