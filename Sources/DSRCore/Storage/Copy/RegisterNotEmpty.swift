import Foundation

/// A register to copy into (`dsr migrate`'s target) already holds events; nothing was copied into it.
public struct RegisterNotEmpty: LocalizedErrorWithCategory, Sendable, Equatable {
    /// Where the register is (a path, or a PostgreSQL URL without user name).
    public let location: String
    /// How many events it holds.
    public let events: Int64

    /// Creates the error.
    public init(location: String, events: Int64) {
        self.location = location
        self.events = events
    }

    /// A file or register in the way cannot be created over (73).
    public var category: ErrorCategory { .cannotCreate }

    /// What happened, in the register's words.
    public var errorDescription: String? {
        "the register at \(location) already holds \(events) event(s); a register is copied only into an empty one, "
            + "and nothing was copied. Choose an empty database: one without a register, or with a register schema but no events."
    }
}
