import DSRCore
import Foundation

/// `dsr migrate` into SQLite found a file where the new register, its key or its anchor is to go; nothing was
/// written.
struct MigrationTargetExists: LocalizedErrorWithCategory, Sendable, Equatable {
    /// The file in the way.
    let path: String

    /// A file in the way cannot be created over (73).
    var category: ErrorCategory { .cannotCreate }

    /// What happened and what to do.
    var errorDescription: String? {
        "\(path) already exists; it was left as it is, and nothing was copied. dsr migrate makes a new SQLite "
            + "register: choose a path where no file is."
    }
}
