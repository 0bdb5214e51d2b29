import Foundation

/// The register's write-ahead log could not be written into the file and emptied, because another process still
/// reads an older snapshot of the register: what was just removed may still be in the log (`PATH-wal`) and in the
/// file's pages. Nothing is lost or damaged; running the purge again once the other process is done finishes it.
public struct CheckpointIncomplete: LocalizedErrorWithCategory, Sendable, Equatable {
    /// The register's path.
    public let path: String

    /// Creates the error for the register at `path`.
    public init(path: String) {
        self.path = path
    }

    /// A temporary failure (exit 75): it passes when the other process ends its read.
    public var category: ErrorCategory { .temporaryFailure }

    /// What happened, in the register's words (a front end adds the command to run again).
    public var errorDescription: String? {
        Self.situation(path) + "Close the other programs that use the register and purge again; that completes the "
            + "job."
    }

    /// What happened, without what to do: the first sentences of every wording.
    public static func situation(_ path: String) -> String {
        "another process holds the register \(path) open in a long read, so SQLite could not write its log into the "
            + "file and empty it: copies of the removed personal data remain in \(path)-wal and in the file until it "
            + "can. The purge is not finished. "
    }
}
