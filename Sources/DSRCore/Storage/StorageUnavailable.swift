import Foundation

/// A register this dsr can name but cannot use for what was asked: its backend does not implement it yet (a
/// PostgreSQL register, until every storage protocol is implemented there). Nothing was read, changed or created.
///
/// The location is given without a user name or password (``redactedLocation``), so the message holds no credential
/// and no login name.
public struct StorageUnavailable: LocalizedErrorWithCategory, Sendable, Equatable {
    /// The backend's name (`PostgreSQL`).
    public let backend: String
    /// Where the register is, without user name or password (`postgresql://127.0.0.1:5432/dsr`).
    public let redactedLocation: String
    /// What this dsr can do with such a register so far, in the register's words (may be empty: nothing).
    public let available: String

    /// Creates the error.
    public init(backend: String, redactedLocation: String, available: String) {
        self.backend = backend
        self.redactedLocation = redactedLocation
        self.available = available
    }

    /// A storage failure (exit 74): the register cannot be used for this.
    public var category: ErrorCategory { .storage }

    /// What happened, in the register's words (a front end adds the command to use instead).
    public var errorDescription: String? {
        "this dsr cannot use the \(backend) register at \(redactedLocation) for this yet"
            + (available.isEmpty ? "" : " (so far: \(available))")
            + "; nothing was read, changed or created."
    }
}
