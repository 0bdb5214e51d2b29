import DSRCore
import Foundation

/// A command line that lacks what the command needs, with what to give instead (exit 64).
struct UsageFailure: LocalizedErrorWithCategory {
    /// What to give.
    let message: String

    var category: ErrorCategory { .usage }
    var errorDescription: String? { message }
}
