import DSRCore
import Foundation

/// Standard output did not take what dsr wrote.
enum StandardOutputFailure: LocalizedErrorWithCategory, Equatable {
    /// The reader of a pipe went away (`dsr export | head -1`): dsr stops quietly, exit 141.
    case closed
    /// The write failed (a full disk, an I/O error): exit 74 with one line on standard error.
    case failed(reason: String)

    /// The exit code after a closed pipe: 141, what a shell reports for a program ended by `SIGPIPE`, so that
    /// `set -o pipefail` sees the output was cut short; dsr ends normally, without the signal.
    static let closedPipeExitCode: Int32 = 141

    var category: ErrorCategory { .storage }

    var errorDescription: String? {
        switch self {
        case .closed:
            "standard output was closed by its reader; the output is incomplete."
        case .failed(let reason):
            "cannot write to standard output (\(reason)); the output is incomplete. What the command recorded in the "
                + "register stays recorded; check the disk or where the output goes, and run the command again."
        }
    }

    /// Writes what standard error should say (nothing for a closed pipe) and returns the exit code.
    func report() -> Int32 {
        switch self {
        case .closed:
            return Self.closedPipeExitCode
        case .failed:
            printError(errorDescription ?? "cannot write to standard output")
            return exitCode(for: category)
        }
    }
}
