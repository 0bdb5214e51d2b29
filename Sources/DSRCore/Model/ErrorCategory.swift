import Foundation

/// The broad class of a failure, which the command-line tool turns into its documented exit code.
public enum ErrorCategory: Sendable, Equatable {
    /// A rule refused the action (an event not allowed in the state, a late extension): exit 1.
    case ruleViolation
    /// The command line itself was malformed: exit 64.
    case usage
    /// A value was invalid (a bad date, an unknown ground, a ground not valid for the kind): exit 65.
    case invalidData
    /// A case or file does not exist: exit 66.
    case notFound
    /// An output file cannot be created: something is already at its path (and replacing it was not asked for, or
    /// is never allowed), or its folder cannot take it: exit 73 (`EX_CANTCREAT`).
    case cannotCreate
    /// The database cannot be opened, read or written: exit 74.
    case storage
    /// The action could not finish because of something that passes, such as another process holding the register
    /// open; running it again later completes it (`EX_TEMPFAIL`): exit 75.
    case temporaryFailure
}

/// An error that says what went wrong, what to do, and what class of failure it is.
public protocol LocalizedErrorWithCategory: LocalizedError {
    /// The class of failure.
    var category: ErrorCategory { get }
}
